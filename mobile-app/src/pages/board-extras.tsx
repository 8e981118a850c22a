import type { FollowUpState, Language } from '@tavla/shared';
import { t } from '@tavla/shared/i18n';
import { AnalyticsLink } from './analytics/AnalyticsLink.js';
import { FollowUpLeadLink, LiveFollowUpCard } from './follow-up/LiveFollowUpCard.js';
import { MeetingCard } from './meeting/MeetingCard.js';
import { TriageLink } from './triage/TriageLink.js';

/**
 * What the board page shows only sometimes, in one module it loads lazily (the first bundle
 * has no room, and one dynamic import costs it less than one per part): the step-7 cards while
 * a board meeting or a follow-up runs, and the lead's links to the follow-up and analytics.
 */

/** The cards of a board meeting or a follow-up running now. */
export function BoardLiveCards(props: {
  boardId: string;
  followUp: FollowUpState;
  lead: boolean;
  language: Language;
}) {
  const { boardId, followUp, lead, language } = props;
  return (
    <>
      {followUp.meeting.live ? (
        <MeetingCard
          boardId={boardId}
          startedAt={followUp.meeting.live.startedAt}
          language={language}
        />
      ) : null}
      {followUp.live ? (
        <LiveFollowUpCard boardId={boardId} live={followUp.live} lead={lead} language={language} />
      ) : null}
    </>
  );
}

/** The lead's links among the board page's tools that live in lazily loaded string tables. */
export function BoardLeadLinks(props: { boardId: string; language: Language }) {
  const { boardId, language } = props;
  return (
    <>
      <FollowUpLeadLink boardId={boardId} language={language} />
      <AnalyticsLink boardId={boardId} language={language} />
      <TriageLink boardId={boardId} language={language} />
      <a href={`/m/b/${boardId}/settings`}>{t(language, 'lead.boardSettings')}</a>
    </>
  );
}
