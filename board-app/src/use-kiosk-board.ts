import { useEffect, useState } from 'react';
import { io, type Socket } from 'socket.io-client';
import type {
  BoardSnapshot,
  ClientToServerEvents,
  ServerToClientEvents,
  Goal,
  Suggestion,
} from '@tavla/shared';
import {
  BoardSync,
  decodeSnapshotResult,
  listenForBoardChanges,
  type AppliedChange,
} from '@tavla/shared/board-sync';
import { SOCKET_PATH } from '@tavla/shared/domain';
import { forgetBoard, loadSavedBoard, ownerTag, saveBoard } from '@tavla/shared/saved-board';
import { displayId, usedHeapBytes } from './keep-alive.js';

export type Connection =
  { state: 'connecting' } | { state: 'live' } | { state: 'offline'; since: Date };

/** How long a card that just arrived or moved stays highlighted. */
export const HIGHLIGHT_MS = 8000;
/** How long the wall celebrates a suggestion that reached Done. */
export const CELEBRATION_MS = 6000;

/** Cards to highlight: new ones and ones that changed column. */
export function movedOrNew(applied: readonly AppliedChange[]): string[] {
  return applied.flatMap(({ change, previous }) =>
    change.type === 'upsert' && (!previous || previous.status !== change.suggestion.status)
      ? [change.suggestion.id]
      : [],
  );
}

/** The goal that was just achieved, if any. */
export function justAchieved(applied: readonly AppliedChange[]): Goal | null {
  for (const { change, previousGoal } of applied) {
    if (
      change.type === 'goal' &&
      change.goal.state === 'achieved' &&
      previousGoal?.state !== 'achieved'
    ) {
      return change.goal;
    }
  }
  return null;
}

/** What the wall celebrates: a suggestion done, or a goal achieved. */
export interface Celebrating {
  kind: 'suggestion' | 'goal';
  id: string;
  text: string;
}

/** The suggestion that just reached Done, if any. */
export function justDone(applied: readonly AppliedChange[]): Suggestion | null {
  for (const { change, previous } of applied) {
    if (
      change.type === 'upsert' &&
      change.suggestion.status === 'done' &&
      previous?.status !== 'done'
    ) {
      return change.suggestion;
    }
  }
  return null;
}
const SNAPSHOT_TIMEOUT_MS = 10_000;
const BUILD_CHECK_MS = 10 * 60_000;
const HEARTBEAT_MS = 60_000;
/** Where the wall keeps the board it showed last (one wall per browser). */
export const SAVED_WALL_KEY = 'tavla:wall';

function safeLocalStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * Why the server refused this screen's key, from a handshake error code: a key it never knew
 * (`invalidKey`), or one an admin replaced (`linkReplaced`). Anything else is a passing failure.
 */
export function keyRefusal(code: string | undefined): 'invalidKey' | 'linkReplaced' | null {
  if (code === 'unauthorized') return 'invalidKey';
  if (code === 'link_replaced') return 'linkReplaced';
  return null;
}

export interface KioskBoard {
  snapshot: BoardSnapshot | null;
  connection: Connection;
  invalidKey: boolean;
  /** An admin replaced this screen's display key: the board must not show any more. */
  linkReplaced: boolean;
  /** The join URL for the QR code, newest first (it follows a replaced join token live). */
  joinUrl: string | null;
  highlighted: ReadonlySet<string>;
  celebrating: Celebrating | null;
}

/**
 * Connects the wall screen to its board with the display key and keeps the board current:
 * a fresh snapshot on every (re)connect, live events in between, and the last known board kept
 * on screen while the server is unreachable, across a reload too: the board is saved in
 * localStorage with the time the wall last had the server, which "offline since" then shows.
 */
