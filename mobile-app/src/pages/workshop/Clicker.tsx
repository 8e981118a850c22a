import { boardPhotoUrls } from '@tavla/shared/announcement-rules';
import { useEffect, useRef, useState } from 'react';
import type {
  Dimension,
  Language,
  WorkshopAnswer,
  WorkshopLive,
  WorkshopMine,
} from '@tavla/shared';
import { DIMENSION_STYLE } from '@tavla/shared/dimension-style';
import { dimensionLabel, t } from '@tavla/shared/i18n';
import { WORKSHOP_LIMITS } from '@tavla/shared/workshop';
import { describeError } from '../../api.js';
import { useFetched } from '../../use-fetched.js';
import { newClientId } from '../../client-id.js';
import { DimensionIcon, DimensionPicker } from '../../components/DimensionPicker.js';
import { formatCount } from '../../method-format.js';
import { fetchCurrent, fetchCurrentIdeas, sendAnswer } from './workshop-api.js';
import {
  alreadySent,
  ideaToSend,
  mineFor,
  quizOutcome,
  sameChoices,
  toggleChoice,
  votesLeft,
  wordsLeft,
  wordToSend,
} from './workshop-view.js';
import { answeredText, votesText, WorkshopResults } from './WorkshopResults.js';
import './workshop-messages.js';

type SendState = { state: 'idle' | 'sending' | 'sent' } | { state: 'failed'; error: unknown };

/**
 * Sends this device's answers. Each answer gets its own client id; "try again" sends the same
 * one with the same id, so a retry after a lost reply is stored once.
 */
function useAnswers(boardId: string, activityId: string, onMine: (mine: WorkshopMine) => void) {
  const [send, setSend] = useState<SendState>({ state: 'idle' });
  const last = useRef<{ clientId: string; answer: WorkshopAnswer } | null>(null);
  const onMineRef = useRef(onMine);
  useEffect(() => {
    onMineRef.current = onMine;
  });
  async function post(body: { clientId: string; answer: WorkshopAnswer }): Promise<boolean> {
    last.current = body;
    setSend({ state: 'sending' });
    try {
      onMineRef.current(await sendAnswer(boardId, { ...body, activityId }));
      setSend({ state: 'sent' });
      return true;
    } catch (error) {
      setSend({ state: 'failed', error });
      return false;
    }
  }
  return {
    send,
    answer: (answer: WorkshopAnswer) => post({ clientId: newClientId(), answer }),
    retry: () => (last.current ? post(last.current) : Promise.resolve(false)),
  };
}

function SendLine(props: { send: SendState; language: Language; onRetry: () => void }) {
  const { send, language } = props;
  if (send.state === 'idle') return null;
  if (send.state === 'failed') {
    return (
      <div className="feedback feedback--error" role="alert">
        <p>{describeError(language, send.error)}</p>
        <button type="button" className="small-button" onClick={props.onRetry}>
          {t(language, 'workshop.retry')}
        </button>
      </div>
    );
  }
  return (
    <p className="send-line" role="status">
      {t(language, send.state === 'sending' ? 'workshop.sending' : 'workshop.sent')}
    </p>
  );
}

/**
 * The phone as a clicker: the activity on the wall now, and what this device answers to it.
 * Its own answers come from the server when the activity changes or is reset, and from each
 * answer's reply.
 */
export function Clicker(props: { boardId: string; live: WorkshopLive; language: Language }) {
  const { boardId, live, language } = props;
  const { activity } = live;

  // This device's answers: asked when the activity changes and when the lead resets it (the
  // count of answers drops), not on every tally, so a burst of 1,000 phones does not ask 1,000×.
  const [mine, setMine] = useState<WorkshopMine | null>(null);
  const [resets, setResets] = useState(0);
  const [last, setLast] = useState({ activityId: activity.id, answered: live.answered });
  if (last.activityId !== activity.id || last.answered !== live.answered) {
    setLast({ activityId: activity.id, answered: live.answered });
    if (last.activityId === activity.id && live.answered < last.answered) setResets((n) => n + 1);
  }
  // A slide or the interest vote (whose dots the vote page has) has nothing of the device's.
  const answerable = activity.kind !== 'slide' && activity.kind !== 'interest_vote';
  useEffect(() => {
    if (!answerable) return undefined;
    let current = true;
    fetchCurrent(boardId).then(
      (answer) => {
        if (current) setMine(answer.mine);
      },
      () => {
        // The page still works: what this device answers now comes back with each reply.
      },
    );
    return () => {
      current = false;
    };
  }, [boardId, live.sessionId, activity.id, resets, answerable]);
  const own = mineFor(mine, activity.id);

  return (
    <article className="clicker">
      <p className="clicker__where">
        {t(language, 'workshop.position', { index: live.index + 1, count: live.count })} ·{' '}
        {t(language, `workshop.kind.${activity.kind}`)}
      </p>
      <h2 className="clicker__title">{activity.title}</h2>
      {activity.text ? <p className="clicker__text">{activity.text}</p> : null}
      {!live.open && activity.kind !== 'slide' ? (
        <p className="clicker__closed" role="status">
          {t(language, 'workshop.closed')}
        </p>
      ) : null}
      <ActivityBody
        key={`${live.sessionId}:${activity.id}`}
        boardId={boardId}
        live={live}
        mine={own}
        onMine={setMine}
        language={language}
      />
    </article>
  );
}

