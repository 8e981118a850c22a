import { useState } from 'react';
import type { WorkshopSessionSummary, Language } from '@tavla/shared';
import { t } from '@tavla/shared/i18n';
import { describeError } from '../../api.js';
import { Feedback, leadGate, MethodFrame } from '../../components/MethodFrame.js';
import { phoneLanguage, useDocumentLanguage } from '../../language.js';
import { formatCount, formatDate, formatTime } from '../../method-format.js';
import { useFetched } from '../../use-fetched.js';
import { usePhoneBoard } from '../../use-phone-board.js';
import { useViewer } from '../../use-viewer.js';
import { fetchSession, fetchSessionIdeas, fetchSessions, makeSuggestion } from './workshop-api.js';
import { IdeaRows } from './Remote.js';
import { answeredText, WorkshopResults } from './WorkshopResults.js';
import './workshop-messages.js';

/** A kept session's figures: devices taking part, ideas, suggestions made from them. */
function Figures({ session, language }: { session: WorkshopSessionSummary; language: Language }) {
  const count = (n: number, one: Parameters<typeof t>[1], many: Parameters<typeof t>[1]) =>
    n === 1 ? t(language, one) : t(language, many, { count: formatCount(language, n) });
  return (
    <p className="session__figures">
      <span>
        {count(session.devices, 'workshop.session.devices.one', 'workshop.session.devices')}
      </span>
      <span>{count(session.ideas, 'workshop.session.ideas.one', 'workshop.session.ideas')}</span>
      <span>
        {count(
          session.suggestions,
          'workshop.session.suggestions.one',
          'workshop.session.suggestions',
        )}
      </span>
    </p>
  );
}

const when = (language: Language, session: WorkshopSessionSummary) =>
  `${formatDate(language, session.startedAt)} ${formatTime(language, session.startedAt)}`;

/** The board's past workshop sessions, newest first. */
export function SessionsPage({ boardId }: { boardId: string }) {
  const { snapshot } = usePhoneBoard(boardId);
  const viewer = useViewer(boardId);
  const language = phoneLanguage(snapshot?.board.language);
  useDocumentLanguage(language, `${t(language, 'workshop.sessions.title')} · Tavla`);
  const gate = leadGate(viewer, language);
  const { data, failure } = useFetched(gate ? null : () => fetchSessions(boardId), [
    boardId,
    snapshot?.method?.workshop?.sessionId,
  ]);
  return (
    <MethodFrame
      title={t(language, 'workshop.sessions.title')}
      back={`/m/b/${boardId}/workshop`}
      language={language}
    >
      {gate ??
        (failure && !data ? (
          <p className="feedback feedback--error notice-inline" role="alert">
            {describeError(language, failure)}
          </p>
        ) : !data ? (
          <p className="page--notice">{t(language, 'phone.loading')}</p>
        ) : data.sessions.length === 0 ? (
          <p className="page--notice">{t(language, 'workshop.sessions.none')}</p>
        ) : (
          <ul className="sessions">
            {data.sessions.map((session) => (
              <li key={session.id} className="form session">
                <a href={`/m/b/${boardId}/workshop/sessions/${session.id}`}>
                  <strong>{session.title}</strong>
                </a>
                <p className="session__when">
                  {when(language, session)}
                  {session.endedAt === null ? ` · ${t(language, 'workshop.sessions.running')}` : ''}
                </p>
                <Figures session={session} language={language} />
              </li>
            ))}
          </ul>
        ))}
    </MethodFrame>
  );
}

/** One kept session: each activity's final results, and its ideas to make suggestions of. */
export function SessionResultsPage({ boardId, sessionId }: { boardId: string; sessionId: string }) {
  const { snapshot } = usePhoneBoard(boardId);
  const viewer = useViewer(boardId);
  const language = phoneLanguage(snapshot?.board.language);
  useDocumentLanguage(language, `${t(language, 'workshop.session.results')} · Tavla`);
  const gate = leadGate(viewer, language);
  const [asked, setAsked] = useState(0);
  const { data, failure } = useFetched(gate ? null : () => fetchSession(boardId, sessionId), [
    boardId,
    sessionId,
    asked,
  ]);
  const ideas = useFetched(gate ? null : () => fetchSessionIdeas(boardId, sessionId), [
    boardId,
    sessionId,
    asked,
  ]);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  return (
    <MethodFrame
      title={data?.session.title ?? t(language, 'workshop.session.results')}
      back={`/m/b/${boardId}/workshop/sessions`}
      language={language}
    >
      {gate ??
        (failure && !data ? (
          <p className="feedback feedback--error notice-inline" role="alert">
            {describeError(language, failure)}
          </p>
        ) : !data ? (
          <p className="page--notice">{t(language, 'phone.loading')}</p>
        ) : (
          <>
            <section className="form">
              <p className="session__when">{when(language, data.session)}</p>
              <Figures session={data.session} language={language} />
            </section>
            <ol className="session-activities">
              {data.activities.map(({ activity, answered, results }, i) => (
                <li key={activity.id} className="form">
                  <p className="clicker__where">
                    {t(language, 'workshop.position', {
                      index: i + 1,
                      count: data.activities.length,
                    })}{' '}
                    · {t(language, `workshop.kind.${activity.kind}`)}
                  </p>
                  <h2>{activity.title}</h2>
                  {results ? (
                    <WorkshopResults activity={activity} results={results} language={language} />
                  ) : activity.kind === 'slide' ? null : (
                    <p className="field__hint">{answeredText(language, answered)}</p>
                  )}
                </li>
              ))}
            </ol>
            {ideas.data && ideas.data.ideas.length > 0 ? (
              <section className="form">
                <h2>{t(language, 'workshop.session.allIdeas')}</h2>
                <IdeaRows
                  ideas={ideas.data.ideas}
                  language={language}
                  busy={busy}
                  onSuggest={(idea) => {
                    setBusy(true);
                    setMessage(null);
                    makeSuggestion(boardId, idea.id)
                      .then(() => setAsked((n) => n + 1))
                      .catch((error: unknown) =>
                        setMessage({ ok: false, text: describeError(language, error) }),
                      )
                      .finally(() => setBusy(false));
                  }}
                />
                <Feedback message={message} />
              </section>
            ) : null}
          </>
        ))}
    </MethodFrame>
  );
}
