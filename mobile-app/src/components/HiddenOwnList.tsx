import type { Language } from '@tavla/shared';
import { t } from '@tavla/shared/i18n';
import '../own-suggestion-messages.js';
import './own-suggestions.css';
import { fetchHiddenOwn } from '../own-suggestion-api.js';
import { useFetched } from '../use-fetched.js';

const formatDay = (iso: string, language: Language) =>
  new Date(iso).toLocaleDateString(language === 'sv' ? 'sv-SE' : 'en-GB', {
    dateStyle: 'medium',
  });

/**
 * The author's own suggestions that a lead hid, with the lead's reason, at the top of their
 * list: they do not just vanish. Only this phone is told (the server lists its own only).
 * Asked again whenever `version` changes (one of this phone's suggestions left the board).
 */
export function HiddenOwnList(props: { boardId: string; language: Language; version: string }) {
  const { boardId, language, version } = props;
  const { data } = useFetched(() => fetchHiddenOwn(boardId), [boardId, version]);
  const hidden = data?.suggestions ?? [];
  if (hidden.length === 0) return null;
  return (
    <section className="hidden-own" aria-labelledby="hidden-own-title">
      <h3 id="hidden-own-title">{t(language, 'own.hidden.title')}</h3>
      <p className="hidden-own__note">{t(language, 'own.hidden.onlyYou')}</p>
      <ul>
        {hidden.map((item) => (
          <li key={item.id} className="item item--hidden">
            <a className="item__link" href={`/m/b/${boardId}/s/${item.id}`}>
              <p className="item__text">{item.text}</p>
            </a>
            <p className="item__meta">
              <span className="chip chip--hidden">{t(language, 'own.hidden.badge')}</span>
              <span>
                {t(language, 'own.hidden.when', { date: formatDay(item.hiddenAt, language) })}
              </span>
            </p>
            <p className="hidden-own__reason">
              {t(language, 'own.hidden.reason', { reason: item.reason })}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
