import { useEffect, useRef, useState } from 'react';
import { io, type Socket } from 'socket.io-client';
import { navigate } from 'wouter/use-browser-location';
import type {
  BoardSnapshot,
  ClientToServerEvents,
  ServerToClientEvents,
  Suggestion,
} from '@tavla/shared';
import {
  BoardSync,
  decodeSnapshotResult,
  listenForBoardChanges,
  type AppliedChange,
} from '@tavla/shared/board-sync';
import { SOCKET_PATH } from '@tavla/shared/domain';
import { forgetBoard, loadSavedBoard, saveBoard } from '@tavla/shared/saved-board';

const storage = (): Storage | null => {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
};
const savedKey = (boardId: string) => `tavla:board:${boardId}`;

export type PhoneConnection = 'connecting' | 'live' | 'offline' | 'refused';

/** Status changes of this device's own suggestions, to tell the author at once. */
export function ownStatusChanges(
  applied: readonly AppliedChange[],
  mine: ReadonlySet<string>,
): Suggestion[] {
  return applied.flatMap(({ change, previous }) =>
    change.type === 'upsert' &&
    mine.has(change.suggestion.id) &&
    previous !== null &&
    previous.status !== change.suggestion.status
      ? [change.suggestion]
      : [],
  );
}

/**
 * The board as this phone sees it, live: snapshot on every (re)connect, changes in between.
 * `onOwnStatusChange` hears about status changes of the suggestions in `mine`. The board seen
 * last is kept (localStorage, a second after it changes), so a phone that opens the app
 * without network shows it, marked offline, until the server answers.
 */
export function usePhoneBoard(
  boardId: string,
  mine: ReadonlySet<string> = new Set(),
  onOwnStatusChange?: (suggestion: Suggestion) => void,
): { snapshot: BoardSnapshot | null; connection: PhoneConnection } {
  const [snapshot, setSnapshot] = useState<BoardSnapshot | null>(
    () => loadSavedBoard(storage(), savedKey(boardId), { boardId })?.snapshot ?? null,
  );
  const [connection, setConnection] = useState<PhoneConnection>('connecting');
  // Read through refs so a new "mine" set does not reconnect the socket.
  const mineRef = useRef(mine);
  const noticeRef = useRef(onOwnStatusChange);
  useEffect(() => {
    mineRef.current = mine;
    noticeRef.current = onOwnStatusChange;
  });

  useEffect(() => {
    let retry: ReturnType<typeof setTimeout> | undefined;
    let unsaved: BoardSnapshot | null = null;
    let saveTimer: ReturnType<typeof setTimeout> | undefined;
    const save = () => {
      clearTimeout(saveTimer);
      if (unsaved)
        saveBoard(storage(), savedKey(boardId), { snapshot: unsaved, liveAt: Date.now() });
      unsaved = null;
    };
    const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io({
      path: SOCKET_PATH,
      auth: { boardId },
      withCredentials: true,
      reconnectionDelayMax: 10_000,
      randomizationFactor: 0.5,
    });
    const sync = new BoardSync({
      requestSnapshot: () =>
        socket.timeout(10_000).emitWithAck('board:sync', {}).then(decodeSnapshotResult),
      requestChanges: (since, history) =>
        socket.timeout(10_000).emitWithAck('board:catch-up', { since, history }),
      onState: (next, applied) => {
        setSnapshot(next);
        unsaved = next;
        clearTimeout(saveTimer);
        saveTimer = setTimeout(save, 1000);
        for (const changed of ownStatusChanges(applied, mineRef.current))
          noticeRef.current?.(changed);
      },
      onError: () => setConnection('offline'),
    });
    socket.on('connect', () => {
      setConnection('live');
      sync.connected();
    });
    socket.on('disconnect', (reason) => {
      setConnection('offline');
      // Socket.IO does not retry after a server-side disconnect; try again after a pause.
      if (reason === 'io server disconnect') {
        retry = setTimeout(() => socket.connect(), 1000 + Math.random() * 4000);
      }
    });
    socket.on('connect_error', () => {
      // The server's handshake refused us (not joined, unknown board): retrying will not help,
      // and the board kept for offline use is not this phone's to show any more.
      setConnection(socket.active ? 'offline' : 'refused');
      if (!socket.active) {
        unsaved = null;
        forgetBoard(storage(), savedKey(boardId));
        setSnapshot(null);
      }
    });
    listenForBoardChanges(socket, sync);
    // The signed-in user's session ended (signed out elsewhere, the account disabled): the
    // sign-in page says so at once, without a reload.
    socket.on('session:ended', ({ reason }) => navigate(`/m/login?ended=${reason}`));
    return () => {
      clearTimeout(retry);
      save();
      sync.close();
      socket.close();
    };
  }, [boardId]);

  return { snapshot, connection };
}
