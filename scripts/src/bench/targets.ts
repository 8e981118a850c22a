import { execFileSync, fork, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { createServer } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ClientCommand, ClientReply } from './clients.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const PROBE = here('./servers/probe.mjs');
const SERVERS = {
  app: here('../../../server/dist/main.js'),
  'bare-socketio': here('./servers/bare-socketio.mjs'),
  'bare-fastify': here('./servers/bare-fastify.mjs'),
} as const;
export type TargetKind = keyof typeof SERVERS;

export interface Measurement {
  cpu: { user: number; system: number };
  memory: NodeJS.MemoryUsage;
  loop: { p50: number; p99: number; max: number };
}

export interface Target {
  kind: TargetKind;
  baseUrl: string;
  pid: number;
  /** The server's DATA_DIR (its database is `tavla.db` there); removed by stop(). */
  dataDir: string;
  output: () => string;
  /** The kiosk and join URLs the real server prints (empty for the baselines). */
  kioskUrl: string;
  joinUrl: string;
  measure(gc?: boolean): Promise<Measurement>;
  resetLoop(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * On a small machine the server under test and the load generators fight for the same cores,
 * which makes timings swing from run to run. With `taskset` and at least two cores, servers
 * run on core 0 alone and this process (with the client processes it forks) on the others.
 */
export const pinning: { enabled: boolean; server: string; load: string } = (() => {
  const cores = cpus().length;
  try {
    execFileSync('taskset', ['--version'], { stdio: 'ignore' });
  } catch {
    return { enabled: false, server: '', load: '' };
  }
  return cores >= 2
    ? { enabled: true, server: '0', load: cores === 2 ? '1' : `1-${String(cores - 1)}` }
    : { enabled: false, server: '', load: '' };
})();

/** Moves this process (every thread) onto the load cores, or back onto all of them. */
export function pinLoad(on: boolean): void {
  if (!pinning.enabled) return;
  const cores = on ? pinning.load : `0-${String(cpus().length - 1)}`;
  execFileSync('taskset', ['-a', '-p', '-c', cores, String(process.pid)], { stdio: 'ignore' });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts a server in its own process on loopback with a temporary DATA_DIR: the real Tavla
 * server (`server/dist/main.js`, built apps, as `npm start` runs it) or a bare baseline. Each
 * gets the measuring probe preloaded and, for footprint runs, `--expose-gc`.
 */
export async function startTarget(
  kind: TargetKind,
  options: { gc?: boolean; nodeArgs?: string[] } = {},
) {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), `tavla-bench-${kind}-`));
  const baseUrl = `http://127.0.0.1:${port}`;
  const nodeArgs = [
    '--import',
    PROBE,
    ...(options.gc ? ['--expose-gc'] : []),
    ...(options.nodeArgs ?? []),
    SERVERS[kind],
  ];
  const child: ChildProcess = spawn(
    pinning.enabled ? 'taskset' : process.execPath,
    pinning.enabled ? ['-c', pinning.server, process.execPath, ...nodeArgs] : nodeArgs,
    {
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        PUBLIC_URL: baseUrl,
        DATA_DIR: dataDir,
        LOG_LEVEL: 'warn',
        BACKUP_INTERVAL_HOURS: '0',
        // A thousand simulated phones share the one loopback address: no per-address cap.
        MAX_CONNECTIONS_PER_ADDRESS: '0',
        // The benchmarks post from one device and join 1,000 phones from one address.
        RATE_LIMITS: 'off',
        NODE_ENV: 'production',
      },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${kind} did not start:\n${output}`)), 30_000);
    const ready = () => {
      const started =
        kind === 'app'
          ? /\/join\/\S+/.test(output) && /\/board\/\?key=/.test(output)
          : output.includes(`on ${port}`);
      if (started) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', ready);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${kind} exited with ${String(code)}:\n${output}`));
    });
  });

  let nextId = 0;
  const ask = <T>(message: Record<string, unknown>): Promise<T> =>
    new Promise((resolve) => {
      nextId += 1;
      const id = nextId;
      const listener = (reply: { id?: number }) => {
        if (reply.id !== id) return;
        child.off('message', listener);
        resolve(reply as T);
      };
      child.on('message', listener);
      child.send({ ...message, id });
    });

  const target: Target = {
    kind,
    baseUrl,
    pid: child.pid ?? 0,
    dataDir,
    output: () => output,
    kioskUrl: /(http:\/\/\S+\/board\/\?key=\S+)/.exec(output)?.[1] ?? '',
    joinUrl: /(http:\/\/\S+\/join\/\S+)/.exec(output)?.[1] ?? '',
    measure: (gc = false) => ask<Measurement>({ type: 'measure', gc }),
    resetLoop: () => ask<undefined>({ type: 'reset-loop' }),
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return target;
}

/** A load-generating child process holding many client sockets (see clients.ts). */
export interface ClientProcess {
  command<T extends ClientReply['type']>(
    command: ClientCommand,
    expect: T,
  ): Promise<Extract<ClientReply, { type: T }>>;
  close(): void;
}

export function forkClients(): ClientProcess {
  const child = fork(here('./clients.ts'), [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return {
    command(command, expect) {
      return new Promise((resolve) => {
        const listener = (reply: ClientReply) => {
          if (reply.type !== expect) return;
          child.off('message', listener);
          resolve(reply as Extract<ClientReply, { type: typeof expect }>);
        };
        child.on('message', listener);
        child.send(command);
      });
    },
    close() {
      if (child.connected) child.send({ type: 'close' } satisfies ClientCommand);
      setTimeout(() => child.kill('SIGKILL'), 2000).unref();
    },
  };
}

const agent = new Agent({ keepAlive: true, maxSockets: 128 });

/** A plain keep-alive HTTP request (lighter than fetch for a load generator). */
export function http(
  method: string,
  url: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = request(
      url,
      {
        method,
        agent,
        headers: {
          ...(payload ? { 'content-type': 'application/json' } : {}),
          ...headers,
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            body: Buffer.concat(chunks).toString(),
            headers: response.headers,
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** Joins the real server's board as `count` phones; returns their Cookie headers. */
export async function joinPhones(
  target: Target,
  count: number,
): Promise<{ boardId: string; cookies: string[] }> {
  const cookies: string[] = [];
  let boardId = '';
  for (let i = 0; i < count; i += 20) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(20, count - i) }, () => http('GET', target.joinUrl)),
    );
    for (const response of batch) {
      const setCookie = response.headers['set-cookie']?.[0] ?? '';
      cookies.push(setCookie.split(';')[0] ?? '');
      boardId =
        String(response.headers.location ?? '')
          .split('/')
          .pop() ?? '';
    }
  }
  return { boardId, cookies };
}
