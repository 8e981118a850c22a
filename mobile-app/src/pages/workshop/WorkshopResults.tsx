import type { Activity, ActivityResults, Language } from '@tavla/shared';
import { t } from '@tavla/shared/i18n';
import { formatCount, formatPercent } from '../../method-format.js';
import { cloudStep, formatAverage, share } from './workshop-view.js';
import './workshop-messages.js';

/**
 * An activity's results as the phones, the remote and a kept session show them: bars for a
 * poll or a quiz (the right answer marked), the average and distribution of a scale, the word
 * cloud, the top ideas. `chosen` marks this device's own options.
 */
export function WorkshopResults(props: {
  activity: Activity;
  results: ActivityResults;
  language: Language;
  chosen?: readonly number[];
}) {
  const { activity, results, language } = props;
  const chosen = props.chosen ?? [];
  switch (results.kind) {
    case 'poll':
    case 'quiz': {
      const options = 'options' in activity ? activity.options : [];
      const correct = results.kind === 'quiz' ? results.correct : null;
      return (
        <section className="results" aria-label={t(language, 'workshop.results')}>
          <ul className="bars">
            {options.map((option, i) => {
              const count = results.counts[i] ?? 0;
              const percent = share(count, results.voters);
              return (
                <li
                  key={i}
                  className={`bar${i === correct ? ' bar--correct' : ''}${
                    chosen.includes(i) ? ' bar--mine' : ''
                  }`}
                >
                  <span className="bar__label">
                    {i === correct ? '✓ ' : ''}
                    {option}
                    {chosen.includes(i) ? (
                      <span className="chip chip--mine">{t(language, 'workshop.poll.chosen')}</span>
                    ) : null}
                  </span>
                  <span className="bar__track" aria-hidden="true">
                    <span className="bar__fill" style={{ width: `${String(percent)}%` }} />
                  </span>
                  <span className="bar__figure">
                    {formatPercent(language, percent)} · {formatCount(language, count)}
                  </span>
                </li>
              );
            })}
          </ul>
          <p className="results__total">{answeredText(language, results.voters)}</p>
        </section>
      );
    }
    case 'scale': {
      const total = results.counts.reduce((sum, n) => sum + n, 0);
      return (
        <section className="results" aria-label={t(language, 'workshop.results')}>
          <p className="big-average">
            <span>{t(language, 'workshop.scale.average')}</span>
            <strong>{formatAverage(language, results.average)}</strong>
          </p>
          <ul className="bars bars--scale">
            {results.counts.map((count, i) => (
              <li key={i} className={`bar${chosen.includes(i + 1) ? ' bar--mine' : ''}`}>
                <span className="bar__label">{i + 1}</span>
                <span className="bar__track" aria-hidden="true">
                  <span
                    className="bar__fill"
                    style={{ width: `${String(share(count, total))}%` }}
                  />
                </span>
                <span className="bar__figure">{formatCount(language, count)}</span>
              </li>
            ))}
          </ul>
          {activity.kind === 'scale' && (activity.low || activity.high) ? (
            <p className="scale-words">
              <span>1 = {activity.low}</span>
              <span>5 = {activity.high}</span>
            </p>
          ) : null}
          <p className="results__total">{answeredText(language, total)}</p>
        </section>
      );
    }
    case 'wordcloud': {
      const max = results.words.reduce((m, w) => Math.max(m, w.count), 0);
      return (
        <section className="results" aria-label={t(language, 'workshop.words.cloud')}>
          {results.words.length === 0 ? (
            <p>{t(language, 'workshop.words.none')}</p>
          ) : (
            <ul className="cloud">
              {results.words.map((word) => (
                <li
                  key={word.key}
                  className={`cloud__word cloud__word--${cloudStep(word.count, max)}`}
                >
                  {word.text}
                  <span className="cloud__count">
                    {' '}
                    {t(language, 'workshop.words.count', {
                      count: formatCount(language, word.count),
                    })}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      );
    }
    case 'ideas':
      return (
        <section className="results" aria-label={t(language, 'workshop.results')}>
          <p className="results__total">
            {t(language, 'workshop.ideas.count', { count: formatCount(language, results.count) })}
          </p>
          <ol className="top-ideas">
            {results.top.map((idea) => (
              <li key={idea.id}>
                <span>{idea.text}</span>
                <strong>{votesText(language, idea.upvotes)}</strong>
              </li>
            ))}
          </ol>
        </section>
      );
  }
}

export const answeredText = (language: Language, count: number): string =>
  count === 1
    ? t(language, 'workshop.answered.one')
    : t(language, 'workshop.answered', { count: formatCount(language, count) });

export const votesText = (language: Language, count: number): string =>
  count === 1
    ? t(language, 'workshop.ideas.votes.one')
    : t(language, 'workshop.ideas.votes', { count: formatCount(language, count) });
