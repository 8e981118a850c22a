import { useEffect, useRef, useState } from 'react';
import { io, type Socket } from 'socket.io-client';
import type { SiteServerToClientEvents, SiteSummary } from '@tavla/shared';
import { SITE_NAMESPACE } from '@tavla/shared/site-rules';
import { SOCKET_PATH } from '@tavla/shared/domain';
import { useBoardRead } from '../use-board-read.js';
import type { Connection } from '../use-kiosk-board.js';
import { isNews, isSiteSummary } from './site-view.js';

const SUMMARY_PATH = '/api/site/summary';
/** Participation, "done lately" and goal status move with time too: read again regularly. */
const SUMMARY_EVERY_MS = 5 * 60_000;

export interface SiteWall {
  summary: SiteSummary | null;
  connection: Connection;
  /** The key is not (or no longer) valid: replaced by an admin, or never was. */
  refused: 'replaced' | 'invalid' | null;
}

/**
 * The site wall's data: the summary read with the site key (as a board's wall reads its extra
 * parts, `useBoardRead`), read again a moment after a board it shows changes (`site:changed`
 * over the site namespace, skipped when the summary already holds that sequence number), on
 * every (re)connect, so a restart never leaves it stale, and every few minutes.
 */
export function useSiteWall(siteKey: string | null): SiteWall {
  const [version, setVersion] = useState(0);
  const [connection, setConnection] = useState<Connection>({ state: 'connecting' });
  const [refused, setRefused] = useState<SiteWall['refused']>(siteKey ? null : 'invalid');
  const read = useBoardRead({
    path: siteKey && refused === null ? SUMMARY_PATH : null,
    displayKey: siteKey,
    seq: version,
    everyMs: SUMMARY_EVERY_MS,
    accept: isSiteSummary,
  });
  // The socket's handler compares news with what is held (kept after each render).
  const held = useRef<SiteSummary | null>(null);
  useEffect(() => {
    held.current = read.data;
  }, [read.data]);

  useEffect(() => {
    if (!siteKey) return undefined;
    const socket: Socket<SiteServerToClientEvents> = io(SITE_NAMESPACE, {
      path: SOCKET_PATH,
      auth: { siteKey },
      reconnectionDelay: 1000,
      reconnectionDelayMax: 8000,
      randomizationFactor: 0.5,
    });
    const goOffline = () =>
      setConnection((current) =>
        current.state === 'offline' ? current : { state: 'offline', since: new Date() },
      );
    socket.on('connect', () => {
      setConnection({ state: 'live' });
      // Whatever happened while it was away (a restart included): read it all again.
      setVersion((v) => v + 1);
    });
    socket.on('disconnect', (reason) => {
      goOffline();
      // The server closed it (a replaced key is told first; anything else: try again).
      if (reason === 'io server disconnect') setTimeout(() => socket.connect(), 2000);
    });
    socket.on('connect_error', (error) => {
      const code = (error as Error & { data?: { code?: string } }).data?.code;
      if (code === 'link_replaced') setRefused('replaced');
      else if (code === 'unauthorized' || code === 'validation_failed') setRefused('invalid');
      goOffline();
    });
    socket.on('site:link-replaced', () => setRefused('replaced'));
    socket.on('site:changed', (notice) => {
      const boards = held.current?.boards ?? null;
      if (isNews(boards, notice)) setVersion((v) => v + 1);
    });
    return () => {
      socket.close();
    };
  }, [siteKey]);

  return { summary: read.data, connection, refused };
}
