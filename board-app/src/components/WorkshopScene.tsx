import type { ReactNode } from 'react';
import type { Language } from '@tavla/shared';
import { DIMENSION_STYLE } from '@tavla/shared/dimension-style';
import { t } from '@tavla/shared/i18n';
import type { MethodState } from '@tavla/shared/method-schemas';
import type { ActivityResults, WorkshopLive } from '@tavla/shared/workshop-schemas';
import { boardPhotoUrls } from '@tavla/shared/announcement-rules';
import { choiceBars, cloudOrder, formatAverage, scaleBars, sizeCloud } from '../workshop-view.js';
import { DimensionIcon } from './DimensionIcon.js';
import { aroundCount, VoteScene } from './VoteScene.js';
import { Photo } from './Photo.js';
import { WallIcon } from './WallIcon.js';
import '../wall-messages.js';

type Results<K extends ActivityResults['kind']> = Extract<ActivityResults, { kind: K }>;

/** The cloud's box in rem at 1920×1080 (the scene less the QR column and the title). */
const CLOUD_BOX = { width: 84, height: 36 };

/** A count drawn big inside its sentence ("{count} devices have answered"). */
function BigCount(props: { template: string; count: number; className?: string }) {
  const [before, after] = aroundCount(props.template);
  return (
    <p className={`big-count ${props.className ?? ''}`} role="status">
      {before.trim() ? <span className="big-count__label">{before.trim()}</span> : null}
      <span className="big-count__number" data-figure="">
        {props.count}
      </span>
      {after.trim() ? <span className="big-count__label">{after.trim()}</span> : null}
    </p>
  );
}

function answeredTemplate(language: Language, count: number): string {
  return t(language, count === 1 ? 'wall.workshop.answeredOne' : 'wall.workshop.answeredMany');
}

function Cloud({ results, language }: { results: Results<'wordcloud'>; language: Language }) {
  const words = cloudOrder(sizeCloud(results.words, CLOUD_BOX.width, CLOUD_BOX.height));
  return (
    <div className="wk-cloud-wrap">
      {words.length === 0 ? (
        <p className="wk-note">{t(language, 'wall.workshop.noWords')}</p>
      ) : (
        <ul
          className="wk-cloud"
          aria-label={t(language, 'wall.workshop.wordsMany', { count: results.entries })}
        >
          {words.map((word, i) => (
            <li
              key={word.key}
              className="wk-cloud__word"
              style={{
                fontSize: `${word.rem}rem`,
                color: CLOUD_COLORS[i % CLOUD_COLORS.length],
              }}
              data-count={word.count}
            >
              {word.text}
            </li>
          ))}
        </ul>
      )}
      <BigCount
        className="wk-entries"
        template={t(
          language,
          results.entries === 1 ? 'wall.workshop.wordsOne' : 'wall.workshop.wordsMany',
        )}
        count={results.entries}
      />
    </div>
  );
}

const CLOUD_COLORS = [
  '#f4f6f8',
  DIMENSION_STYLE.ecological.color,
  '#ffd23f',
  DIMENSION_STYLE.social.color,
  '#6cb6ff',
  DIMENSION_STYLE.economic.color,
];

function ChoiceBars(props: {
  options: readonly string[];
  counts: readonly number[];
  voters: number;
  correct: number | null;
  language: Language;
}) {
  const { options, counts, voters, correct, language } = props;
  const bars = choiceBars(counts, voters);
  return (
    <ol className="wk-bars">
      {options.map((option, i) => {
        const bar = bars[i] ?? { count: 0, percent: 0, length: 0 };
        const right = correct === i;
        return (
          <li
            key={i}
            className={
              correct === null
                ? 'wk-bar'
                : right
                  ? 'wk-bar wk-bar--correct'
                  : 'wk-bar wk-bar--wrong'
            }
          >
            <span className="wk-bar__option">
              {right ? <WallIcon name="check" size="1.2em" /> : null}
              <span data-clamped="">{option}</span>
              {right ? (
                <span className="wk-bar__correct">{t(language, 'wall.workshop.correct')}</span>
              ) : null}
            </span>
            <span className="wk-bar__track" aria-hidden="true">
              <span style={{ width: `${bar.length}%` }} />
            </span>
            <span className="wk-bar__figure" data-figure="">
              {bar.percent}&nbsp;%
            </span>
          </li>
        );
      })}
    </ol>
  );
}