/** What a phone does with the activity on now (exported for its rendering tests). */
export function ActivityBody(props: {
  boardId: string;
  live: WorkshopLive;
  mine: WorkshopMine;
  onMine: (mine: WorkshopMine) => void;
  language: Language;
}) {
  const { boardId, live, mine, language } = props;
  const { activity } = live;
  const answers = useAnswers(boardId, activity.id, props.onMine);
  const line = (
    <SendLine send={answers.send} language={language} onRetry={() => void answers.retry()} />
  );
  switch (activity.kind) {
    case 'slide':
      return (
        <>
          {activity.photoId ? (
            <img className="clicker__photo" src={boardPhotoUrls(activity.photoId).url} alt="" />
          ) : null}
          <p className="clicker__hint">{t(language, 'workshop.look')}</p>
        </>
      );
    case 'interest_vote':
      return (
        <>
          <p>{t(language, 'workshop.vote.text')}</p>
          {live.open ? (
            <a className="big-link" href={`/m/b/${boardId}/vote`}>
              {t(language, 'workshop.vote.go')} →
            </a>
          ) : null}
        </>
      );
    case 'wordcloud':
      return <Words live={live} mine={mine} answers={answers} line={line} language={language} />;
    case 'poll':
    case 'quiz':
      return <Choices live={live} mine={mine} answers={answers} line={line} language={language} />;
    case 'scale':
      return (
        <>
          {live.open ? (
            <>
              <p className="clicker__hint">{t(language, 'workshop.scale.pick')}</p>
              <div className="scale-buttons">
                {[1, 2, 3, 4, 5].map((value) => (
                  <button
                    key={value}
                    type="button"
                    className="scale-button"
                    aria-pressed={mine.value === value}
                    disabled={answers.send.state === 'sending'}
                    onClick={() => void answers.answer({ kind: 'scale', value })}
                  >
                    {value}
                  </button>
                ))}
              </div>
              <p className="scale-words">
                <span>{activity.low}</span>
                <span>{activity.high}</span>
              </p>
            </>
          ) : null}
          {mine.value !== null ? (
            <p className="clicker__mine">
              {t(language, 'workshop.scale.yours', { value: mine.value })}
            </p>
          ) : null}
          {line}
          <Shown live={live} language={language} chosen={mine.value === null ? [] : [mine.value]} />
        </>
      );
    case 'ideas':
      return (
        <Ideas
          boardId={boardId}
          live={live}
          mine={mine}
          answers={answers}
          line={line}
          language={language}
        />
      );
  }
}

type Answers = ReturnType<typeof useAnswers>;

/** The results when the screens may show them, else a word on when they will. */
function Shown(props: { live: WorkshopLive; language: Language; chosen?: readonly number[] }) {
  const { live, language } = props;
  if (live.results) {
    return (
      <WorkshopResults
        activity={live.activity}
        results={live.results}
        language={language}
        {...(props.chosen ? { chosen: props.chosen } : {})}
      />
    );
  }
  return (
    <p className="clicker__hint">
      {answeredText(language, live.answered)}
      {live.activity.kind === 'poll' ? ` · ${t(language, 'workshop.waitResults')}` : ''}
    </p>
  );
}

