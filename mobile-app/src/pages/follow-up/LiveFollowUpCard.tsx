import type { FollowUpLive, Language } from '@tavla/shared';
import { FOLLOW_UP_MESSAGES } from '@tavla/shared/i18n-follow-up';
import { isPhoneStep, type PhoneStep } from '@tavla/shared/follow-up-rules';
import { registerMessages, t } from '@tavla/shared/i18n';
// Imported for the chunking only (nothing of them is used): with the same shared modules as
// every other lazy page, the card adds no chunk split to the first bundle.
import 'react';
import '../../api.js';
import '../../language.js';

// The board page loads this module lazily: only the strings, not the follow-up pages' styles
// (the board page's own styles have the card's).
registerMessages(FOLLOW_UP_MESSAGES);

/** What the card asks for in each step phones answer in (the only steps it shows in). */
const CARD_TEXT = {
  write: 'followUp.live.write',
  vote: 'followUp.live.vote',
  pulse: 'followUp.live.pulse',
} as const satisfies Record<PhoneStep, string>;

/**
 * The live follow-up at the top of the board page, while it is in a step phones answer in
 * (write, vote, pulse): a big card to the employee's page (a lead's: to the runner).
 */
export function LiveFollowUpCard(props: {
  boardId: string;
  live: FollowUpLive;
  lead: boolean;
  language: Language;
}) {
  const { boardId, live, lead, language } = props;
  const { step } = live;
  if (!isPhoneStep(step)) return null;
  return (
    <a
      className="workshop-card fu-card"
      href={`/m/b/${boardId}/${lead ? 'follow-up' : 'follow-up/live'}`}
    >
      <span className="workshop-card__now">
        <span className="workshop-card__pulse" aria-hidden="true" />
        {t(language, 'followUp.live.now')}
      </span>
      <strong className="workshop-card__title">{t(language, CARD_TEXT[step])}</strong>
      <span className="workshop-card__go">
        {t(language, lead ? 'followUp.live.run' : 'followUp.live.join')} →
      </span>
    </a>
  );
}

/** The lead's link to the follow-up among the board page's tools. */
export function FollowUpLeadLink(props: { boardId: string; language: Language }) {
  return <a href={`/m/b/${props.boardId}/follow-up`}>{t(props.language, 'followUp.link')}</a>;
}
