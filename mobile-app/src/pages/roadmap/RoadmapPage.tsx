import type { Language, RoadmapStep } from '@tavla/shared';
import { t } from '@tavla/shared/i18n';
import type { RoadmapStatus } from '@tavla/shared/method';
import { describeError } from '../../api.js';
import ExportLinks from '../../components/ExportLinks.js';
import { leadGate, MethodFrame } from '../../components/MethodFrame.js';
import { phoneLanguage, useDocumentLanguage } from '../../language.js';
import { fetchRoadmap } from '../../method-api.js';
import { usePhoneBoard } from '../../use-phone-board.js';
import { useFetched } from '../../use-fetched.js';
import { leadsBoard, useViewer } from '../../use-viewer.js';
import '../../method-messages.js';
import '../../report-messages.js';

/** A path the phone app can open (the server names one for "what next"); anything else is text. */
export const appPath = (path: string | null): string | null =>
  path !== null && /^\/m\/[A-Za-z0-9_\-/?=&%.]*$/.test(path) ? path : null;

/** The seven steps of the method for one board: where it stands and what to do next. */
export function RoadmapPage({ boardId }: { boardId: string }) {
  const { snapshot } = usePhoneBoard(boardId);
  const viewer = useViewer(boardId);
  const language = phoneLanguage(snapshot?.board.language);
  useDocumentLanguage(language, `${t(language, 'roadmap.title')} · Tavla`);
  const leads = leadsBoard(viewer);
  // Asked again whenever the method or the goals change, so the steps follow live.
  const { data: roadmap, failure } = useFetched(leads ? () => fetchRoadmap(boardId) : null, [
    boardId,
    snapshot?.method,
    snapshot?.goals,
  ]);

  const title = snapshot
    ? `${t(language, 'roadmap.title')} · ${snapshot.board.name}`
    : t(language, 'roadmap.title');
  const gate = leadGate(viewer, language);
  return (
    <MethodFrame
      title={title}
      back={`/m/b/${boardId}`}
      backLabel="phone.detail.back"
      language={language}
    >
      {gate ?? (
        <>
          {failure && !roadmap ? (
            <p className="feedback feedback--error notice-inline" role="alert">
              {describeError(language, failure)}
            </p>
          ) : null}
          {roadmap ? (
            <p className="roadmap-report">
              <a className="button-link" href={`/m/b/${boardId}/report`}>
                {t(language, 'report.link')} →
              </a>
            </p>
          ) : null}
          {roadmap ? (
            <ol className="roadmap">
              {[...roadmap.steps]
                .sort((a, b) => a.step - b.step)
                .map((step) => (
                  <StepItem key={step.key} step={step} language={language} />
                ))}
            </ol>
          ) : failure ? null : (
            <p className="page--notice">{t(language, 'phone.loading')}</p>
          )}
          <ExportLinks boardId={boardId} language={language} />
        </>
      )}
    </MethodFrame>
  );
}

/** A state drawn as a shape as well as a colour: empty ring, half-filled ring, tick. */
export function StatusMark({ status }: { status: RoadmapStatus }) {
  return (
    <svg className="status-mark" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      {status === 'done' ? (
        <>
          <circle cx="12" cy="12" r="11" fill="currentColor" />
          <path d="M6.5 12.5l3.5 3.5 7.5-8" fill="none" stroke="#fff" strokeWidth="2.6" />
        </>
      ) : status === 'in_progress' ? (
        <>
          <circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" strokeWidth="2.5" />
          <path d="M12 2a10 10 0 0 1 0 20z" fill="currentColor" />
        </>
      ) : (
        <circle
          cx="12"
          cy="12"
          r="10"
          fill="none"
          stroke="currentColor"
          strokeWidth="2.5"
          strokeDasharray="4 3"
        />
      )}
    </svg>
  );
}

function StepItem({ step, language }: { step: RoadmapStep; language: Language }) {
  const path = appPath(step.next?.path ?? null);
  return (
    <li
      className={`roadmap__step roadmap__step--${step.status}${
        step.available ? '' : ' roadmap__step--unavailable'
      }`}
    >
      <span className="roadmap__mark">
        <StatusMark status={step.status} />
      </span>
      <div className="roadmap__body">
        <h2>
          {step.step}. {t(language, `roadmap.step.${step.key}`)}
        </h2>
        <p className="roadmap__status">
          {t(language, `roadmap.status.${step.status}`)}
          {step.available ? '' : ` · ${t(language, 'roadmap.notYet')}`}
        </p>
        {step.summary ? <p className="roadmap__summary">{step.summary}</p> : null}
        {step.next ? (
          path && step.available ? (
            <a className="button-link" href={path}>
              {step.next.label} →
            </a>
          ) : (
            <p className="roadmap__next">{step.next.label}</p>
          )
        ) : null}
      </div>
    </li>
  );
}
