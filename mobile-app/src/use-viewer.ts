import { useEffect, useState } from 'react';
import type { User } from '@tavla/shared';
import { fetchMe } from './api.js';

/** Who is looking at a board's page: not known yet, a phone (nobody signed in), or a user. */
export type Viewer =
  | { kind: 'loading' }
  | { kind: 'phone' }
  | {
      kind: 'user';
      user: User;
      /** Leads this board (an admin leads every board). */ leads: boolean;
    };

export function useViewer(boardId: string): Viewer {
  const [viewer, setViewer] = useState<Viewer>({ kind: 'loading' });
  useEffect(() => {
    let current = true;
    fetchMe()
      .then(({ user }) => {
        if (current) setViewer({ kind: 'user', user, leads: user.boardIds.includes(boardId) });
      })
      .catch(() => {
        if (current) setViewer({ kind: 'phone' });
      });
    return () => {
      current = false;
    };
  }, [boardId]);
  return viewer;
}

export const leadsBoard = (viewer: Viewer): boolean => viewer.kind === 'user' && viewer.leads;
export const isAdmin = (viewer: Viewer): boolean =>
  viewer.kind === 'user' && viewer.user.role === 'admin';
