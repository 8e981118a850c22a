import type { FollowUpSummary, Language } from '@tavla/shared';
import { SMALL_GROUP_MIN } from '@tavla/shared/follow-up-rules';
import { t } from '@tavla/shared/i18n';
import { describeError } from '../../api.js';
import { leadGate, MethodFrame } from '../../components/MethodFrame.js';
import { phoneLanguage, useDocumentLanguage } from '../../language.js';
import { formatDate } from '../../method-format.js';
import { useFetched } from '../../use-fetched.js';
import { usePhoneBoard } from '../../use-phone-board.js';
import { leadsBoard, useViewer } from '../../use-viewer.js';
import { fetchActions, fetchFollowUp, fetchFollowUps } from './follow-up-api.js';
import { ActionLine, FollowUpRecord, formatDay } from './FollowUpParts.js';
import { counted, formatMean, pathOf, pulseTrend } from './follow-up-view.js';
import './follow-up-messages.js';

function Failure({ failure, language }: { failure: unknown; language: Language }) {
  return (
    <p className="feedback feedback--error notice-inline" role="alert">
      {describeError(language, failure)}
    </p>
  );
}

/**
 * The kept follow-ups at `/m/b/<id>/follow-ups` (lead): newest first, the pulse over time, the
 * next follow-up's date and the open actions.
 */
export function FollowUpsPage({ boardId }: { boardId: string }) {
  const { snapshot } = usePhoneBoard(boardId);
  const viewer = useViewer(boardId);
  const language = phoneLanguage(snapshot?.board.language);
  useDocumentLanguage(language, `${t(language, 'followUp.kept.title')} · Tavla`);
  const leads = leadsBoard(viewer);
  const followUp = snapshot?.method?.followUp;
  // Asked again when a follow-up starts or ends, or the actions change (by content: the method
  // state brings a new array on every update, a note or a vote too).
  const deps = [
    boardId,
    followUp?.latest?.id,
    followUp?.live?.id,
    JSON.stringify(followUp?.actions ?? null),
  ];
  const list = useFetched(leads ? () => fetchFollowUps(boardId) : null, deps);
  const actions = useFetched(leads ? () => fetchActions(boardId) : null, deps);
  const gate = leadGate(viewer, language);
  return (
    <MethodFrame
      title={t(language, 'followUp.kept.title')}
      back={`/m/b/${boardId}/follow-up`}
      language={language}
    >
      {gate ?? (
        <>
          {list.failure && !list.data ? (
            <Failure failure={list.failure} language={language} />
          ) : null}
          {list.data ? (
            <>
              <p className="fu-next">
                <strong>
                  {list.data.nextDate
                    ? t(language, 'followUp.list.next', {
                        date: formatDay(language, list.data.nextDate),
                      })
                    : t(language, 'followUp.list.noNext')}
                </strong>
              </p>
              <section className="fu-part">
                <h2>{t(language, 'followUp.list.trend')}</h2>
                <PulseTrendChart followUps={list.data.followUps} language={language} />
              </section>
              <section className="fu-part">
                <h2>{t(language, 'followUp.kept.title')}</h2>
                {list.data.followUps.length === 0 ? (
                  <p className="fu-muted">{t(language, 'followUp.list.none')}</p>
                ) : (
                  <ul className="fu-kept">
                    {list.data.followUps.map((summary) => (
                      <KeptItem
                        key={summary.id}
                        boardId={boardId}
                        summary={summary}
                        language={language}
                      />
                    ))}
                  </ul>
                )}
              </section>
            </>
          ) : list.failure ? null : (
            <p className="page--notice">{t(language, 'phone.loading')}</p>
          )}
          <section className="fu-part">
            <h2>{t(language, 'followUp.list.openActions')}</h2>
            {actions.failure && !actions.data ? (
              <Failure failure={actions.failure} language={language} />
            ) : null}
            {actions.data ? (
              actions.data.actions.length === 0 ? (
                <p className="fu-muted">{t(language, 'followUp.list.noActions')}</p>
              ) : (
                <ul className="fu-actions">
                  {actions.data.actions.map((action) => (
                    <li key={action.id} className="fu-action">
                      <ActionLine action={action} language={language} />
                    </li>
                  ))}
                </ul>
              )
            ) : null}
          </section>
        </>
      )}
    </MethodFrame>
  );
}

