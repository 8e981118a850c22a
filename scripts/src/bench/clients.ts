/**
 * A load generator in its own process (forked by the benchmark), so thousands of client
 * sockets never share an event loop with the server or with the measuring process. It opens
 * real `socket.io-client` sockets as phones do, counts what they receive, and on command drops
 * them all at once and times how long until every one is back and caught up.
 */
import { io, type Socket } from 'socket.io-client';

export type ClientCommand =
  | {
      type: 'connect';
      url: string;
      /** One per socket: the Cookie header of a joined phone, or '' (bare baseline). */
      cookies: string[];
      auth: Record<string, string>;
      /** Which request a socket sends after (re)connecting. */
      sync: 'board:sync' | 'board:catch-up' | 'none';
    }
  | { type: 'counts' }
  | { type: 'storm' }
  | { type: 'close' };

export type ClientReply =
  | { type: 'connected'; count: number; ms: number; failed: number }
  | { type: 'counts'; received: Record<string, number> }
  | { type: 'storm'; ms: number; back: number; errors: number; lastConnectMs: number };

interface Phone {
  socket: Socket;
  seq: number;
  synced: boolean;
}

const phones: Phone[] = [];
const received: Record<string, number> = {};
let syncKind: 'board:sync' | 'board:catch-up' | 'none' = 'none';
let errors = 0;
let pendingSync = 0;
let onAllSynced: (() => void) | null = null;

function send(reply: ClientReply): void {
  process.send?.(reply);
}

function syncOnce(phone: Phone): void {
  phone.synced = false;
  if (syncKind === 'none') {
    phone.synced = true;
    return;
  }
  pendingSync += 1;
  const done = (result: { ok: boolean; data?: { seq?: number } } | undefined) => {
    if (!result?.ok) errors += 1;
    else if (typeof result.data?.seq === 'number') phone.seq = result.data.seq;
    phone.synced = true;
    pendingSync -= 1;
    if (pendingSync === 0 && phones.every((p) => p.synced)) onAllSynced?.();
  };
  const socket = phone.socket.timeout(30_000);
  if (syncKind === 'board:catch-up') {
    socket.emit('board:catch-up', { since: phone.seq }, (error: unknown, result: unknown) =>
      done(error ? undefined : (result as { ok: boolean })),
    );
  } else {
    socket.emit('board:sync', {}, (error: unknown, result: unknown) =>
      done(error ? undefined : (result as { ok: boolean; data?: { seq?: number } })),
    );
  }
}

async function connectAll(command: Extract<ClientCommand, { type: 'connect' }>): Promise<void> {
  syncKind = command.sync;
  const started = performance.now();
  let failed = 0;
  // Open them in waves, as phones arriving at a shift start would, not in one tick.
  const wave = 50;
  for (let i = 0; i < command.cookies.length; i += wave) {
    await Promise.all(
      command.cookies.slice(i, i + wave).map(
        (cookie) =>
          new Promise<void>((resolve) => {
            const socket = io(command.url, {
              path: '/socket.io',
              transports: ['websocket'],
              auth: command.auth,
              extraHeaders: cookie ? { cookie } : {},
              // As the phone app: jittered reconnects, up to 10 s apart.
              reconnectionDelay: 1000,
              reconnectionDelayMax: 10_000,
              randomizationFactor: 0.5,
            });
            const phone: Phone = { socket, seq: 0, synced: false };
            socket.onAny((event: string, payload: { seq?: number } | undefined) => {
              received[event] = (received[event] ?? 0) + 1;
              if (typeof payload?.seq === 'number' && payload.seq > phone.seq) {
                phone.seq = payload.seq;
              }
            });
            socket.on('connect', () => syncOnce(phone));
            socket.on('connect_error', () => (errors += 1));
            const timer = setTimeout(() => {
              failed += 1;
              resolve();
            }, 20_000);
            socket.once('connect', () => {
              clearTimeout(timer);
              phones.push(phone);
              resolve();
            });
          }),
      ),
    );
  }
  send({
    type: 'connected',
    count: phones.length,
    ms: performance.now() - started,
    failed,
  });
}

/** Drops every connection at once (as a server restart or a Wi-Fi outage would). */
function storm(): void {
  errors = 0;
  const started = performance.now();
  let slowest = 0;
  const back = new Promise<void>((resolve) => {
    onAllSynced = () => {
      if (phones.every((p) => p.socket.connected && p.synced)) resolve();
    };
  });
  for (const phone of phones) {
    phone.synced = false;
    const dropped = performance.now();
    phone.socket.once('connect', () => (slowest = Math.max(slowest, performance.now() - dropped)));
    phone.socket.io.engine.close();
  }
  const limit = new Promise<void>((resolve) => setTimeout(resolve, 60_000));
  void Promise.race([back, limit]).then(() => {
    onAllSynced = null;
    send({
      type: 'storm',
      ms: performance.now() - started,
      back: phones.filter((p) => p.socket.connected && p.synced).length,
      errors,
      lastConnectMs: slowest,
    });
  });
}

process.on('message', (command: ClientCommand) => {
  switch (command.type) {
    case 'connect':
      void connectAll(command);
      break;
    case 'counts':
      send({ type: 'counts', received: { ...received } });
      break;
    case 'storm':
      storm();
      break;
    case 'close':
      for (const phone of phones) phone.socket.close();
      process.exit(0);
  }
});
