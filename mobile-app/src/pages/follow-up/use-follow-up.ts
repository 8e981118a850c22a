import { useEffect, useRef, useState } from 'react';
import type { FollowUpDetail } from '@tavla/shared';
import { fetchFollowUp } from './follow-up-api.js';

/**
 * One follow-up as the lead's runner shows it: asked when the follow-up or `key` changes (its
 * step, a tally the step shows, a "reload"), and replaced by every write's answer. An answer
 * to an ask started before a newer write's answer is dropped, so it never shows older data.
 */
export function useFollowUpDetail(boardId: string, followUpId: string | null, key: string) {
  const [detail, setDetail] = useState<FollowUpDetail | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [asked, setAsked] = useState(0);
  // Raised by every write's answer: an ask started before it is stale when it comes back.
  const writes = useRef(0);
  useEffect(() => {
    if (followUpId === null) return undefined;
    let current = true;
    const before = writes.current;
    fetchFollowUp(boardId, followUpId).then(
      (answer) => {
        if (!current || writes.current !== before) return;
        setDetail(answer);
        setFailure(null);
      },
      (error: unknown) => {
        if (current) setFailure(error ?? new Error('failed'));
      },
    );
    return () => {
      current = false;
    };
  }, [boardId, followUpId, key, asked]);
  return {
    detail: detail && detail.id === followUpId ? detail : null,
    failure,
    reload: () => setAsked((n) => n + 1),
    /** A write's answer: newer than any ask under way. */
    accept: (answer: FollowUpDetail) => {
      writes.current++;
      setDetail(answer);
      setFailure(null);
    },
  };
}
