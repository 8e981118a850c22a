import { busy } from '../http/app-error.js';

/**
 * Bounds the password hashes in flight. Each scrypt at N=2^17, r=8 takes 128 MiB and a
 * libuv thread for a few hundred ms; a hundred at once filled the thread pool (a photo
 * download waited 37 s) and pushed RSS past 1 GB. At most `concurrency` hashes run, at most
 * `queue` more wait their turn, and anything beyond is refused at once with 503 `busy`.
 *
 * A place is reserved synchronously (`reserve()`), before any other check, so a caller can
 * first count its attempt and only then wait: nothing between the two can interleave.
 */
export interface HashLimits {
  /** Hashes running at the same time (libuv has 4 threads; the rest stay free for files). */
  concurrency: number;
  /** Hashes waiting for a turn; beyond these, 503. */
  queue: number;
  /** Retry-After for a refused caller, in seconds. */
  retryAfterSeconds: number;
}

export const DEFAULT_HASH_LIMITS: HashLimits = { concurrency: 2, queue: 8, retryAfterSeconds: 5 };

export interface HashTicket {
  /** Waits for a turn, runs the hash, frees the place. */
  run<T>(work: () => Promise<T>): Promise<T>;
  /** Gives the place back without running (the caller was refused for another reason). */
  cancel(): void;
}

export function createHashLimiter(limits: HashLimits = DEFAULT_HASH_LIMITS) {
  let running = 0;
  let reserved = 0; // reserved but not yet running (waiting, or not yet asked to run)
  const waiting: (() => void)[] = [];

  /** A finished hash hands its slot straight to the next in line, so none can jump ahead. */
  const release = () => {
    const wake = waiting.shift();
    if (wake) wake();
    else running -= 1;
  };

  return {
    /** A place in line, or a 503 `busy` error when the line is full. */
    reserve(): HashTicket {
      if (running + reserved >= limits.concurrency + limits.queue) {
        throw busy(
          'The server is checking too many passwords right now. Try again in a moment.',
          limits.retryAfterSeconds,
        );
      }
      reserved += 1;
      let state: 'reserved' | 'used' = 'reserved';
      return {
        async run<T>(work: () => Promise<T>): Promise<T> {
          if (state !== 'reserved') throw new Error('A hash ticket is used once.');
          state = 'used';
          if (running < limits.concurrency) running += 1;
          else await new Promise<void>((resolve) => waiting.push(resolve));
          reserved -= 1;
          try {
            return await work();
          } finally {
            release();
          }
        },
        cancel() {
          if (state !== 'reserved') return;
          state = 'used';
          reserved -= 1;
        },
      };
    },

    /** Reserves and runs at once: for hashes with nothing to check first. */
    run<T>(work: () => Promise<T>): Promise<T> {
      return this.reserve().run(work);
    },

    stats: () => ({ running, waiting: reserved }),
  };
}

export type HashLimiter = ReturnType<typeof createHashLimiter>;