function KeptItem(props: { boardId: string; summary: FollowUpSummary; language: Language }) {
  const { boardId, summary, language } = props;
  return (
    <li className="fu-kept__item">
      <a href={`/m/b/${boardId}/follow-ups/${summary.id}`}>
        <span className="fu-kept__head">
          <strong>{formatDate(language, summary.startedAt)}</strong> ·{' '}
          {t(language, `followUp.kind.${summary.kind}`)}
          {summary.endedAt ? '' : ` · ${t(language, 'followUp.record.running')}`}
        </span>
        <span className="fu-kept__learning">
          {summary.learning || t(language, 'followUp.record.noLearning')}
        </span>
        <span className="fu-kept__counts">
          {t(language, 'followUp.list.counts', {
            notes: counted(language, 'notes', summary.notes),
            actions: counted(language, 'actions', summary.newActions),
          })}
          {/* A monthly follow-up asks no pulse. */}
          {summary.kind === 'monthly'
            ? null
            : ` · ${t(language, 'followUp.pulse.respondents', {
                devices: counted(language, 'devices', summary.pulse.respondents),
              })}`}
        </span>
      </a>
    </li>
  );
}

const WIDTH = 320;
const HEIGHT = 140;

/** The two pulse means over the kept follow-ups, drawn by hand (1 at the bottom, 5 at the top). */
export function PulseTrendChart(props: {
  followUps: readonly FollowUpSummary[];
  language: Language;
}) {
  const { language } = props;
  const trend = pulseTrend(props.followUps, WIDTH, HEIGHT, 12);
  if (!trend)
    return (
      <p className="fu-muted">
        {t(language, 'followUp.list.trendNone', { smallGroupMin: SMALL_GROUP_MIN })}
      </p>
    );
  const lines = [
    { key: 'involved', points: trend.involved, label: 'followUp.pulse.involvedShort' },
    { key: 'contribute', points: trend.contribute, label: 'followUp.pulse.contributeShort' },
  ] as const;
  const latest = (points: typeof trend.involved) => points[points.length - 1]?.value ?? null;
  return (
    <figure className="fu-trend">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={lines
          .map((line) => {
            const value = latest(line.points);
            return `${t(language, line.label)}: ${
              value === null ? t(language, 'followUp.pulse.tooFew') : formatMean(language, value)
            }`;
          })
          .join(', ')}
      >
        {[1, 2, 3, 4, 5].map((level) => {
          const y = 12 + ((5 - level) / 4) * (HEIGHT - 24);
          return (
            <g key={level}>
              <line className="fu-trend__grid" x1={12} x2={WIDTH - 12} y1={y} y2={y} />
              <text className="fu-trend__axis" x={2} y={y + 4}>
                {level}
              </text>
            </g>
          );
        })}
        {lines.map((line) => (
          <g key={line.key} className={`fu-trend__line fu-trend__line--${line.key}`}>
            <path d={pathOf(line.points)} fill="none" />
            {line.points.map((point) => (
              <circle key={`${point.x}`} cx={point.x} cy={point.y} r={4} />
            ))}
          </g>
        ))}
      </svg>
      <figcaption className="fu-trend__legend">
        {lines.map((line) => {
          const value = latest(line.points);
          return (
            <span key={line.key} className={`fu-trend__key fu-trend__key--${line.key}`}>
              <span className="fu-trend__swatch" aria-hidden="true" />
              {t(language, line.label)}:{' '}
              <strong>
                {value === null
                  ? t(language, 'followUp.pulse.tooFew')
                  : formatMean(language, value)}
              </strong>
            </span>
          );
        })}
        <span className="fu-muted">
          {trend.dates.map((date) => formatDate(language, date)).join(' → ')}
        </span>
      </figcaption>
    </figure>
  );
}

/** One follow-up read back at `/m/b/<id>/follow-ups/<followUpId>` (lead): all six parts. */
export function FollowUpReadPage({ boardId, followUpId }: { boardId: string; followUpId: string }) {
  const { snapshot } = usePhoneBoard(boardId);
  const viewer = useViewer(boardId);
  const language = phoneLanguage(snapshot?.board.language);
  useDocumentLanguage(language, `${t(language, 'followUp.title')} · Tavla`);
  const leads = leadsBoard(viewer);
  const { data, failure } = useFetched(leads ? () => fetchFollowUp(boardId, followUpId) : null, [
    boardId,
    followUpId,
    snapshot?.method?.followUp.latest?.id,
  ]);
  const gate = leadGate(viewer, language);
  return (
    <MethodFrame
      title={t(language, 'followUp.title')}
      back={`/m/b/${boardId}/follow-ups`}
      language={language}
    >
      {gate ??
        (data ? (
          <FollowUpRecord detail={data} language={language} />
        ) : failure ? (
          <Failure failure={failure} language={language} />
        ) : (
          <p className="page--notice">{t(language, 'phone.loading')}</p>
        ))}
    </MethodFrame>
  );
}
