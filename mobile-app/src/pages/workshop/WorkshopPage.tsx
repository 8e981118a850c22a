import { useEffect, useState } from 'react';
import { useLocation } from 'wouter';
import type { Language, WorkshopTemplate } from '@tavla/shared';
import { t } from '@tavla/shared/i18n';
import { describeError } from '../../api.js';
import { Feedback, MethodFrame } from '../../components/MethodFrame.js';
import { phoneLanguage, useDocumentLanguage } from '../../language.js';
import { liveKey, rememberSeenActivity } from '../../live-workshop.js';
import { formatCount } from '../../method-format.js';
import { useFetched } from '../../use-fetched.js';
import { usePhoneBoard } from '../../use-phone-board.js';
import { leadsBoard, useViewer } from '../../use-viewer.js';
import { Clicker } from './Clicker.js';
import { Remote } from './Remote.js';
import { copyTemplate, deleteTemplate, fetchTemplates, startSession } from './workshop-api.js';
import { workshopScreen } from './workshop-view.js';
import './workshop-messages.js';

/** How long "thank you" shows before a phone goes back to the board by itself. */
const BACK_AFTER_MS = 4000;

/**
 * The workshop (step 1) at `/m/b/<id>/workshop`: a phone's clicker for the activity on the wall
 * now; for a lead of the board, the remote while a session runs and the templates to start one
 * otherwise. The live state comes with the board (the method's `workshop` part).
 */
export function WorkshopPage({ boardId }: { boardId: string }) {
  const { snapshot } = usePhoneBoard(boardId);
  const viewer = useViewer(boardId);
  const language = phoneLanguage(snapshot?.board.language);
  useDocumentLanguage(language, `${t(language, 'workshop.title')} · Tavla`);
  const live = snapshot?.method?.workshop ?? null;
  const [sawLive, setSawLive] = useState(false);
  if (live && !sawLive) setSawLive(true);
  const screen = workshopScreen({
    viewer: viewer.kind === 'loading' ? 'loading' : leadsBoard(viewer) ? 'lead' : 'other',
    known: snapshot !== null,
    live,
    sawLive,
  });

  // The board page takes a phone here once per activity; having been here, it leaves it be.
  const key = liveKey(live);
  useEffect(() => {
    if (key !== null && screen === 'clicker') rememberSeenActivity(boardId, key);
  }, [boardId, key, screen]);

  // When the session ends, the phone goes back to its board after a "thank you".
  const [, navigate] = useLocation();
  useEffect(() => {
    if (screen !== 'ended') return undefined;
    const timer = setTimeout(() => navigate(`/b/${boardId}`, { replace: true }), BACK_AFTER_MS);
    return () => clearTimeout(timer);
  }, [screen, boardId, navigate]);

  const title =
    screen === 'remote' || screen === 'start'
      ? t(language, 'workshop.remote.title')
      : t(language, 'workshop.title');
  return (
    <MethodFrame
      title={title}
      back={`/m/b/${boardId}`}
      backLabel="phone.detail.back"
      language={language}
    >
      {screen === 'loading' ? (
        <p className="page--notice">{t(language, 'phone.loading')}</p>
      ) : screen === 'clicker' && live ? (
        <Clicker boardId={boardId} live={live} language={language} />
      ) : screen === 'remote' && live ? (
        <Remote boardId={boardId} live={live} language={language} />
      ) : screen === 'start' ? (
        <StartWorkshop boardId={boardId} language={language} />
      ) : (
        <div className="page--notice" role="status">
          <p>{t(language, screen === 'ended' ? 'workshop.ended' : 'workshop.none')}</p>
          <p>
            <a href={`/m/b/${boardId}`}>{t(language, 'phone.detail.back')}</a>
          </p>
        </div>
      )}
    </MethodFrame>
  );
}

