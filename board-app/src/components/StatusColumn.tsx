import type { Language } from '@tavla/shared';
import { statusLabel, t } from '@tavla/shared/i18n';
import { columnPage, type WallColumn } from '../board-layout.js';
import { SuggestionCard } from './SuggestionCard.js';
import '../wall-messages.js';

/**
 * One workflow column of the board scene: its name and count, and the cards of the scene's
 * current page (a column with fewer pages starts over, see `columnPage`). The page line says
 * which of its pages shows, so a viewer knows more are coming.
 */
export function StatusColumn(props: {
  column: WallColumn;
  perPage: number;
  page: number;
  language: Language;
  highlighted: ReadonlySet<string>;
}) {
  const { column, perPage, page, language, highlighted } = props;
  const shown = columnPage(column, perPage, page);
  const label = statusLabel(language, column.status);
  const count = column.suggestions.length;
  return (
    <section className={`column column--${column.status}`} aria-label={label}>
      <header className="column__header">
        <span
          className="column__count"
          aria-label={t(language, 'kiosk.suggestionsCount', { count })}
        >
          {count}
        </span>
        <h2>{label}</h2>
      </header>
      <div className="column__cards">
        {shown.cards.map((suggestion) => (
          <SuggestionCard
            key={suggestion.id}
            suggestion={suggestion}
            language={language}
            fresh={highlighted.has(suggestion.id)}
          />
        ))}
        {count === 0 ? <p className="column__empty">{t(language, 'kiosk.noSuggestions')}</p> : null}
        {shown.pages > 1 ? (
          <p className="column__pages">
            {t(language, 'wall.page', { page: shown.page + 1, pages: shown.pages })}
          </p>
        ) : null}
      </div>
    </section>
  );
}