function Words(props: {
  live: WorkshopLive;
  mine: WorkshopMine;
  answers: Answers;
  line: React.ReactNode;
  language: Language;
}) {
  const { live, mine, answers, language } = props;
  const [text, setText] = useState('');
  const left = wordsLeft(mine);
  const typed = wordToSend(text);
  // The same word again would be the same entry: say so instead of sending it.
  const repeated = typed !== null && alreadySent(typed, mine);
  const word = repeated ? null : typed;
  const leftText =
    left === 0
      ? t(language, 'workshop.words.left.none', { max: WORKSHOP_LIMITS.wordsPerDevice })
      : left === 1
        ? t(language, 'workshop.words.left.one')
        : t(language, 'workshop.words.left', { count: formatCount(language, left) });
  return (
    <>
      {live.open && left > 0 ? (
        <form
          className="word-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (word === null || answers.send.state === 'sending') return;
            void answers.answer({ kind: 'word', text: word }).then((ok) => {
              if (ok) setText('');
            });
          }}
        >
          <label className="field__label" htmlFor="workshop-word">
            {t(language, 'workshop.words.label')}
          </label>
          <input
            id="workshop-word"
            type="text"
            autoComplete="off"
            maxLength={WORKSHOP_LIMITS.wordMax}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
          {repeated ? (
            <p className="field__hint" role="status">
              {t(language, 'workshop.words.already')}
            </p>
          ) : null}
          <button
            type="submit"
            className="submit"
            disabled={word === null || answers.send.state === 'sending'}
          >
            {t(language, 'workshop.words.send')}
          </button>
        </form>
      ) : null}
      <p className="clicker__left" aria-live="polite">
        {leftText}
      </p>
      {props.line}
      {mine.words.length > 0 ? (
        <section className="my-words">
          <h3>{t(language, 'workshop.words.mine')}</h3>
          <ul>
            {mine.words.map((w, i) => (
              <li key={i} className="chip chip--mine">
                {w}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <Shown live={live} language={language} />
    </>
  );
}

function Choices(props: {
  live: WorkshopLive;
  mine: WorkshopMine;
  answers: Answers;
  line: React.ReactNode;
  language: Language;
}) {
  const { live, mine, answers, language } = props;
  const { activity } = live;
  const multiple = activity.kind === 'poll' && activity.multiple;
  const options = activity.kind === 'poll' || activity.kind === 'quiz' ? activity.options : [];
  // A multiple choice is put together first and sent with one tap; a single one goes at once.
  const [picked, setPicked] = useState<number[] | null>(null);
  const shown = picked ?? mine.choices;
  const correct = activity.kind === 'quiz' ? activity.correct : null;
  const outcome = activity.kind === 'quiz' ? quizOutcome(correct, mine) : null;
  const sending = answers.send.state === 'sending';
  return (
    <>
      {live.open ? (
        <>
          <p className="clicker__hint">
            {t(
              language,
              activity.kind === 'quiz'
                ? 'workshop.quiz.pick'
                : multiple
                  ? 'workshop.poll.pickMany'
                  : 'workshop.poll.pickOne',
            )}
          </p>
          <div className="choices" role="group" aria-label={activity.title}>
            {options.map((option, i) => (
              <button
                key={i}
                type="button"
                className="choice"
                aria-pressed={shown.includes(i)}
                disabled={sending && !multiple}
                onClick={() => {
                  if (multiple) setPicked(toggleChoice(shown, i, true));
                  else void answers.answer({ kind: 'choice', choices: [i] });
                }}
              >
                <span className="choice__mark" aria-hidden="true">
                  {shown.includes(i) ? '✓' : ''}
                </span>
                {option}
              </button>
            ))}
          </div>
          {multiple ? (
            <button
              type="button"
              className="submit"
              disabled={sending || shown.length === 0 || sameChoices(shown, mine.choices)}
              onClick={() =>
                void answers.answer({ kind: 'choice', choices: shown }).then((ok) => {
                  if (ok) setPicked(null);
                })
              }
            >
              {t(language, 'workshop.poll.send')}
            </button>
          ) : null}
        </>
      ) : null}
      {props.line}
      {outcome !== null && correct !== null ? (
        <div className={`quiz-outcome quiz-outcome--${outcome}`} role="status">
          {outcome === 'none' ? null : (
            <strong>
              {t(language, outcome === 'right' ? 'workshop.quiz.right' : 'workshop.quiz.wrong')}
            </strong>
          )}
          <p>{t(language, 'workshop.quiz.correct', { answer: options[correct] ?? '' })}</p>
        </div>
      ) : null}
      <Shown live={live} language={language} chosen={mine.choices} />
    </>
  );
}

function Ideas(props: {
  boardId: string;
  live: WorkshopLive;
  mine: WorkshopMine;
  answers: Answers;
  line: React.ReactNode;
  language: Language;
}) {
  const { boardId, live, mine, answers, language } = props;
  const [text, setText] = useState('');
  const [dimension, setDimension] = useState<Dimension | null>(null);
  const [asked, setAsked] = useState(0);
  // The list follows the method's updates (a new idea, upvotes) and this device's own writes.
  const { data, failure } = useFetched(
    () => fetchCurrentIdeas(boardId),
    [boardId, live.answered, live.results, asked],
  );
  const ideas = data?.ideas ?? null;

  const idea = ideaToSend(text);
  const left = votesLeft(mine);
  const sending = answers.send.state === 'sending';
  const upvoted = new Set(mine.upvotedIdeaIds);
  const own = new Set(mine.ideaIds);
  return (
    <>
      {live.open ? (
        <form
          className="form idea-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (idea === null || dimension === null || sending) return;
            void answers.answer({ kind: 'idea', text: idea, dimension }).then((ok) => {
              if (!ok) return;
              setText('');
              setDimension(null);
              setAsked((n) => n + 1);
            });
          }}
        >
          <div className="field">
            <label className="field__label" htmlFor="workshop-idea">
              {t(language, 'workshop.ideas.new')}
            </label>
            <textarea
              id="workshop-idea"
              rows={3}
              maxLength={WORKSHOP_LIMITS.ideaMax}
              value={text}
              aria-describedby="workshop-idea-hint"
              onChange={(event) => setText(event.target.value)}
            />
            <span className="field__hint" id="workshop-idea-hint">
              {t(language, 'workshop.ideas.hint', {
                min: WORKSHOP_LIMITS.ideaMin,
                max: WORKSHOP_LIMITS.ideaMax,
              })}
            </span>
          </div>
          <DimensionPicker value={dimension} onChange={setDimension} language={language} />
          {idea !== null && dimension === null ? (
            <p className="field__hint">{t(language, 'workshop.ideas.pickDimension')}</p>
          ) : null}
          <button
            type="submit"
            className="submit"
            disabled={idea === null || dimension === null || sending}
          >
            {t(language, 'workshop.ideas.post')}
          </button>
        </form>
      ) : null}
      {props.line}
      <section className="idea-list">
        <h3>
          {t(language, 'workshop.ideas.list')}
          <span className="idea-list__left" aria-live="polite">
            {t(language, 'workshop.ideas.votesLeft', {
              count: formatCount(language, left),
              max: WORKSHOP_LIMITS.upvotesPerDevice,
            })}
          </span>
        </h3>
        {failure && !ideas ? (
          <p className="feedback feedback--error" role="alert">
            {describeError(language, failure)}
          </p>
        ) : null}
        {ideas && ideas.length === 0 ? <p>{t(language, 'workshop.ideas.none')}</p> : null}
        <ul>
          {(ideas ?? []).map((item) => {
            const on = upvoted.has(item.id);
            return (
              <li
                key={item.id}
                className="idea"
                style={
                  {
                    '--dimension-color': DIMENSION_STYLE[item.dimension].color,
                  } as React.CSSProperties
                }
              >
                <div className="idea__body">
                  <p className="idea__text">{item.text}</p>
                  <p className="idea__meta">
                    <DimensionIcon dimension={item.dimension} />
                    {dimensionLabel(language, item.dimension)}
                    {own.has(item.id) ? (
                      <span className="chip chip--mine">{t(language, 'workshop.ideas.yours')}</span>
                    ) : null}
                    <span>· {votesText(language, item.upvotes)}</span>
                  </p>
                </div>
                <button
                  type="button"
                  className="upvote"
                  aria-pressed={on}
                  aria-label={t(language, 'workshop.ideas.upvoteLabel', { text: item.text })}
                  disabled={!live.open || sending || (!on && left === 0)}
                  onClick={() =>
                    void answers
                      .answer({ kind: 'upvote', ideaId: item.id, on: !on })
                      .then(() => setAsked((n) => n + 1))
                  }
                >
                  {t(language, on ? 'workshop.ideas.upvoted' : 'workshop.ideas.upvote')}
                </button>
              </li>
            );
          })}
        </ul>
      </section>
    </>
  );
}
