import '../../method-messages.js';
import { useEffect, useRef, useState, type CSSProperties } from 'react';
import { Link } from 'wouter';
import type {
  AnalysisAnswer,
  AnalysisQuestion,
  AnalysisRound,
  AnswerBody,
  Language,
} from '@tavla/shared';
import { DIMENSION_STYLE } from '@tavla/shared/dimension-style';
import { dimensionLabel, t } from '@tavla/shared/i18n';
import {
  isAnalysisCategory,
  type AnalysisCategoryId,
  type AnswerValue,
} from '@tavla/shared/method';
import { describeError } from '../../api.js';
import { DimensionIcon } from '../../components/DimensionPicker.js';
import { leadGate, MethodFrame } from '../../components/MethodFrame.js';
import { phoneLanguage, useDocumentLanguage } from '../../language.js';
import { LatestSaver, type SaveState } from '../../latest-saver.js';
import { fetchQuestions, fetchRound, finishRound, saveAnswer } from '../../method-api.js';
import { formatCount, formatDate, formatTime } from '../../method-format.js';
import { usePhoneBoard } from '../../use-phone-board.js';
import { useFetched } from '../../use-fetched.js';
import { leadsBoard, useViewer } from '../../use-viewer.js';
import { answerOptions, SKIP_OPTIONS, type AnswerOption } from './answer-options.js';
import {
  CATEGORY_ORDER,
  neighbours,
  roundProgress,
  unansweredCategories,
} from './round-progress.js';

/** An answer as this screen shows it: the server's, or the one just tapped on its way there. */
type ShownAnswer = Pick<AnalysisAnswer, 'value' | 'comment' | 'answeredBy' | 'answeredAt'>;
type Saves = Record<string, { state: SaveState; error?: unknown }>;

/**
 * One category of an analysis round per screen: its questions with big answer buttons, each
 * tap saved at once. Colleagues' answers come in each time a category opens.
 */
