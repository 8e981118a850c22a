import { useRef, useState } from 'react';
import type { FollowUpLive, FollowUpMine, Language, Note, PulseBody } from '@tavla/shared';
import { FOLLOW_UP_LIMITS, isPhoneStep, NOTE_KINDS } from '@tavla/shared/follow-up-rules';
import { t } from '@tavla/shared/i18n';
import { PULSE_QUESTIONS, type PulseQuestion } from '@tavla/shared/workshop';
import { describeError } from '../../api.js';
import { MethodFrame } from '../../components/MethodFrame.js';
import { phoneLanguage, useDocumentLanguage } from '../../language.js';
import { LatestSaver, type SaveState } from '../../latest-saver.js';
import { formatCount } from '../../method-format.js';
import { useFetched } from '../../use-fetched.js';
import { usePhoneBoard } from '../../use-phone-board.js';
import { fetchCurrent, sendPulse, sendVotes } from './follow-up-api.js';
import { NoteWriter } from './FollowUpParts.js';
import { notesByKind, phoneScreen, pulseText, toggleVote, votesLeft } from './follow-up-view.js';
import './follow-up-messages.js';

/**
 * The follow-up on an employee's phone at `/m/b/<id>/follow-up/live`: in the steps phones
 * answer in, write notes, vote, answer the pulse; in the lead's steps, "look at the wall".
 * It follows the lead live (the board's `method:updated`): the page moves on when the lead does.
 */
export function FollowUpLivePage({ boardId }: { boardId: string }) {
  const { snapshot } = usePhoneBoard(boardId);
  const language = phoneLanguage(snapshot?.board.language);
  useDocumentLanguage(language, `${t(language, 'followUp.title')} · Tavla`);
  const live = snapshot?.method?.followUp.live ?? null;
  const [sawLive, setSawLive] = useState(false);
  if (live && !sawLive) setSawLive(true);
  const screen = phoneScreen({ known: snapshot !== null, live, sawLive });

  // This device's part, and the notes to vote on: asked when the follow-up or its step changes.
  const answerable = live !== null && isPhoneStep(live.step);
  const liveId = live?.id ?? null;
  const { data: current, failure } = useFetched(
    answerable && liveId !== null ? () => fetchCurrent(boardId) : null,
    [boardId, liveId, live?.step],
  );
  const known = current?.live?.id === live?.id ? current : null;

  return (
    <MethodFrame
      title={t(language, 'followUp.title')}
      back={`/m/b/${boardId}`}
      backLabel="phone.detail.back"
      language={language}
    >
      {screen === 'loading' ? (
        <p className="page--notice">{t(language, 'phone.loading')}</p>
      ) : live && answerable ? (
        <article className="fu-live">
          <h2 className="fu-live__title">{t(language, `followUp.live.${screen}`)}</h2>
          {failure && !known ? (
            <p className="feedback feedback--error" role="alert">
              {describeError(language, failure)}
            </p>
          ) : null}
          {screen === 'write' ? (
            <NoteWriter
              key={live.id}
              boardId={boardId}
              followUpId={live.id}
              language={language}
              {...(known ? { serverCount: known.mine.noteIds.length } : {})}
            />
          ) : !known ? (
            failure ? null : (
              <p className="page--notice">{t(language, 'phone.loading')}</p>
            )
          ) : screen === 'vote' ? (
            <VoteNotes
              key={live.id}
              boardId={boardId}
              live={live}
              notes={known.notes ?? []}
              mine={known.mine}
              language={language}
            />
          ) : (
            <PulseAnswers
              key={live.id}
              boardId={boardId}
              live={live}
              mine={known.mine}
              language={language}
            />
          )}
        </article>
      ) : (
        <div className="page--notice" role="status">
          <p>
            {screen === 'watch' && live
              ? t(language, 'followUp.live.watch', {
                  step: t(language, `followUp.step.${live.step}`),
                })
              : t(language, screen === 'ended' ? 'followUp.live.ended' : 'followUp.live.none')}
          </p>
          <p>
            <a href={`/m/b/${boardId}`}>{t(language, 'phone.detail.back')}</a>
          </p>
        </div>
      )}
    </MethodFrame>
  );
}

function SaveLine(props: {
  save: { state: SaveState; error?: unknown };
  language: Language;
  done: string;
  onRetry: () => void;
}) {
  const { save, language } = props;
  if (save.state === 'idle') return null;
  if (save.state === 'failed') {
    return (
      <div className="feedback feedback--error" role="alert">
        <p>{describeError(language, save.error)}</p>
        <button type="button" className="small-button" onClick={props.onRetry}>
          {t(language, 'followUp.note.retry')}
        </button>
      </div>
    );
  }
  return (
    <p className="fu-save" role="status">
      {save.state === 'saving' ? t(language, 'followUp.live.saving') : props.done}
    </p>
  );
}

