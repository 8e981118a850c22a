import { type CSSProperties } from 'react';
import type { AnalysisRound, CategoryScore, Dimension, Language } from '@tavla/shared';
import { DIMENSION_STYLE } from '@tavla/shared/dimension-style';
import { DIMENSIONS } from '@tavla/shared/domain';
import { dimensionLabel, t } from '@tavla/shared/i18n';
import { trafficLight, weakestCategories } from '@tavla/shared/method';
import { describeError } from '../../api.js';
import { categoryName } from '../../category-text.js';
import { DimensionIcon } from '../../components/DimensionPicker.js';
import { leadGate, MethodFrame } from '../../components/MethodFrame.js';
import { ShowOnWall } from '../../components/ShowOnWall.js';
import { goalDraftPath } from '../../goal-prefill.js';
import { phoneLanguage, useDocumentLanguage } from '../../language.js';
import { loadDraft, saveDraft } from '../../local-store.js';
import { fetchRound } from '../../method-api.js';
import { formatChange, formatCount, formatDate, formatPercent } from '../../method-format.js';
import { usePhoneBoard } from '../../use-phone-board.js';
import { useFetched } from '../../use-fetched.js';
import { leadsBoard, useViewer } from '../../use-viewer.js';
import '../../method-messages.js';

/** A round's scores: per form, per category with traffic lights, and the weakest three. */
export function AnalysisResultsPage({ boardId, roundId }: { boardId: string; roundId: string }) {
  const { snapshot } = usePhoneBoard(boardId);
  const viewer = useViewer(boardId);
  const language = phoneLanguage(snapshot?.board.language);
  const leads = leadsBoard(viewer);
  useDocumentLanguage(language, `${t(language, 'results.title')} · Tavla`);
  const fetched = useFetched(leads ? () => fetchRound(boardId, roundId) : null, [boardId, roundId]);
  const round = fetched.data?.round ?? null;
  const failure = fetched.failure;

  const gate = leadGate(viewer, language);
  const frame = (children: React.ReactNode) => (
    <MethodFrame
      title={round ? round.name : t(language, 'results.title')}
      back={`/m/b/${boardId}/analysis`}
      backLabel="analysis.backToRounds"
      language={language}
    >
      {children}
    </MethodFrame>
  );
  if (gate) return frame(gate);
  if (!round) {
    return frame(
      failure ? (
        <p className="feedback feedback--error notice-inline" role="alert">
          {describeError(language, failure)}
        </p>
      ) : (
        <p className="page--notice">{t(language, 'phone.loading')}</p>
      ),
    );
  }

  const weakest = weakestCategories(round.scores);
  return frame(
    <>
      <p className="lead-text">
        {round.finishedAt
          ? t(language, 'analysis.finishedOn', { date: formatDate(language, round.finishedAt) })
          : t(language, 'results.notFinished')}
        {round.previous
          ? ` · ${t(language, 'results.comparedWith', { name: round.previous.name })}`
          : ''}
      </p>
      {round.finishedAt ? (
        <ShowOnWall
          boardId={boardId}
          view="analysis"
          wall={snapshot?.method?.wall ?? null}
          language={language}
        />
      ) : null}
      {weakest.length > 0 ? (
        <section className="form">
          <h2>{t(language, 'results.weakest')}</h2>
          <ol className="weakest">
            {weakest.map((score) => (
              <WeakCategory
                key={score.categoryId}
                boardId={boardId}
                score={score}
                language={language}
              />
            ))}
          </ol>
        </section>
      ) : null}
      {DIMENSIONS.map((dimension) => (
        <FormResult key={dimension} dimension={dimension} round={round} language={language} />
      ))}
    </>,
  );
}

function FormResult(props: { dimension: Dimension; round: AnalysisRound; language: Language }) {
  const { dimension, round, language } = props;
  const form = round.forms.find((f) => f.dimension === dimension);
  const scores = round.scores.filter((s) => s.dimension === dimension);
  return (
    <section
      className="form result"
      style={{ '--dimension-color': DIMENSION_STYLE[dimension].color } as CSSProperties}
    >
      <h2 className="result__head">
        <DimensionIcon dimension={dimension} />
        <span>{dimensionLabel(language, dimension)}</span>
        <span className="result__score">
          {form?.percent === null || form?.percent === undefined
            ? '–'
            : formatPercent(language, form.percent)}
        </span>
      </h2>
      <ul className="bars">
        {scores.map((score) => (
          <ScoreBar key={score.categoryId} score={score} language={language} />
        ))}
      </ul>
    </section>
  );
}

/** A category's bar: length and colour from its score, and the number, so colour is not all. */
export function ScoreBar({ score, language }: { score: CategoryScore; language: Language }) {
  const light = score.percent === null ? null : trafficLight(score.percent);
  const change =
    score.percent !== null && score.previousPercent !== null
      ? score.percent - score.previousPercent
      : null;
  return (
    <li className="bar">
      <p className="bar__name">{categoryName(language, score.categoryId)}</p>
      <div className="bar__row">
        <div className="bar__track" aria-hidden="true">
          {score.percent === null ? null : (
            <span
              className={`bar__fill bar__fill--${light ?? 'none'}`}
              style={{ width: `${Math.max(score.percent, 2)}%` }}
            />
          )}
        </div>
        <span className={`bar__value light light--${light ?? 'none'}`}>
          {score.percent === null
            ? t(language, 'results.noScore')
            : formatPercent(language, score.percent)}
        </span>
      </div>
      <p className="bar__meta">
        {light ? <span>{t(language, `results.light.${light}`)}</span> : null}
        {change !== null ? (
          <span className={`change change--${change > 0 ? 'up' : change < 0 ? 'down' : 'same'}`}>
            {formatChange(language, change)}
          </span>
        ) : null}
        {score.dontKnow > 0 ? (
          <span>
            {t(language, 'results.dontKnow', { count: formatCount(language, score.dontKnow) })}
          </span>
        ) : null}
        {score.unanswered > 0 ? (
          <span>
            {t(language, 'results.unanswered', { count: formatCount(language, score.unanswered) })}
          </span>
        ) : null}
      </p>
    </li>
  );
}

function WeakCategory(props: { boardId: string; score: CategoryScore; language: Language }) {
  const { boardId, score, language } = props;
  const name = categoryName(language, score.categoryId);
  // The board page's form starts with this dimension chosen (its draft is kept on the phone).
  const suggest = () => {
    saveDraft(boardId, { ...loadDraft(boardId), dimension: score.dimension });
    window.location.assign(`/m/b/${boardId}`);
  };
  return (
    <li className="weak">
      <p className="weak__name">
        <DimensionIcon dimension={score.dimension} />
        <strong>{name}</strong>{' '}
        <span className={`light light--${trafficLight(score.percent ?? 0)}`}>
          {formatPercent(language, score.percent ?? 0)}
        </span>
      </p>
      <div className="weak__actions">
        <button type="button" className="small-button" onClick={suggest}>
          + {t(language, 'results.suggest')}
        </button>
        <a
          className="small-button"
          href={goalDraftPath(boardId, { dimension: score.dimension, focusArea: name })}
        >
          + {t(language, 'results.goalDraft')}
        </a>
      </div>
    </li>
  );
}