export function AnalysisFormPage(props: { boardId: string; roundId: string; categoryId: string }) {
  const { boardId, roundId } = props;
  const { snapshot } = usePhoneBoard(boardId);
  const viewer = useViewer(boardId);
  const language = phoneLanguage(snapshot?.board.language);
  const leads = leadsBoard(viewer);
  const myName = viewer.kind === 'user' ? viewer.user.displayName : '';
  const categoryId = isAnalysisCategory(props.categoryId) ? props.categoryId : null;

  const [round, setRound] = useState<AnalysisRound | null>(null);
  const [answers, setAnswers] = useState<Record<string, ShownAnswer>>({});
  const [saves, setSaves] = useState<Saves>({});
  const [roundFailure, setFailure] = useState<unknown>(null);
  const savers = useRef(new Map<string, LatestSaver<AnswerBody, AnalysisRound>>());

  const asked = useFetched(leads ? () => fetchQuestions(boardId) : null, [boardId]);
  const bank = asked.data;
  const failure: unknown = asked.failure ?? roundFailure;

  // Fetched again for every category, so what colleagues answered meanwhile shows up. An answer
  // this screen is still saving (or failed to) stays as the user tapped it.
  useEffect(() => {
    if (!leads) return;
    let current = true;
    fetchRound(boardId, roundId)
      .then((detail) => {
        if (!current) return;
        setRound(detail.round);
        setAnswers((shown) => {
          const next: Record<string, ShownAnswer> = {};
          for (const answer of detail.answers) next[answer.questionId] = answer;
          for (const [id, saver] of savers.current) {
            const mine = shown[id];
            if (saver.unsettled && mine) next[id] = mine;
          }
          return next;
        });
      })
      .catch((error: unknown) => {
        if (current) setFailure(error ?? new Error('failed'));
      });
    return () => {
      current = false;
    };
  }, [boardId, roundId, categoryId, leads]);

  // In braces: Chromium's scrollTo returns a promise, which React would take for a cleanup.
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [categoryId]);

  const categories =
    bank?.forms.flatMap((form) =>
      form.categories.map((category) => ({ ...category, dimension: form.dimension })),
    ) ?? [];
  const category = categories.find((c) => c.id === categoryId) ?? null;
  const title = round?.name ?? t(language, 'analysis.title');
  useDocumentLanguage(language, `${title} · Tavla`);

  function saverFor(questionId: string) {
    let saver = savers.current.get(questionId);
    if (!saver) {
      saver = new LatestSaver(
        (body: AnswerBody) => saveAnswer(boardId, roundId, questionId, body),
        (state, { result, error }) => {
          setSaves((current) => ({ ...current, [questionId]: { state, error } }));
          if (result) setRound(result);
        },
      );
      savers.current.set(questionId, saver);
    }
    return saver;
  }

  function answer(question: AnalysisQuestion, value: AnswerValue, comment: string | null) {
    const trimmed = comment?.trim() ? comment.trim() : null;
    setAnswers((current) => ({
      ...current,
      [question.id]: {
        value,
        comment: trimmed,
        answeredBy: myName,
        answeredAt: new Date().toISOString(),
      },
    }));
    saverFor(question.id).save({ value, comment: trimmed });
  }

  const gate = leadGate(viewer, language);
  const back = `/m/b/${boardId}/analysis`;
  if (gate || !categoryId || (failure && (!bank || !round)) || !bank || !round || !category) {
    return (
      <MethodFrame title={title} back={back} backLabel="analysis.backToRounds" language={language}>
        {gate ??
          (!categoryId || (bank && round && !category) ? (
            <p className="page--notice">{t(language, 'method.missing')}</p>
          ) : failure ? (
            <p className="feedback feedback--error notice-inline" role="alert">
              {describeError(language, failure)}
            </p>
          ) : (
            <p className="page--notice">{t(language, 'phone.loading')}</p>
          ))}
      </MethodFrame>
    );
  }

  const { index, previous, next } = neighbours(category.id);
  const open = round.finishedAt === null;
  const { answered, questions } = roundProgress(round);
  const categoryPath = (id: AnalysisCategoryId) => `/b/${boardId}/analysis/${roundId}/${id}`;
  const anySaving = Object.values(saves).some((s) => s.state === 'saving');

  return (
    <MethodFrame title={title} back={back} backLabel="analysis.backToRounds" language={language}>
      <section
        className="category-head"
        style={{ '--dimension-color': DIMENSION_STYLE[category.dimension].color } as CSSProperties}
      >
        <p className="category-head__meta">
          <DimensionIcon dimension={category.dimension} />
          {dimensionLabel(language, category.dimension)}
          {' · '}
          {t(language, 'analysis.categoryOf', {
            n: formatCount(language, index + 1),
            total: formatCount(language, CATEGORY_ORDER.length),
          })}
        </p>
        <h2>{category.name[language]}</h2>
        <p className="category-head__progress">
          {t(language, 'analysis.progress', {
            answered: formatCount(language, answered),
            questions: formatCount(language, questions),
          })}
        </p>
      </section>
      {!open ? (
        <p className="hint">
          {t(language, 'analysis.roundFinished')}{' '}
          <a href={`/m/b/${boardId}/analysis/${roundId}/results`}>
            {t(language, 'analysis.results')}
          </a>
        </p>
      ) : null}
      {category.questions.length === 0 ? (
        <p className="list__empty notice-inline">{t(language, 'analysis.noQuestions')}</p>
      ) : null}
      {category.questions.map((question, n) => (
        <QuestionCard
          key={question.id}
          number={n + 1}
          question={question}
          shown={answers[question.id] ?? null}
          save={saves[question.id] ?? { state: 'idle' }}
          disabled={!open}
          language={language}
          onAnswer={(value, comment) => answer(question, value, comment)}
          onRetry={() => saverFor(question.id).retry()}
        />
      ))}
      <nav className="form-nav" aria-label={t(language, 'analysis.categories')}>
        {previous ? (
          <Link className="nav-button" href={categoryPath(previous)}>
            ← {t(language, 'analysis.previous')}
          </Link>
        ) : (
          <span />
        )}
        {next ? (
          <Link className="nav-button nav-button--next" href={categoryPath(next)}>
            {t(language, 'analysis.next')} →
          </Link>
        ) : null}
      </nav>
      {!next && open ? (
        <FinishRound
          boardId={boardId}
          round={round}
          names={Object.fromEntries(categories.map((c) => [c.id, c.name[language]]))}
          saving={anySaving}
          language={language}
          categoryPath={categoryPath}
        />
      ) : null}
    </MethodFrame>
  );
}

