import type { Language } from '@tavla/shared';
import { t } from '@tavla/shared/i18n';
import '../own-suggestion-messages.js';
import './own-suggestions.css';
import { fetchHiddenOwn } from '../own-suggestion-api.js';
import { useFetched } from '../use-fetched.js';

/**
 * A suggestion page whose suggestion is not on the board: for its author, if a lead hid it,
 * what it said, that it was hidden and the lead's reason; for anyone else (or a suggestion
 * that is simply gone) "does not exist (any more)".
 */
export function OwnHiddenView(props: {
  boardId: string;
  suggestionId: string;
  language: Language;
}) {
  const { boardId, suggestionId, language } = props;
  // A phone asks for its own hidden ones; anyone else is refused, and sees "missing".
  const { data, failure } = useFetched(() => fetchHiddenOwn(boardId), [boardId]);
  const hidden = data?.suggestions.find((s) => s.id === suggestionId);
  if (!hidden) {
    return data || failure ? <p>{t(language, 'phone.detail.missing')}</p> : null;
  }
  return (
    <article className="form detail own-hidden">
      <p className="detail__text">{hidden.text}</p>
      <p className="item__meta">
        <span className="chip chip--hidden">{t(language, 'own.hidden.badge')}</span>
        <span>
          {t(language, 'own.hidden.when', {
            date: new Date(hidden.hiddenAt).toLocaleDateString(
              language === 'sv' ? 'sv-SE' : 'en-GB',
              { dateStyle: 'medium' },
            ),
          })}
        </span>
      </p>
      <p className="own-hidden__reason">
        {t(language, 'own.hidden.reason', { reason: hidden.reason })}
      </p>
      <p className="own-hint">{t(language, 'own.hidden.onlyYou')}</p>
    </article>
  );
}
