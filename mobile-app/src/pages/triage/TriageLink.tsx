import type { Language } from '@tavla/shared';
import { t } from '@tavla/shared/i18n';
import '../../triage-messages.js';

/** The lead bar's link to the triage list (in the board page's lazily loaded extras). */
export function TriageLink(props: { boardId: string; language: Language }) {
  return <a href={`/m/b/${props.boardId}/triage`}>{t(props.language, 'triage.link')}</a>;
}