function QuestionCard(props: {
  number: number;
  question: AnalysisQuestion;
  shown: ShownAnswer | null;
  save: { state: SaveState; error?: unknown };
  disabled: boolean;
  language: Language;
  onAnswer: (value: AnswerValue, comment: string | null) => void;
  onRetry: () => void;
}) {
  const { question, shown, save, disabled, language } = props;
  const [comment, setComment] = useState<string | null>(null);
  const commentText = comment ?? shown?.comment ?? '';
  const button = (option: AnswerOption) => {
    const chosen = shown?.value === option.value;
    return (
      <button
        key={String(option.value)}
        type="button"
        className={`answer${option.step === null ? '' : ' answer--step'}`}
        aria-pressed={chosen}
        disabled={disabled}
        onClick={() => props.onAnswer(option.value, commentText)}
      >
        {option.step === null ? null : <span className="answer__step">{option.step}</span>}
        <span className="answer__label">{t(language, option.label)}</span>
        {chosen ? (
          <span className="answer__tick" aria-hidden="true">
            ✓
          </span>
        ) : null}
      </button>
    );
  };

  // A comment is saved with the answer; typed before one, it goes with the first tap.
  const saveComment = () => {
    if (comment === null || !shown || comment.trim() === (shown.comment ?? '')) return;
    props.onAnswer(shown.value, comment);
  };

  return (
    <article className="question" aria-labelledby={`q-${question.id}`}>
      <h3 className="question__text" id={`q-${question.id}`}>
        {props.number}. {question.text[language]}
      </h3>
      <details className="question__help">
        <summary>{t(language, 'analysis.help')}</summary>
        <p>{question.help[language]}</p>
      </details>
      <div className={`answers answers--${question.type}`}>
        {answerOptions(question.type).map(button)}
      </div>
      <div className="answers answers--skip">{SKIP_OPTIONS.map(button)}</div>
      <details className="question__comment" open={Boolean(shown?.comment) || undefined}>
        <summary>{t(language, 'analysis.comment')}</summary>
        <textarea
          rows={2}
          maxLength={500}
          disabled={disabled}
          aria-label={t(language, 'analysis.comment')}
          value={commentText}
          onChange={(e) => setComment(e.target.value)}
          onBlur={saveComment}
        />
        {!shown && commentText.trim() ? (
          <span className="field__hint">{t(language, 'analysis.commentWithAnswer')}</span>
        ) : null}
      </details>
      <SaveLine save={save} shown={shown} language={language} onRetry={props.onRetry} />
    </article>
  );
}

function SaveLine(props: {
  save: { state: SaveState; error?: unknown };
  shown: ShownAnswer | null;
  language: Language;
  onRetry: () => void;
}) {
  const { save, shown, language } = props;
  if (save.state === 'saving') {
    return (
      <p className="save-line save-line--saving" role="status">
        {t(language, 'method.saving')}
      </p>
    );
  }
  if (save.state === 'failed') {
    return (
      <p className="save-line save-line--failed" role="alert">
        <span>
          ✗ {t(language, 'method.notSaved')} {describeError(language, save.error)}
        </span>
        <button type="button" className="small-button" onClick={props.onRetry}>
          {t(language, 'method.retry')}
        </button>
      </p>
    );
  }
  if (!shown) return <p className="save-line">{t(language, 'analysis.unanswered')}</p>;
  const when = new Date(shown.answeredAt);
  const today = new Date().toDateString() === when.toDateString();
  return (
    <p className={`save-line${save.state === 'saved' ? ' save-line--saved' : ''}`} role="status">
      {save.state === 'saved' ? `✓ ${t(language, 'method.saved')} · ` : ''}
      {t(language, 'analysis.answeredBy', {
        name: shown.answeredBy,
        when: today
          ? formatTime(language, shown.answeredAt)
          : formatDate(language, shown.answeredAt),
      })}
    </p>
  );
}

function FinishRound(props: {
  boardId: string;
  round: AnalysisRound;
  names: Record<string, string>;
  saving: boolean;
  language: Language;
  categoryPath: (id: AnalysisCategoryId) => string;
}) {
  const { boardId, round, names, language } = props;
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const left = unansweredCategories(round.scores);
  const total = left.reduce((sum, c) => sum + c.unanswered, 0);

  async function finish() {
    setBusy(true);
    setError(null);
    try {
      await finishRound(boardId, round.id);
      window.location.assign(`/m/b/${boardId}/analysis/${round.id}/results`);
    } catch (failure) {
      setError(describeError(language, failure));
      setBusy(false);
    }
  }

  return (
    <section className="form finish">
      {!asking ? (
        <button type="button" className="submit" onClick={() => setAsking(true)}>
          {t(language, 'analysis.finish')}
        </button>
      ) : (
        <>
          <h2>{t(language, 'analysis.finishConfirm')}</h2>
          {total === 0 ? (
            <p>{t(language, 'analysis.allAnswered')}</p>
          ) : (
            <>
              <p>
                {t(language, 'analysis.unansweredLeft', { count: formatCount(language, total) })}
              </p>
              <ul className="unanswered">
                {left.map((c) => (
                  <li key={c.categoryId}>
                    <Link href={props.categoryPath(c.categoryId)}>
                      {names[c.categoryId] ?? c.categoryId}
                    </Link>{' '}
                    · {formatCount(language, c.unanswered)}
                  </li>
                ))}
              </ul>
            </>
          )}
          <p className="field__hint">{t(language, 'analysis.finishHint')}</p>
          <div className="state-buttons">
            <button
              type="button"
              className="submit"
              disabled={busy || props.saving}
              onClick={() => void finish()}
            >
              {t(language, props.saving ? 'method.saving' : 'analysis.finishYes')}
            </button>
            <button type="button" className="small-button" onClick={() => setAsking(false)}>
              {t(language, 'method.cancel')}
            </button>
          </div>
          {error ? (
            <p className="feedback feedback--error" role="alert">
              {error}
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
