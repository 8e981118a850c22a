import { useEffect, useState } from 'react';
import { fetchMe } from './api.js';

/** Whether the signed-in user (if any) leads this board. */
export function useIsLead(boardId: string): boolean {
  const [isLead, setIsLead] = useState(false);
  useEffect(() => {
    fetchMe()
      .then(({ user }) => setIsLead(user.boardIds.includes(boardId)))
      .catch(() => setIsLead(false));
  }, [boardId]);
  return isLead;
}
