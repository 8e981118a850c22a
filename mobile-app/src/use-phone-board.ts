import { useEffect, useState } from 'react';
import { io, type Socket } from 'socket.io-client';
import type { BoardSnapshot, ClientToServerEvents, ServerToClientEvents } from '@tavla/shared';
import { BoardSync } from '@tavla/shared/board-sync';
import { SOCKET_PATH } from '@tavla/shared/domain';

export type PhoneConnection = 'connecting' | 'live' | 'offline' | 'refused';

/** The board as this phone sees it, live: snapshot on every (re)connect, events in between. */
export function usePhoneBoard(boardId: string): {
  snapshot: BoardSnapshot | null;
  connection: PhoneConnection;
} {
  const [snapshot, setSnapshot] = useState<BoardSnapshot | null>(null);
  const [connection, setConnection] = useState<PhoneConnection>('connecting');

  useEffect(() => {
    let retry: ReturnType<typeof setTimeout> | undefined;
    const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io({
      path: SOCKET_PATH,
      auth: { boardId },
      withCredentials: true,
      reconnectionDelayMax: 10_000,
      randomizationFactor: 0.5,
    });
    const sync = new BoardSync({
      requestSnapshot: () => socket.timeout(10_000).emitWithAck('board:sync', {}),
      onState: (next) => setSnapshot(next),
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
      // The server's handshake refused us (not joined, unknown board): retrying will not help.
      setConnection(socket.active ? 'offline' : 'refused');
    });
    socket.on('suggestion:created', (event) => sync.suggestionCreated(event));
    return () => {
      clearTimeout(retry);
      socket.close();
    };
  }, [boardId]);

  return { snapshot, connection };
}