/** Up to three votes: a tap gives one, a second tap takes it back; the whole set is saved. */
function VoteNotes(props: {
  boardId: string;
  live: FollowUpLive;
  notes: readonly Note[];
  mine: FollowUpMine;
  language: Language;
}) {
  const { boardId, live, language } = props;
  const [chosen, setChosen] = useState<string[]>(() =>
    props.mine.votedNoteIds.filter((id) => props.notes.some((note) => note.id === id)),
  );
  const [save, setSave] = useState<{ state: SaveState; error?: unknown }>({ state: 'idle' });
  const [full, setFull] = useState(false);
  const saver = useRef<LatestSaver<string[], FollowUpMine> | null>(null);
  function tap(noteId: string) {
    const next = toggleVote(chosen, noteId);
    if (next.length === chosen.length && !chosen.includes(noteId)) {
      setFull(true);
      return;
    }
    setFull(false);
    setChosen(next);
    saver.current ??= new LatestSaver(
      (noteIds: string[]) => sendVotes(boardId, live.id, noteIds),
      (state, { error }) => setSave({ state, error }),
    );
    saver.current.save(next);
  }
  const groups = notesByKind(props.notes);
  const left = votesLeft(chosen);
  return (
    <>
      <p className="lead-text">{t(language, 'followUp.vote.tap')}</p>
      <p className="fu-votes-left" role="status">
        <span className="fu-votes-left__dots" aria-hidden="true">
          {Array.from({ length: FOLLOW_UP_LIMITS.votesPerDevice }, (_, at) =>
            at < left ? '●' : '○',
          ).join(' ')}
        </span>{' '}
        {t(language, 'followUp.vote.left', {
          left: formatCount(language, left),
          max: formatCount(language, FOLLOW_UP_LIMITS.votesPerDevice),
        })}
      </p>
      {full ? (
        <p className="feedback feedback--error" role="alert">
          {t(language, 'error.too_many_votes')}
        </p>
      ) : null}
      {props.notes.length === 0 ? (
        <p className="fu-muted">{t(language, 'followUp.vote.none')}</p>
      ) : null}
      {NOTE_KINDS.map((kind) =>
        groups[kind].length === 0 ? null : (
          <section key={kind} className={`fu-group fu-group--${kind}`}>
            <h3>{t(language, `followUp.note.${kind}`)}</h3>
            <ul className="fu-vote-list">
              {groups[kind].map((note) => {
                const on = chosen.includes(note.id);
                return (
                  <li key={note.id}>
                    <button
                      type="button"
                      className={`fu-vote${on ? ' fu-vote--on' : ''}`}
                      aria-pressed={on}
                      onClick={() => tap(note.id)}
                    >
                      <span className="fu-vote__mark" aria-hidden="true">
                        {on ? '●' : '○'}
                      </span>
                      <span className="fu-vote__text">{note.text}</span>
                    </button>
                  </li>
                );
              })}
            </ul>
          </section>
        ),
      )}
      <SaveLine
        save={save}
        language={language}
        done={t(language, 'followUp.live.sent')}
        onRetry={() => saver.current?.retry()}
      />
    </>
  );
}

/** The workshop's two pulse questions, 1–5 each; saved once both are answered (changeable). */
function PulseAnswers(props: {
  boardId: string;
  live: FollowUpLive;
  mine: FollowUpMine;
  language: Language;
}) {
  const { boardId, live, language } = props;
  const [answers, setAnswers] = useState<Partial<PulseBody>>(() => props.mine.pulse ?? {});
  const [save, setSave] = useState<{ state: SaveState; error?: unknown }>({
    state: props.mine.pulse ? 'saved' : 'idle',
  });
  const saver = useRef<LatestSaver<PulseBody, FollowUpMine> | null>(null);
  function pick(question: PulseQuestion, value: number) {
    const next = { ...answers, [question]: value };
    setAnswers(next);
    if (next.involved === undefined || next.contribute === undefined) return;
    saver.current ??= new LatestSaver(
      (body: PulseBody) => sendPulse(boardId, live.id, body),
      (state, { error }) => setSave({ state, error }),
    );
    saver.current.save({ involved: next.involved, contribute: next.contribute });
  }
  return (
    <>
      {PULSE_QUESTIONS.map((question) => {
        const text = pulseText(language, question);
        return (
          <fieldset key={question} className="fu-question">
            <legend className="fu-question__title">{text.title}</legend>
            <div className="fu-scale">
              {[1, 2, 3, 4, 5].map((value) => (
                <button
                  key={value}
                  type="button"
                  className="fu-scale__button"
                  aria-pressed={answers[question] === value}
                  onClick={() => pick(question, value)}
                >
                  {value}
                </button>
              ))}
            </div>
            <p className="fu-scale__words">
              <span>1 = {text.low}</span>
              <span>5 = {text.high}</span>
            </p>
          </fieldset>
        );
      })}
      <SaveLine
        save={save}
        language={language}
        done={t(language, 'followUp.live.pulseSaved')}
        onRetry={() => saver.current?.retry()}
      />
    </>
  );
}