export function useKioskBoard(displayKey: string | null): KioskBoard {
  const [saved] = useState(() =>
    displayKey
      ? loadSavedBoard(safeLocalStorage(), SAVED_WALL_KEY, { owner: ownerTag(displayKey) })
      : null,
  );
  const [snapshot, setSnapshot] = useState<BoardSnapshot | null>(saved?.snapshot ?? null);
  const [connection, setConnection] = useState<Connection>({ state: 'connecting' });
  const [invalidKey, setInvalidKey] = useState(displayKey === null || displayKey === '');
  const [highlighted, setHighlighted] = useState<ReadonlySet<string>>(new Set());
  const [celebrating, setCelebrating] = useState<Celebrating | null>(null);
  const [linkReplaced, setLinkReplaced] = useState(false);
  const [joinUrl, setJoinUrl] = useState<string | null>(null);

  useEffect(() => {
    if (!displayKey) return undefined;
    const timers = new Set<ReturnType<typeof setTimeout>>();
    const later = (fn: () => void, ms: number) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        fn();
      }, ms);
      timers.add(timer);
    };

    const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io({
      path: SOCKET_PATH,
      auth: { displayKey },
      reconnectionDelay: 1000,
      // With ±50 % jitter the wait stays under 12 s: back within 15 s of the server.
      reconnectionDelayMax: 8000,
      randomizationFactor: 0.5,
    });
    // What is saved: the newest board from the server and when the server was last there.
    const owner = ownerTag(displayKey);
    let latest: BoardSnapshot | null = null;
    let liveAt = saved?.liveAt ?? null;
    let saveTimer: ReturnType<typeof setTimeout> | undefined;
    const save = () => {
      clearTimeout(saveTimer);
      if (latest && liveAt !== null)
        saveBoard(safeLocalStorage(), SAVED_WALL_KEY, { snapshot: latest, liveAt, owner });
    };
    const forget = () => {
      latest = null;
      forgetBoard(safeLocalStorage(), SAVED_WALL_KEY);
      setSnapshot(null);
    };
    const goOffline = () =>
      setConnection((current) =>
        current.state === 'offline'
          ? current
          : { state: 'offline', since: liveAt === null ? new Date() : new Date(liveAt) },
      );

    const sync = new BoardSync({
      requestSnapshot: () =>
        socket
          .timeout(SNAPSHOT_TIMEOUT_MS)
          .emitWithAck('board:sync', {})
          .then(decodeSnapshotResult),
      requestChanges: (since, history) =>
        socket.timeout(SNAPSHOT_TIMEOUT_MS).emitWithAck('board:catch-up', { since, history }),
      onState: (next, applied) => {
        setSnapshot(next);
        latest = next;
        // A sync that failed marked the screen offline; a later one that worked undoes it.
        if (socket.connected) {
          setConnection((current) => (current.state === 'live' ? current : { state: 'live' }));
          liveAt = Date.now();
          clearTimeout(saveTimer);
          saveTimer = setTimeout(save, 1000);
        }
        const done = justDone(applied);
        const achieved = justAchieved(applied);
        const party: Celebrating | null = achieved
          ? { kind: 'goal', id: achieved.id, text: achieved.title }
          : done
            ? { kind: 'suggestion', id: done.id, text: done.text }
            : null;
        if (party) {
          setCelebrating(party);
          later(
            () => setCelebrating((current) => (current?.id === party.id ? null : current)),
            CELEBRATION_MS,
          );
        }
        const liveIds = movedOrNew(applied);
        if (liveIds.length === 0) return;
        setHighlighted((current) => new Set([...current, ...liveIds]));
        later(() => {
          setHighlighted((current) => {
            const rest = new Set(current);
            for (const id of liveIds) rest.delete(id);
            return rest;
          });
        }, HIGHLIGHT_MS);
      },
      onError: goOffline,
    });

    // A new build on the server (seen after a reconnect, or by the periodic check) reloads
    // the screen, so it never runs old code against a new server.
    let loadedBuild: string | null = null;
    const checkBuild = () => {
      fetch('/api/health', { cache: 'no-store' })
        .then((response) => response.json() as Promise<{ build: string }>)
        .then(({ build }) => {
          if (loadedBuild === null) loadedBuild = build;
          else if (build !== loadedBuild) window.location.reload();
        })
        .catch(() => undefined);
    };
    checkBuild();
    const buildTimer = setInterval(checkBuild, BUILD_CHECK_MS);

    // A heartbeat every minute, so an admin can see when this screen was last alive.
    const screen = displayId(
      safeLocalStorage(),
      () => `screen-${Math.random().toString(36).slice(2, 12)}`,
    );
    const heartbeat = () => {
      if (!socket.connected) return;
      liveAt = Date.now();
      save();
      socket.emit(
        'display:heartbeat',
        {
          displayId: screen,
          build: loadedBuild ?? 'unknown',
          heapBytes: usedHeapBytes(),
          userAgent: navigator.userAgent.slice(0, 300),
        },
        () => undefined,
      );
    };
    const heartbeatTimer = setInterval(heartbeat, HEARTBEAT_MS);

    socket.on('connect', () => {
      liveAt = Date.now();
      setConnection({ state: 'live' });
      setInvalidKey(false);
      setLinkReplaced(false);
      sync.connected();
      checkBuild();
      heartbeat();
    });
    socket.on('disconnect', (reason) => {
      // The moment the server went: what "offline since" says, after a reload too.
      liveAt = Date.now();
      save();
      goOffline();
      // Socket.IO does not retry after a server-side disconnect; a wall screen must.
      if (reason === 'io server disconnect')
        later(() => socket.connect(), 1000 + Math.random() * 4000);
    });
    socket.on('connect_error', (error) => {
      const refusal = keyRefusal((error as Error & { data?: { code?: string } }).data?.code);
      if (refusal === 'invalidKey') setInvalidKey(true);
      else if (refusal === 'linkReplaced') setLinkReplaced(true);
      else goOffline();
      if (refusal) forget();
      // A refusal by the server's middleware stops Socket.IO's own retries; keep trying slowly
      // (with jitter) so a screen comes back by itself once the cause is fixed.
      if (!socket.active) later(() => socket.connect(), 15_000 + Math.random() * 15_000);
    });
    // The server sends the join URL on every connect and whenever an admin replaces it.
    socket.on('board:join-url', (event) => setJoinUrl(event.joinUrl));
    // This screen's key was replaced: stop showing the board at once (the server disconnects
    // it; reconnects with the old key are refused with link_replaced).
    socket.on('display:link-replaced', () => {
      setLinkReplaced(true);
      forget();
    });
    listenForBoardChanges(socket, sync);

    return () => {
      save();
      for (const timer of timers) clearTimeout(timer);
      clearInterval(buildTimer);
      clearInterval(heartbeatTimer);
      sync.close();
      socket.close();
    };
  }, [displayKey, saved]);

  return { snapshot, connection, invalidKey, linkReplaced, joinUrl, highlighted, celebrating };
}
