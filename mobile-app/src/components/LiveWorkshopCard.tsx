import { useEffect } from 'react';
import { useLocation } from 'wouter';
import type { Language, WorkshopLive } from '@tavla/shared';
import { t } from '@tavla/shared/i18n';
import {
  liveKey,
  rememberSeenActivity,
  seenActivity,
  shouldOpenClicker,
} from '../live-workshop.js';

/**
 * The live workshop at the top of the board page: a big card that opens the clicker (a lead's
 * remote). A phone is taken to the clicker by itself when a session starts or the lead moves
 * on, so nobody has to hunt for it; once it came back, it stays until the next activity.
 */
export function LiveWorkshopCard(props: {
  boardId: string;
  live: WorkshopLive | null;
  /** Whether a lead of the board is looking (null while not known yet). */
  lead: boolean | null;
  language: Language;
}) {
  const { boardId, live, lead, language } = props;
  const [, navigate] = useLocation();
  const path = `/b/${boardId}/workshop`;
  const key = liveKey(live);
  useEffect(() => {
    if (key === null || lead === null) return;
    if (!shouldOpenClicker(live, seenActivity(boardId), lead)) return;
    rememberSeenActivity(boardId, key);
    navigate(path);
  }, [key, live, boardId, lead, navigate, path]);
  if (!live) return null;
  return (
    <a className="workshop-card" href={`/m${path}`}>
      <span className="workshop-card__now">
        <span className="workshop-card__pulse" aria-hidden="true" />
        {t(language, 'liveWorkshop.now')} ·{' '}
        {t(language, 'liveWorkshop.position', { index: live.index + 1, count: live.count })}
      </span>
      <strong className="workshop-card__title">{live.activity.title}</strong>
      <span className="workshop-card__go">
        {t(language, lead ? 'liveWorkshop.remote' : 'liveWorkshop.join')} →
      </span>
    </a>
  );
}