/** The options of a poll or quiz whose results are not shown (yet): a list, and the count. */
function Options(props: {
  options: readonly string[];
  correct: number | null;
  language: Language;
}) {
  const { options, correct, language } = props;
  return (
    <ol className="wk-options">
      {options.map((option, i) => (
        <li key={i} className={correct === i ? 'wk-option wk-option--correct' : 'wk-option'}>
          <span className="wk-option__letter">{String.fromCharCode(65 + i)}</span>
          <span data-clamped="">{option}</span>
          {correct === i ? (
            <span className="wk-bar__correct">
              <WallIcon name="check" size="1.1em" />
              {t(language, 'wall.workshop.correct')}
            </span>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

function Scale(props: {
  results: Results<'scale'>;
  low: string;
  high: string;
  language: Language;
}) {
  const { results, low, high, language } = props;
  const bars = scaleBars(results.counts);
  return (
    <div className="wk-scale">
      <p className="wk-scale__average">
        <span className="wk-scale__label">{t(language, 'wall.workshop.average')}</span>
        <span className="wk-scale__value" data-figure="">
          {results.average === null ? '–' : formatAverage(results.average, language)}
        </span>
      </p>
      <div className="wk-scale__dist">
        <ol className="wk-columns">
          {bars.map((bar, i) => (
            <li key={i} className="wk-column">
              <span className="wk-column__count" data-figure="">
                {bar.count}
              </span>
              <span className="wk-column__track">
                <span
                  className="wk-column__bar"
                  style={{ height: `${Math.max(bar.length, 2)}%` }}
                />
              </span>
              <span className="wk-column__value" data-figure="">
                {i + 1}
              </span>
            </li>
          ))}
        </ol>
        <p className="wk-scale__ends">
          <span data-clamped="">1 = {low}</span>
          <span data-clamped="">5 = {high}</span>
        </p>
      </div>
    </div>
  );
}

function Ideas({ results, language }: { results: Results<'ideas'>; language: Language }) {
  return (
    <div className="wk-ideas-wrap">
      {results.top.length === 0 ? (
        <p className="wk-note">{t(language, 'wall.workshop.noIdeas')}</p>
      ) : (
        <ol className="wk-ideas">
          {results.top.map((idea) => (
            <li
              key={idea.id}
              className="wk-idea"
              style={{ borderLeftColor: DIMENSION_STYLE[idea.dimension].color }}
            >
              <DimensionIcon dimension={idea.dimension} size="1.1em" />
              <span className="wk-idea__text" data-clamped="">
                {idea.text}
              </span>
              <span className="wk-idea__votes" data-figure="">
                <WallIcon name="thumbUp" size="0.8em" />
                {idea.upvotes}
              </span>
            </li>
          ))}
        </ol>
      )}
      <BigCount
        className="wk-entries"
        template={t(
          language,
          results.count === 1 ? 'wall.workshop.ideasOne' : 'wall.workshop.ideasMany',
        )}
        count={results.count}
      />
    </div>
  );
}

/** What the current activity shows under its title. */
function ActivityBody({ live, language }: { live: WorkshopLive; language: Language }) {
  const { activity, results, answered } = live;
  const answeredCount = (
    <BigCount template={answeredTemplate(language, answered)} count={answered} />
  );
  switch (activity.kind) {
    case 'slide':
      return activity.photoId ? (
        <Photo className="wk-slide__photo" src={boardPhotoUrls(activity.photoId).url} />
      ) : null;
    case 'wordcloud':
      return results?.kind === 'wordcloud' ? (
        <Cloud results={results} language={language} />
      ) : (
        answeredCount
      );
    case 'poll':
      return results?.kind === 'poll' ? (
        <>
          <ChoiceBars
            options={activity.options}
            counts={results.counts}
            voters={results.voters}
            correct={null}
            language={language}
          />
          <BigCount template={answeredTemplate(language, results.voters)} count={results.voters} />
        </>
      ) : (
        <>
          <Options options={activity.options} correct={null} language={language} />
          {answeredCount}
          <p className="wk-note">{t(language, 'wall.workshop.hidden')}</p>
        </>
      );
    case 'quiz': {
      const correct = results?.kind === 'quiz' ? results.correct : activity.correct;
      return results?.kind === 'quiz' ? (
        <>
          <ChoiceBars
            options={activity.options}
            counts={results.counts}
            voters={results.voters}
            correct={correct}
            language={language}
          />
          <BigCount template={answeredTemplate(language, results.voters)} count={results.voters} />
        </>
      ) : (
        <>
          <Options options={activity.options} correct={correct} language={language} />
          {answeredCount}
          {correct === null ? (
            <p className="wk-note">{t(language, 'wall.workshop.quizOpen')}</p>
          ) : null}
        </>
      );
    }
    case 'scale':
      return results?.kind === 'scale' ? (
        <>
          <Scale results={results} low={activity.low} high={activity.high} language={language} />
          {answeredCount}
        </>
      ) : (
        answeredCount
      );
    case 'ideas':
      return results?.kind === 'ideas' ? (
        <Ideas results={results} language={language} />
      ) : (
        answeredCount
      );
    case 'interest_vote':
      return null;
  }
}

/**
 * The workshop on the wall while a session is live (step 1): where the session is, the
 * current activity's title and text, and what the phones answered, as the activity shows it:
 * a slide's photo, the word cloud, a poll's bars (or only how many answered while the results
 * are hidden), a scale's average and distribution, a quiz's options with the correct one
 * marked once closed, the idea board's top five. The interest vote is the vote scene itself.
 * The QR code is large: people scan to take part.
 */
export function WorkshopScene(props: {
  live: WorkshopLive;
  vote: MethodState['vote'];
  language: Language;
  qr: ReactNode;
}) {
  const { live, vote, language, qr } = props;
  if (live.activity.kind === 'interest_vote') {
    return (
      <VoteScene
        voters={vote?.status === 'open' ? vote.voters : live.answered}
        language={language}
        qr={qr}
      />
    );
  }
  const { activity } = live;
  const slide = activity.kind === 'slide';
  return (
    <section
      className={`scene scene--workshop wk wk--${activity.kind}`}
      data-scene="workshop"
      data-activity={activity.kind}
    >
      <div className="wk__main">
        <p className="wk__step">
          <span>{live.title}</span>
          <span className="wk__index">
            {t(language, 'wall.workshop.step', { index: live.index + 1, count: live.count })}
          </span>
          {!live.open && !slide ? (
            <span className="wk__closed">{t(language, 'wall.workshop.closed')}</span>
          ) : null}
        </p>
        <h2 className={slide ? 'wk__title wk__title--slide' : 'wk__title'}>{activity.title}</h2>
        {activity.text ? (
          <p className={slide ? 'wk__text wk__text--slide' : 'wk__text'} data-clamped="">
            {activity.text}
          </p>
        ) : null}
        <div className="wk__body">
          <ActivityBody live={live} language={language} />
        </div>
      </div>
      {qr}
    </section>
  );
}
