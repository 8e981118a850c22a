import fastifyRateLimit, { type FastifyRateLimitStore } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import { rateLimited } from './app-error.js';
import type { Services } from '../services.js';
import { DEVICE_COOKIE } from '../modules/devices/device-service.js';

/** One window: at most `max` requests per `windowMs`. */
export interface RateWindow {
  max: number;
  windowMs: number;
}

/** Every write a phone can make, plus the creation of new devices (joins) per address. */
export type LimitedAction =
  'suggestion' | 'photo' | 'vote' | 'comment' | 'dots' | 'workshop' | 'followUp' | 'newDevice';

/** Phone writes, which are also limited per client address (see ADDRESS budget below). */
export type PhoneWrite = Exclude<LimitedAction, 'newDevice'>;

export type RateLimits = Record<LimitedAction, readonly RateWindow[]> & {
  /**
   * The same writes counted per client address, whatever the device: new devices are cheap
   * (60 a minute per address), so without this one address could post 60 devices' budgets.
   */
  perAddress?: Partial<Record<PhoneWrite, readonly RateWindow[]>>;
  /**
   * Every write (any method but GET, HEAD and OPTIONS) by a signed-in lead or admin, counted
   * per account. A ceiling far above real work, so a runaway script or a stolen session
   * cannot write without end; none when absent.
   */
  signedIn?: readonly RateWindow[];
};

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * Generous for real use, tight for scripts. A person posts a few suggestions a day; a workshop
 * may see a phone tap "me too" on dozens in a minute. Each action has a burst window (per
 * minute) and a sustained one (per hour), so a script gets its burst and then waits.
 * New devices are counted per client address: a whole shift joining through one NAT still gets
 * in (60 a minute; a refused phone's join page retries by itself after Retry-After), while 500
 * fresh devices in 2 s do not.
 */
export const DEFAULT_RATE_LIMITS: RateLimits = {
  suggestion: [
    { max: 10, windowMs: MINUTE },
    { max: 60, windowMs: HOUR },
  ],
  photo: [
    { max: 10, windowMs: MINUTE },
    { max: 60, windowMs: HOUR },
  ],
  vote: [
    { max: 60, windowMs: MINUTE },
    { max: 600, windowMs: HOUR },
  ],
  comment: [
    { max: 20, windowMs: MINUTE },
    { max: 200, windowMs: HOUR },
  ],
  // Placing an interest vote's dots: each move of a dot is a whole placement, and a person
  // may move theirs around for a while before the lead closes the vote.
  dots: [
    { max: 60, windowMs: MINUTE },
    { max: 600, windowMs: HOUR },
  ],
  // Workshop answers: a word, a vote, a changed mind, three upvotes… a phone answers several
  // times a minute while a session runs (about an hour), never hundreds of times. Like votes
  // and dots, they are not limited per address: a whole hall behind one NAT answers at once.
  workshop: [
    { max: 30, windowMs: MINUTE },
    { max: 300, windowMs: HOUR },
  ],
  // A follow-up's notes (at most six), votes (a changed mind replaces the set) and pulse: a
  // phone writes a handful in the few minutes of each step. Not per address either, for the
  // same reason as the workshop's.
  followUp: [
    { max: 30, windowMs: MINUTE },
    { max: 300, windowMs: HOUR },
  ],
  newDevice: [
    { max: 60, windowMs: MINUTE },
    { max: 600, windowMs: HOUR },
  ],
  // A whole shift behind one NAT address posts far less than this; a script that mints fresh
  // devices stops here (review: 600 suggestions in 3 s from 60 new devices on one address).
  // Votes are one per device and suggestion, and dots one placement per device and vote, so
  // fresh devices are what bound them (a whole workshop behind one NAT address votes at once).
  perAddress: {
    suggestion: [
      { max: 30, windowMs: MINUTE },
      { max: 300, windowMs: HOUR },
    ],
    photo: [
      { max: 30, windowMs: MINUTE },
      { max: 300, windowMs: HOUR },
    ],
    comment: [
      { max: 60, windowMs: MINUTE },
      { max: 600, windowMs: HOUR },
    ],
  },
  // A lead on a break moves a few suggestions, a meeting decides a dozen, a bulk move is one
  // request however many it moves, and a year of a goal's measurements is twelve: this is
  // several times the busiest real minute and hour.
  signedIn: [
    { max: 300, windowMs: MINUTE },
    { max: 3000, windowMs: HOUR },
  ],
};

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Keys held per limiter (an LRU): beyond this, the least recently seen callers are forgotten. */
const KEYS_PER_LIMITER = 20_000;

/**
 * A fixed window per key, like the plugin's LocalStore, but each answer is a copy. LocalStore
 * hands out its live counter object, and the plugin reads it only after an await: requests
 * arriving in the same tick then all see the final count (40 parallel posts from a fresh phone
 * were all refused instead of 10 taken). Oldest keys are forgotten beyond `capacity`.
 */
export class WindowStore implements FastifyRateLimitStore {
  readonly #windows = new Map<string, { count: number; startedAt: number }>();
  /** The plugin constructs stores itself and passes its options, which this store ignores. */
  readonly capacity: number = KEYS_PER_LIMITER;
  readonly now: () => number = Date.now;

  incr(
    key: string,
    callback: (error: Error | null, result?: { current: number; ttl: number }) => void,
    timeWindow: number,
  ): void {
    const now = this.now();
    let window = this.#windows.get(key);
    if (!window || window.startedAt + timeWindow <= now) window = { count: 0, startedAt: now };
    window.count += 1;
    // Re-inserted so the Map's order is least recently used first.
    this.#windows.delete(key);
    this.#windows.set(key, window);
    if (this.#windows.size > this.capacity) {
      const oldest = this.#windows.keys().next();
      if (!oldest.done) this.#windows.delete(oldest.value);
    }
    callback(null, { current: window.count, ttl: window.startedAt + timeWindow - now });
  }

  child(): WindowStore {
    return new WindowStore();
  }
}

export interface PhoneLimits {
  /** An onRequest hook that counts the call against the calling device (or address). */
  hook(action: LimitedAction): onRequestAsyncHookHandler;
}

/**
 * Per-device rate limits on phone writes and per-address limits on new devices, built on
 * @fastify/rate-limit's store and windows (`createRateLimit`, so an action can have more than
 * one window). The hooks run at onRequest, after the credentials are read and before any body
 * is: an over-limit photo is refused without reading its 8 MB. Over the limit the answer is 429
 * `rate_limited` with `retryAfterSeconds` and Retry-After (the error handler sets both).
 * Team leads and admins are not limited per device for work on boards they manage; every
 * write of theirs counts against their account's own, generous ceiling (`signedIn`).
 */
export async function installRateLimits(
  app: FastifyInstance,
  services: Services,
  limits: RateLimits | 'off' = DEFAULT_RATE_LIMITS,
): Promise<PhoneLimits> {
  if (limits === 'off') {
    const unlimited: onRequestAsyncHookHandler = async () => undefined;
    return { hook: () => unlimited };
  }
  await app.register(fastifyRateLimit, { global: false, store: WindowStore });

  /** The device that is asking, when its cookie names a known one; otherwise its address. */
  const callerKey = (request: FastifyRequest): string => {
    const deviceId = services.devices.knownDevice(request.cookies[DEVICE_COOKIE]);
    return deviceId ? `device:${deviceId}` : `address:${request.ip}`;
  };

  const boardIdOf = (request: FastifyRequest): string | undefined => {
    const params = request.params as { boardId?: unknown } | undefined;
    return typeof params?.boardId === 'string' ? params.boardId : undefined;
  };

  /** A signed-in lead of the board (or an admin): their own work is never limited. */
  const managesBoard = (request: FastifyRequest): boolean => {
    const { user } = request.credentials;
    const boardId = boardIdOf(request);
    return user !== undefined && boardId !== undefined && services.access.manages(user, boardId);
  };

  const limiters = (
    action: LimitedAction,
    keyGenerator: (request: FastifyRequest) => string,
    windows: readonly RateWindow[] = limits[action],
  ) =>
    windows.map((window) =>
      app.createRateLimit({ max: window.max, timeWindow: window.windowMs, keyGenerator }),
    );

  const check = async (
    request: FastifyRequest,
    checks: ReturnType<typeof limiters>,
    message: string,
  ): Promise<void> => {
    let waitSeconds = 0;
    for (const limiter of checks) {
      const result = await limiter(request);
      if (!result.isAllowed && result.isExceeded) {
        waitSeconds = Math.max(waitSeconds, result.ttlInSeconds);
      }
    }
    if (waitSeconds > 0) throw rateLimited(message, waitSeconds);
  };

  // Every write of a signed-in account, on every route (those added later too).
  const accountChecks = (limits.signedIn ?? []).map((window) =>
    app.createRateLimit({
      max: window.max,
      timeWindow: window.windowMs,
      keyGenerator: (request) => `user:${request.credentials.user?.id ?? ''}`,
    }),
  );
  if (accountChecks.length > 0) {
    app.addHook('onRequest', async (request) => {
      if (SAFE_METHODS.has(request.method)) return;
      // Runs after the credentials are read (an earlier hook's answer ends onRequest).
      if (request.credentials.user === undefined) return;
      await check(request, accountChecks, 'Too many changes from this account just now.');
    });
  }

  const built = new Map<LimitedAction, onRequestAsyncHookHandler>();
  return {
    hook(action) {
      const existing = built.get(action);
      if (existing) return existing;
      let handler: onRequestAsyncHookHandler;
      if (action === 'newDevice') {
        // Only joins that would create a device count: a phone whose cookie is known just
        // joins another board (or the same one again).
        const checks = limiters(action, (request) => `address:${request.ip}`);
        handler = async (request) => {
          if (services.devices.knownDevice(request.cookies[DEVICE_COOKIE])) return;
          await check(request, checks, 'Too many new phones joined from this address just now.');
        };
      } else {
        const checks = limiters(action, callerKey);
        const addressChecks = limiters(
          action,
          (request) => `network:${request.ip}`,
          limits.perAddress?.[action] ?? [],
        );
        handler = async (request) => {
          if (managesBoard(request)) return;
          await check(request, checks, `Too many ${action} writes from this phone just now.`);
          await check(
            request,
            addressChecks,
            `Too many ${action} writes from this network address just now.`,
          );
        };
      }
      built.set(action, handler);
      return handler;
    },
  };
}
