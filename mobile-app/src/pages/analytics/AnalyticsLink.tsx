import type { Language } from '@tavla/shared';
import { t } from '@tavla/shared/i18n';
import '../../analytics-messages.js';

/**
 * The link to the analytics page among a lead's board tools: on the lead page (a button), and
 * in the board page's lead links, which the board page loads lazily and only for leads, so its
 * words stay out of a phone's first download.
 */
export function AnalyticsLink(props: { boardId: string; language: Language; className?: string }) {
  return (
    <a className={props.className} href={`/m/b/${props.boardId}/analytics`}>
      {t(props.language, 'analytics.link')}
      {props.className ? ' →' : ''}
    </a>
  );
}
