import type { FollowUpState, Language } from '@tavla/shared';
import { t } from '@tavla/shared/i18n';
import { formatTime } from '../../method-format.js';
import '../../meeting-messages.js';

/**
 * The board page's card while a board meeting runs: everyone can open "since last time".
 * Loaded lazily, only while a meeting is live (the board page's first bundle has no room).
 */
export function MeetingCard(props: {
  boardId: string;
  live: NonNullable<FollowUpState['meeting']['live']>;
  language: Language;
}) {
  const { boardId, live, language } = props;
  return (
    <a className="workshop-card meeting-card" href={`/m/b/${boardId}/meeting`}>
      <span className="workshop-card__now">
        <span className="workshop-card__pulse" aria-hidden="true" />
        {t(language, 'meeting.live', { time: formatTime(language, live.startedAt) })}
      </span>
      <strong className="workshop-card__title">{t(language, 'meeting.card')}</strong>
      <span className="workshop-card__go">{t(language, 'meeting.card.open')} →</span>
    </a>
  );
}
