import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Language } from '@tavla/shared';
import { statusLabel, t } from '@tavla/shared/i18n';
import { paginate, type WallColumn } from '../board-layout.js';
import { SuggestionCard } from './SuggestionCard.js';

// Must match .card height, .column__cards gap and .column__pages height in styles.css (rem).
const CARD_REM = 10.5;
const GAP_REM = 0.75;
const INDICATOR_REM = 2.5;
/** How long each page of a full column stays up. */
export const PAGE_MS = 10_000;

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
  const [page, setPage] = useState(0);

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
  const pages = paginate(column.suggestions, available, {
    cardHeight: CARD_REM * rem,
    gap: GAP_REM * rem,
    indicatorHeight: INDICATOR_REM * rem,
  });
  const pageCount = pages.length;
  const current = Math.min(page, pageCount - 1);

  // A full column turns its pages by itself; nobody touches the wall.
  useEffect(() => {
    if (pageCount <= 1) return undefined;
    const timer = setInterval(() => setPage((p) => (p + 1) % pageCount), PAGE_MS);
    return () => clearInterval(timer);
  }, [pageCount]);

  // Something just arrived here: it is at the top, so show the first page (state adjusted
  // during render, React's pattern for state that follows props).
  const arrivals = column.suggestions
    .filter((s) => highlighted.has(s.id))
    .map((s) => s.id)
    .join(',');
  const [seenArrivals, setSeenArrivals] = useState('');
  if (arrivals !== seenArrivals) {
    setSeenArrivals(arrivals);
    if (arrivals !== '') setPage(0);
  }

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
        {(pages[current] ?? []).map((suggestion) => (
          <SuggestionCard
            key={suggestion.id}
            suggestion={suggestion}
            language={language}
            fresh={highlighted.has(suggestion.id)}
          />
        ))}
        {column.suggestions.length === 0 ? (
          <p className="column__empty">{t(language, 'kiosk.noSuggestions')}</p>
        ) : null}
        {pageCount > 1 ? (
          <p
            className="column__pages"
            aria-label={t(language, 'kiosk.page', { page: current + 1, pages: pageCount })}
          >
            {pages.map((_, index) => (
              <span key={index} className={index === current ? 'dot dot--on' : 'dot'} />
            ))}
          </p>
        ) : null}
      </div>
    </section>
  );
}
