import { useLayoutEffect, useRef, useState } from 'react';
import type { Language } from '@tavla/shared';
import { statusLabel, t } from '@tavla/shared/i18n';
import { fitCards, type WallColumn } from '../board-layout.js';
import { SuggestionCard } from './SuggestionCard.js';

// Must match .card height, .column__cards gap and .column__more height in styles.css (rem).
const CARD_REM = 10.5;
const GAP_REM = 0.75;
const MORE_REM = 2.5;

function remInPx(): number {
  return parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
}

export function StatusColumn(props: {
  column: WallColumn;
  language: Language;
  highlighted: ReadonlySet<string>;
}) {
  const { column, language, highlighted } = props;
  const body = useRef<HTMLDivElement>(null);
  const [available, setAvailable] = useState(0);

  useLayoutEffect(() => {
    const element = body.current;
    if (!element) return undefined;
    const measure = () => setAvailable(element.clientHeight);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const rem = remInPx();
  const { shown, hidden } = fitCards(column.suggestions, available, {
    cardHeight: CARD_REM * rem,
    gap: GAP_REM * rem,
    moreHeight: MORE_REM * rem,
  });
  const label = statusLabel(language, column.status);

  return (
    <section className={`column column--${column.status}`} aria-label={label}>
      <header className="column__header">
        <h2>{label}</h2>
        <span
          className="column__count"
          aria-label={t(language, 'kiosk.suggestionsCount', { count: column.suggestions.length })}
        >
          {column.suggestions.length}
        </span>
      </header>
      <div className="column__cards" ref={body}>
        {shown.map((suggestion) => (
          <SuggestionCard
            key={suggestion.id}
            suggestion={suggestion}
            language={language}
            fresh={highlighted.has(suggestion.id)}
          />
        ))}
        {hidden > 0 ? (
          <p className="column__more">{t(language, 'kiosk.more', { count: hidden })}</p>
        ) : null}
        {column.suggestions.length === 0 ? (
          <p className="column__empty">{t(language, 'kiosk.noSuggestions')}</p>
        ) : null}
      </div>
    </section>
  );
}