/** The templates a lead can start (built-in ones and the board's copies), copy and edit. */
function StartWorkshop({ boardId, language }: { boardId: string; language: Language }) {
  const [asked, setAsked] = useState(0);
  const { data, failure } = useFetched(() => fetchTemplates(boardId), [boardId, asked]);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const [, navigate] = useLocation();

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setMessage(null);
    try {
      await action();
    } catch (error) {
      setMessage({ ok: false, text: describeError(language, error) });
    } finally {
      setBusy(false);
    }
  }
  const copy = (template: WorkshopTemplate) =>
    run(async () => {
      const made = await copyTemplate(
        boardId,
        template.id,
        t(language, 'workshop.template.copyName', { name: template.name }).slice(0, 80),
      );
      navigate(`/b/${boardId}/workshop/templates/${made.id}`);
    });

  // The board's language first, then the other's, each with its built-in one on top.
  const templates = [...(data?.templates ?? [])].sort(
    (a, b) =>
      Number(b.language === language) - Number(a.language === language) ||
      Number(b.builtIn) - Number(a.builtIn),
  );
  return (
    <>
      <section className="form">
        <h2>{t(language, 'workshop.start.title')}</h2>
        <p className="lead-text">{t(language, 'workshop.start.intro')}</p>
        {failure && !data ? (
          <p className="feedback feedback--error" role="alert">
            {describeError(language, failure)}
          </p>
        ) : null}
        {!data && !failure ? <p>{t(language, 'phone.loading')}</p> : null}
        <ul className="templates">
          {templates.map((template) => (
            <li key={template.id} className="template">
              <p className="template__name">
                <strong>{template.name}</strong>
                {template.builtIn ? (
                  <span className="chip">{t(language, 'workshop.template.builtIn')}</span>
                ) : null}
                <span className="chip">{template.language.toUpperCase()}</span>
              </p>
              <p className="template__meta">
                {t(language, 'workshop.template.meta', {
                  count: formatCount(language, template.activities.length),
                  minutes: formatCount(language, template.minutes),
                })}
              </p>
              <button
                type="button"
                className="submit"
                disabled={busy}
                onClick={() =>
                  void run(async () => {
                    await startSession(boardId, template.id);
                  })
                }
              >
                {t(language, 'workshop.template.start')}
              </button>
              <div className="state-buttons">
                <button
                  type="button"
                  className="small-button"
                  disabled={busy}
                  onClick={() => void copy(template)}
                >
                  {t(language, 'workshop.template.copy')}
                </button>
                {template.builtIn ? null : (
                  <>
                    <a
                      className="small-button"
                      href={`/m/b/${boardId}/workshop/templates/${template.id}`}
                    >
                      {t(language, 'workshop.template.edit')}
                    </a>
                    <button
                      type="button"
                      className="small-button small-button--danger"
                      disabled={busy}
                      onClick={() => setDeleting(template.id)}
                    >
                      {t(language, 'workshop.template.delete')}
                    </button>
                  </>
                )}
              </div>
              {deleting === template.id ? (
                <div className="confirm" role="alertdialog">
                  <p>{t(language, 'workshop.template.deleteConfirm', { name: template.name })}</p>
                  <div className="state-buttons">
                    <button
                      type="button"
                      className="submit"
                      disabled={busy}
                      onClick={() =>
                        void run(async () => {
                          await deleteTemplate(boardId, template.id);
                          setDeleting(null);
                          setAsked((n) => n + 1);
                        })
                      }
                    >
                      {t(language, 'workshop.template.deleteYes')}
                    </button>
                    <button
                      type="button"
                      className="small-button"
                      onClick={() => setDeleting(null)}
                    >
                      {t(language, 'workshop.remote.cancel')}
                    </button>
                  </div>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
        <Feedback message={message} />
      </section>
      <p className="below-form">
        <a href={`/m/b/${boardId}/workshop/sessions`}>{t(language, 'workshop.sessions.title')} →</a>
      </p>
    </>
  );
}
