import { createServer, connect, type Server, type Socket } from 'node:net';

export type ProxyMode = 'pass' | 'drop' | 'blackhole' | 'lose-replies';

/**
 * A TCP proxy for fault injection between clients and the server, on loopback only.
 *  - pass:      forward both ways (optionally with added latency per chunk);
 *  - drop:      cut every open connection and refuse new ones (a Wi-Fi drop, a restart);
 *  - blackhole: keep connections open but forward nothing (a dead access point);
 *  - lose-replies: requests reach the server, nothing comes back (the answer to a write that
 *    did land is lost, so the client must send it again).
 */
export class FaultProxy {
  readonly #server: Server;
  readonly #pairs = new Set<[Socket, Socket]>();
  #mode: ProxyMode = 'pass';
  #latencyMs = 0;
  port = 0;

  constructor(private readonly targetPort: number) {
    this.#server = createServer((client) => {
      if (this.#mode === 'drop') {
        client.destroy();
        return;
      }
      const upstream = connect(this.targetPort, '127.0.0.1');
      const pair: [Socket, Socket] = [client, upstream];
      this.#pairs.add(pair);
      const forward = (from: Socket, to: Socket) =>
        from.on('data', (chunk) => {
          if (this.#mode === 'blackhole') return;
          if (this.#mode === 'lose-replies' && from === upstream) return;
          if (this.#latencyMs === 0) to.write(chunk);
          else setTimeout(() => to.writable && to.write(chunk), this.#latencyMs);
        });
      forward(client, upstream);
      forward(upstream, client);
      const close = () => {
        client.destroy();
        upstream.destroy();
        this.#pairs.delete(pair);
      };
      client.on('close', close).on('error', close);
      upstream.on('close', close).on('error', close);
    });
  }

  async start(): Promise<number> {
    await new Promise<void>((resolve) => this.#server.listen(0, '127.0.0.1', resolve));
    const address = this.#server.address();
    if (!address || typeof address === 'string') throw new Error('proxy has no port');
    this.port = address.port;
    return this.port;
  }

  set(mode: ProxyMode, latencyMs = 0): void {
    this.#mode = mode;
    this.#latencyMs = latencyMs;
    if (mode === 'drop') {
      for (const [client, upstream] of this.#pairs) {
        client.destroy();
        upstream.destroy();
      }
      this.#pairs.clear();
    }
  }

  async stop(): Promise<void> {
    this.set('drop');
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }
}
