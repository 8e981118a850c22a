import { useState, type SubmitEvent } from 'react';
import type { AnalysisRound, Language } from '@tavla/shared';
import { t } from '@tavla/shared/i18n';
import { describeError } from '../../api.js';
import { leadGate, MethodFrame } from '../../components/MethodFrame.js';
import { phoneLanguage, useDocumentLanguage } from '../../language.js';
import { fetchRounds, startRound } from '../../method-api.js';
import { formatCount, formatDate, formatPercent } from '../../method-format.js';
import { usePhoneBoard } from '../../use-phone-board.js';
import { useFetched } from '../../use-fetched.js';
import { isAdmin, leadsBoard, useViewer } from '../../use-viewer.js';
import { defaultRoundName, resumeCategory, roundProgress } from './round-progress.js';
import '../../method-messages.js';

export const roundPath = (boardId: string, roundId: string) =>
  `/m/b/${boardId}/analysis/${roundId}`;

/** The board's analysis rounds: the open one to continue, finished ones to look back at. */
export function AnalysisPage({ boardId }: { boardId: string }) {
  const { snapshot } = usePhoneBoard(boardId);
  const viewer = useViewer(boardId);
  const language = phoneLanguage(snapshot?.board.language);
  useDocumentLanguage(language, `${t(language, 'analysis.title')} · Tavla`);
  const leads = leadsBoard(viewer);
  const [started, setStarted] = useState(0);
  const fetched = useFetched(leads ? () => fetchRounds(boardId) : null, [boardId, started]);
  const rounds = fetched.data?.rounds ?? null;
  const failure = fetched.failure;

  const open = rounds?.find((round) => round.finishedAt === null) ?? null;
  const finished = rounds?.filter((round) => round.finishedAt !== null) ?? [];
  const gate = leadGate(viewer, language);
  return (
    <MethodFrame
      title={t(language, 'analysis.title')}
      back={`/m/b/${boardId}/roadmap`}
      backLabel="roadmap.back"
      language={language}
    >
      {gate ?? (
        <>
          <p className="lead-text">{t(language, 'analysis.intro')}</p>
          {failure && !rounds ? (
            <p className="feedback feedback--error notice-inline" role="alert">
              {describeError(language, failure)}
            </p>
          ) : null}
          {rounds === null && !failure ? (
            <p className="page--notice">{t(language, 'phone.loading')}</p>
          ) : null}
          {open ? <OpenRound boardId={boardId} round={open} language={language} /> : null}
          {rounds !== null && !open ? (
            <NewRound
              boardId={boardId}
              language={language}
              onStarted={() => setStarted((n) => n + 1)}
            />
          ) : null}
          {finished.length > 0 ? (
            <section className="list">
              <h2>{t(language, 'analysis.finishedRounds')}</h2>
              <ul>
                {finished.map((round) => (
                  <FinishedRound
                    key={round.id}
                    boardId={boardId}
                    round={round}
                    language={language}
                  />
                ))}
              </ul>
            </section>
          ) : null}
          {isAdmin(viewer) ? (
            <p className="below-form">
              <a href={`/m/b/${boardId}/analysis/questions`}>{t(language, 'bank.link')}</a>
            </p>
          ) : null}
        </>
      )}
    </MethodFrame>
  );
}

function OpenRound(props: { boardId: string; round: AnalysisRound; language: Language }) {
  const { boardId, round, language } = props;
  const { answered, questions } = roundProgress(round);
  const share = questions === 0 ? 0 : Math.round((answered / questions) * 100);
  return (
    <section className="form">
      <h2>{round.name}</h2>
      <p className="item__meta">
        {t(language, 'analysis.startedOn', { date: formatDate(language, round.startedAt) })}
      </p>
      <div className="progress" aria-hidden="true">
        <span style={{ width: `${share}%` }} />
      </div>
      <p className="progress__text">
        {t(language, 'analysis.progress', {
          answered: formatCount(language, answered),
          questions: formatCount(language, questions),
        })}{' '}
        ({formatPercent(language, share)})
      </p>
      <a
        className="button-link button-link--big"
        href={`${roundPath(boardId, round.id)}/${resumeCategory(round.scores)}`}
      >
        {t(language, answered === 0 ? 'analysis.begin' : 'analysis.continue')} →
      </a>
    </section>
  );
}

function FinishedRound(props: { boardId: string; round: AnalysisRound; language: Language }) {
  const { boardId, round, language } = props;
  return (
    <li className="item">
      <p className="item__text">
        <strong>{round.name}</strong>
      </p>
      <p className="item__meta">
        {t(language, 'analysis.finishedOn', {
          date: formatDate(language, round.finishedAt ?? round.startedAt),
        })}
      </p>
      <p className="item__actions">
        <a className="button-link" href={`${roundPath(boardId, round.id)}/results`}>
          {t(language, 'analysis.results')} →
        </a>
      </p>
    </li>
  );
}

function NewRound(props: {
  boardId: string;
  language: Language;
  onStarted: (round: AnalysisRound) => void;
}) {
  const { boardId, language } = props;
  const [name, setName] = useState(() =>
    defaultRoundName(t(language, 'analysis.defaultName'), new Date()),
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy || name.trim() === '') return;
    setBusy(true);
    setError(null);
    try {
      const round = await startRound(boardId, name.trim());
      props.onStarted(round);
      window.location.assign(`${roundPath(boardId, round.id)}/${resumeCategory(round.scores)}`);
    } catch (failure) {
      setError(describeError(language, failure));
      setBusy(false);
    }
  }

  return (
    <form className="form" onSubmit={(event) => void submit(event)}>
      <h2>{t(language, 'analysis.new')}</h2>
      <p className="field__hint">{t(language, 'analysis.newHint')}</p>
      <label className="field">
        <span className="field__label">{t(language, 'analysis.name')}</span>
        <input
          name="roundName"
          maxLength={80}
          value={name}
          onChange={(e) => setName(e.target.value)}
          required
        />
      </label>
      <button className="submit" type="submit" disabled={busy}>
        {t(language, 'analysis.start')}
      </button>
      {error ? (
        <p className="feedback feedback--error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
