import type { Language } from '@tavla/shared';
import { t } from '@tavla/shared/i18n';
import '../../meeting-messages.js';

/**
 * The board page's card while a board meeting runs: everyone can open "since last time".
 * Loaded lazily, only while a meeting is live (the board page's first bundle has no room), so
 * it imports as little as it can.
 */
export function MeetingCard(props: { boardId: string; startedAt: string; language: Language }) {
  const { language } = props;
  const time = new Date(props.startedAt).toLocaleTimeString(language === 'sv' ? 'sv-SE' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
  });
  return (
    <a className="workshop-card" href={`/m/b/${props.boardId}/meeting`}>
      <span className="workshop-card__now">
        <span className="workshop-card__pulse" aria-hidden="true" />
        {t(language, 'meeting.live', { time })}
      </span>
      <strong className="workshop-card__title">{t(language, 'meeting.card')}</strong>
      <span className="workshop-card__go">{t(language, 'meeting.card.open')} →</span>
    </a>
  );
}
