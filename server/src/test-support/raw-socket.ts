import type { Socket as TcpSocket } from 'node:net';
import WebSocket from 'ws';
import { SOCKET_PATH } from '@tavla/shared';

/**
 * A websocket that speaks the engine.io v4 / socket.io v5 protocol by hand, so a test can do
 * what no well-behaved client does: fire many requests at once and then stop reading (the TCP
 * socket is paused, so the server's unsent output piles up on its side).
 */
export class RawSocket {
  #nextAck = 0;
  #tcp: TcpSocket | undefined;
  readonly closed: Promise<void>;
  /** Socket.IO packets received (engine.io "message" packets without the leading "4"). */
  readonly packets: string[] = [];

  private constructor(readonly ws: WebSocket) {
    this.closed = new Promise((resolve) => ws.once('close', () => resolve()));
    ws.on('message', (data: Buffer) => {
      const text = data.toString();
      if (text === '2')
        ws.send('3'); // engine.io ping → pong
      else if (text.startsWith('4')) this.packets.push(text.slice(1));
    });
    ws.on('upgrade', (response) => {
      this.#tcp = response.socket;
    });
    ws.on('error', () => {
      // A cut-off shows up as "close"; the error that may come with it is expected.
    });
  }

  /** Opens the websocket transport and connects to the main namespace with `auth`. */
  static async open(
    baseUrl: string,
    auth: Record<string, unknown>,
    headers: Record<string, string> = {},
  ): Promise<RawSocket> {
    const url = `${baseUrl.replace(/^http/, 'ws')}${SOCKET_PATH}/?EIO=4&transport=websocket`;
    const raw = new RawSocket(new WebSocket(url, { headers }));
    await new Promise<void>((resolve, reject) => {
      raw.ws.once('open', () => resolve());
      raw.ws.once('unexpected-response', (_request, response) =>
        reject(new Error(`handshake refused: ${response.statusCode}`)),
      );
      raw.ws.once('close', () => reject(new Error('closed during the handshake')));
    });
    raw.ws.send(`40${JSON.stringify(auth)}`);
    await raw.waitFor((packet) => packet.startsWith('0') || packet.startsWith('4'));
    const answer = raw.packets.find((packet) => packet.startsWith('0') || packet.startsWith('4'));
    if (!answer?.startsWith('0')) throw new Error(`connect refused: ${answer ?? ''}`);
    return raw;
  }

  /** Sends an event with an ack id, the way `socket.emit(event, payload, ack)` does. */
  emit(event: string, payload: unknown): number {
    const id = this.#nextAck++;
    this.ws.send(`42${id}${JSON.stringify([event, payload])}`);
    return id;
  }

  /** The ack packets (type 3) received so far, parsed. */
  acks(): { id: number; result: unknown }[] {
    return this.packets
      .filter((packet) => packet.startsWith('3'))
      .map((packet) => {
        const match = /^3(\d+)(.*)$/s.exec(packet);
        if (!match) throw new Error(`bad ack ${packet.slice(0, 40)}`);
        const [result] = JSON.parse(match[2] ?? '[]') as unknown[];
        return { id: Number(match[1]), result };
      });
  }

  /** Stops reading: the kernel's receive buffer fills and the server's sends back up. */
  stopReading(): void {
    if (!this.#tcp) throw new Error('no TCP socket yet');
    this.#tcp.pause();
  }

  isOpen(): boolean {
    return this.ws.readyState === WebSocket.OPEN;
  }

  waitFor(test: (packet: string) => boolean): Promise<void> {
    return new Promise((resolve, reject) => {
      const check = () => {
        if (this.packets.some(test)) {
          this.ws.off('message', check);
          resolve();
        }
      };
      this.ws.on('message', check);
      this.ws.once('close', () => reject(new Error('closed while waiting')));
      check();
    });
  }

  close(): void {
    this.ws.terminate();
  }
}
