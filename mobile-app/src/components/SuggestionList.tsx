import type { Language, Suggestion } from '@tavla/shared';
import { DIMENSION_STYLE } from '@tavla/shared/dimension-style';
import { dimensionLabel, statusLabel, t } from '@tavla/shared/i18n';
import { DimensionIcon } from './DimensionPicker.js';

export function SuggestionList(props: {
  suggestions: readonly Suggestion[];
  mine: ReadonlySet<string>;
  language: Language;
}) {
  const { suggestions, mine, language } = props;
  return (
    <section className="list" aria-labelledby="list-title">
      <h2 id="list-title">{t(language, 'phone.list.title')}</h2>
      {suggestions.length === 0 ? (
        <p className="list__empty">{t(language, 'phone.list.empty')}</p>
      ) : null}
      <ul>
        {suggestions.map((suggestion) => (
          <li
            key={suggestion.id}
            className="item"
            style={{ borderLeftColor: DIMENSION_STYLE[suggestion.dimension].color }}
          >
            <a className="item__link" href={`/m/b/${suggestion.boardId}/s/${suggestion.id}`}>
              <p className="item__text">{suggestion.text}</p>
            </a>
            <p className="item__meta">
              <span className={`chip chip--${suggestion.status}`}>
                {statusLabel(language, suggestion.status)}
              </span>
              <span
                className="item__dimension"
                style={{ color: DIMENSION_STYLE[suggestion.dimension].color }}
              >
                <DimensionIcon dimension={suggestion.dimension} />
                {dimensionLabel(language, suggestion.dimension)}
              </span>
              <span>{suggestion.authorName ?? t(language, 'phone.list.anonymous')}</span>
              {mine.has(suggestion.id) ? (
                <span className="chip chip--mine">{t(language, 'phone.list.mine')}</span>
              ) : null}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
