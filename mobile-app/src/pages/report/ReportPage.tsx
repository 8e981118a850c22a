import { useState, type ReactNode, type SubmitEvent } from 'react';
import type {
  Dimension,
  Language,
  Participation,
  Report,
  ReportAnalysis,
  ReportFollowUp,
  ReportGoal,
} from '@tavla/shared';
import { DIMENSIONS } from '@tavla/shared/domain';
import { formatValue } from '@tavla/shared/goal-progress';
import { dimensionLabel, t } from '@tavla/shared/i18n';
import { ANALYSIS_CATEGORIES } from '@tavla/shared/method';
import { describeError, request } from '../../api.js';
import { categoryName } from '../../category-text.js';
import { leadGate } from '../../components/MethodFrame.js';
import { phoneLanguage, useDocumentLanguage } from '../../language.js';
import { formatChange, formatDate, formatDay, formatShare } from '../../method-format.js';
import { useFetched } from '../../use-fetched.js';
import { useViewer } from '../../use-viewer.js';
import { radarPolygon, spokePoint, svgPoints, trendGeometry } from './report-geometry.js';
import '../../method-messages.js';
import '../../report-messages.js';
import './report.css';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The period asked for in the address (`?from=…&to=…`), so a printed page can be asked again. */
function periodFromAddress(): { from: string | null; to: string | null } {
  const query = new URLSearchParams(window.location.search);
  const day = (name: string) => {
    const value = query.get(name);
    return value !== null && DAY.test(value) ? value : null;
  };
  return { from: day('from'), to: day('to') };
}

/** A period as an address's query: "?from=…&to=…", only the days it has ('' for none). */
function periodSearch(period: { from: string | null; to: string | null }): string {
  const query = new URLSearchParams();
  if (period.from) query.set('from', period.from);
  if (period.to) query.set('to', period.to);
  const search = query.toString();
  return search ? `?${search}` : '';
}

const fetchReport = (boardId: string, period: { from: string | null; to: string | null }) =>
  request<Report>(
    'GET',
    `/api/boards/${encodeURIComponent(boardId)}/report${periodSearch(period)}`,
  );

const withUnit = (language: Language, value: number, unit: string): string =>
  unit ? `${formatValue(value, language)} ${unit}` : formatValue(value, language);

/**
 * The roadmap report, for leads and admins: one A4 document in the board's language that a
 * plant manager reads on paper (or as the PDF "Save as PDF" gives). On screen a period picker
 * and a Print button sit above it; in print only the document is left.
 */
export function ReportPage({ boardId }: { boardId: string }) {
  const viewer = useViewer(boardId);
  const [period, setPeriod] = useState(periodFromAddress);
  const gate = leadGate(viewer, phoneLanguage());
  const { data: report, failure } = useFetched(
    gate === null ? () => fetchReport(boardId, period) : null,
    [boardId, period.from, period.to],
  );
  const language = report?.board.language ?? phoneLanguage();
  useDocumentLanguage(
    language,
    report
      ? `${t(language, 'report.title')} · ${report.board.name} · ${report.from} – ${report.to}`
      : `${t(language, 'report.title')} · Tavla`,
  );

  const choose = (next: { from: string | null; to: string | null }) => {
    window.history.replaceState(null, '', `${window.location.pathname}${periodSearch(next)}`);
    setPeriod(next);
  };

  if (gate) return <main className="page">{gate}</main>;
  return (
    <div className="report-screen">
      <Toolbar
        boardId={boardId}
        language={language}
        report={report}
        onChoose={choose}
        key={report ? `${report.from}/${report.to}` : 'none'}
      />
      {failure && !report ? (
        <p className="feedback feedback--error report-notice" role="alert">
          {describeError(language, failure)}
        </p>
      ) : null}
      {report ? (
        <ReportDocument report={report} />
      ) : failure ? null : (
        <p className="report-notice">{t(language, 'phone.loading')}</p>
      )}
    </div>
  );
}

function Toolbar(props: {
  boardId: string;
  language: Language;
  report: Report | null;
  onChoose: (period: { from: string | null; to: string | null }) => void;
}) {
  const { boardId, language, report, onChoose } = props;
  const [from, setFrom] = useState(report?.from ?? '');
  const [to, setTo] = useState(report?.to ?? '');
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    onChoose({ from: DAY.test(from) ? from : null, to: DAY.test(to) ? to : null });
  };
  return (
    <div className="report-tools">
      <p className="report-tools__back">
        <a href={`/m/b/${boardId}/roadmap`}>{t(language, 'report.back')}</a>
      </p>
      <form className="report-tools__period" onSubmit={submit}>
        <label>
          {t(language, 'report.from')}
          <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label>
          {t(language, 'report.to')}
          <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </label>
        <button type="submit">{t(language, 'report.show')}</button>
        <button
          type="button"
          className="secondary"
          onClick={() => onChoose({ from: null, to: null })}
        >
          {t(language, 'report.lastYear')}
        </button>
      </form>
      <div className="report-tools__print">
        <button type="button" onClick={() => window.print()} disabled={!report}>
          {t(language, 'report.print')}
        </button>
        <span>{t(language, 'report.printHint')}</span>
      </div>
    </div>
  );
}

function Section(props: { title: string; className?: string; children: ReactNode }) {
  return (
    <section className={`report-section ${props.className ?? ''}`}>
      <h2>{props.title}</h2>
      {props.children}
    </section>
  );
}

/** The printable document itself. */
export function ReportDocument({ report }: { report: Report }) {
  const language = report.board.language;
  return (
    <article className="report-doc" lang={language}>
      <header className="report-head">
        <p className="report-head__kind">{t(language, 'report.title')}</p>
        <h1>{report.board.name}</h1>
        <p className="report-head__period">
          {t(language, 'report.period', {
            from: formatDay(language, report.from),
            to: formatDay(language, report.to),
          })}
          <span className="report-head__printed">
            {t(language, 'report.generated', { date: formatDate(language, report.generatedAt) })}
          </span>
        </p>
      </header>

      <Section title={`1. ${t(language, 'report.steps.title')}`}>
        <table className="report-steps">
          <thead>
            <tr>
              <th scope="col">{t(language, 'report.steps.step')}</th>
              <th scope="col">{t(language, 'report.steps.status')}</th>
              <th scope="col">{t(language, 'report.steps.date')}</th>
              <th scope="col">{t(language, 'report.steps.summary')}</th>
            </tr>
          </thead>
          <tbody>
            {report.steps.map((step) => (
              <tr key={step.key} className={`report-steps__row--${step.status}`}>
                <th scope="row">
                  {step.step}. {t(language, `roadmap.step.${step.key}`)}
                </th>
                <td className="report-steps__status">
                  <span className={`report-dot report-dot--${step.status}`} aria-hidden="true" />
                  {t(language, `roadmap.status.${step.status}`)}
                </td>
                <td className="report-nowrap">
                  {step.date ? formatDay(language, step.date) : '–'}
                </td>
                {/* "25 %" stays on one line. */}
                <td>{step.summary.replace(/ %/g, '\u00a0%')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>

      <Section title={`2. ${t(language, 'report.analysis.title')}`}>
        {report.analysis ? (
          <AnalysisPart analysis={report.analysis} language={language} />
        ) : (
          <p className="report-empty">{t(language, 'report.analysis.none')}</p>
        )}
      </Section>

      <Section title={`3. ${t(language, 'report.matrix.title')}`}>
        {report.matrix ? (
          <>
            <p>
              {t(language, 'report.matrix.kept', {
                date: formatDate(language, report.matrix.keptAt),
                voters: report.matrix.voters,
              })}{' '}
              {report.matrix.startHere.length > 0
                ? t(language, 'report.matrix.startHere', {
                    categories: report.matrix.startHere
                      .map((id) => categoryName(language, id))
                      .join(', '),
                  })
                : t(language, 'report.matrix.startHere.none')}
            </p>
            {report.matrix.chosen.length > 0 ? (
              <p>
                <strong>{t(language, 'report.matrix.chosen')}:</strong>{' '}
                {report.matrix.chosen
                  .map((goal) => `${goal.title} (${categoryName(language, goal.categoryId)})`)
                  .join('; ')}
              </p>
            ) : (
              <p className="report-empty">{t(language, 'report.matrix.chosen.none')}</p>
            )}
          </>
        ) : (
          <p className="report-empty">{t(language, 'report.matrix.none')}</p>
        )}
      </Section>

      <Section title={`4. ${t(language, 'report.goals.title')}`} className="report-section--page">
        {report.goals.length === 0 ? (
          <p className="report-empty">{t(language, 'report.goals.none')}</p>
        ) : (
          <div className="report-goals">
            {report.goals.map((goal) => (
              <GoalPart key={goal.id} goal={goal} report={report} />
            ))}
          </div>
        )}
      </Section>

      <div className="report-pair">
        <Section title={`5. ${t(language, 'report.suggestions.title')}`}>
          <SuggestionsPart report={report} />
        </Section>
        <Section title={`6. ${t(language, 'report.participation.title')}`}>
          <ParticipationPart report={report} />
        </Section>
      </div>

      <Section title={`7. ${t(language, 'report.followUp.title')}`}>
        {report.followUp ? (
          <FollowUpPart followUp={report.followUp} language={language} />
        ) : (
          <p className="report-empty">{t(language, 'report.followUp.none')}</p>
        )}
        <p className="report-next">
          <strong>
            {report.nextFollowUp
              ? t(language, 'report.followUp.next', {
                  date: formatDay(language, report.nextFollowUp),
                })
              : t(language, 'report.followUp.nextUnknown')}
          </strong>
        </p>
      </Section>
    </article>
  );
}

function AnalysisPart({ analysis, language }: { analysis: ReportAnalysis; language: Language }) {
  return (
    <>
      <p>
        {t(language, 'report.analysis.round', {
          name: analysis.name,
          date: formatDate(language, analysis.finishedAt),
        })}{' '}
        {analysis.previousName
          ? t(language, 'report.analysis.compared', { name: analysis.previousName })
          : t(language, 'report.analysis.first')}
      </p>
      <div className="report-radars">
        {DIMENSIONS.map((dimension) => (
          <RadarColumn
            key={dimension}
            dimension={dimension}
            analysis={analysis}
            language={language}
          />
        ))}
      </div>
    </>
  );
}

const RADAR = { size: 120, radius: 42 };

/** One form: a small radar (spokes numbered as the rows below) and its five scores. */
function RadarColumn(props: {
  dimension: Dimension;
  analysis: ReportAnalysis;
  language: Language;
}) {
  const { dimension, analysis, language } = props;
  const ids = ANALYSIS_CATEGORIES[dimension];
  const scores = ids.map((id) => analysis.scores.find((s) => s.categoryId === id));
  const percents = scores.map((s) => s?.percent ?? null);
  const previous = scores.map((s) => s?.previousPercent ?? null);
  const center = { x: RADAR.size / 2, y: RADAR.size / 2 };
  const mean = analysis.forms.find((f) => f.dimension === dimension)?.percent ?? null;
  const ring = (percent: number) =>
    svgPoints(ids.map((_, i) => spokePoint(percent, i, ids.length, RADAR.radius, center)));
  const before = radarPolygon(previous, RADAR.radius, center);
  const now = radarPolygon(percents, RADAR.radius, center);
  return (
    <div className={`report-radar report-dim--${dimension}`}>
      <h3>
        {dimensionLabel(language, dimension)}
        <span className="report-radar__mean">
          {t(language, 'report.analysis.mean', {
            percent: mean === null ? '–' : formatShare(language, mean),
          })}
        </span>
      </h3>
      <svg
        viewBox={`0 0 ${RADAR.size} ${RADAR.size}`}
        className="report-radar__chart"
        role="img"
        aria-label={ids
          .map((id, i) => `${categoryName(language, id)} ${percents[i] ?? '–'}`)
          .join(', ')}
      >
        <polygon points={ring(100)} fill="#f4f6f8" stroke="#9aa5b1" strokeWidth={0.6} />
        <polygon points={ring(50)} fill="none" stroke="#c3cad2" strokeWidth={0.5} />
        {ids.map((id, i) => {
          const end = spokePoint(100, i, ids.length, RADAR.radius, center);
          const label = spokePoint(125, i, ids.length, RADAR.radius, center);
          return (
            <g key={id}>
              <line
                x1={center.x}
                y1={center.y}
                x2={end.x}
                y2={end.y}
                stroke="#c3cad2"
                strokeWidth={0.5}
                strokeDasharray={percents[i] === null ? '1 2' : undefined}
              />
              <text
                x={label.x}
                y={label.y + 3}
                textAnchor="middle"
                fontSize={8}
                fontWeight={700}
                fill="#33414e"
              >
                {i + 1}
              </text>
            </g>
          );
        })}
        {before.length >= 2 ? (
          <polygon
            points={svgPoints(before)}
            fill="none"
            stroke="#4a5662"
            strokeWidth={0.9}
            strokeDasharray="3 2"
          />
        ) : null}
        {now.length >= 2 ? (
          <polygon
            points={svgPoints(now)}
            className="report-dim-shape"
            fillOpacity={0.35}
            strokeWidth={1.4}
            strokeLinejoin="round"
          />
        ) : null}
        {now.map((point, i) => (
          <circle key={i} cx={point.x} cy={point.y} r={1.8} className="report-dim-fill" />
        ))}
      </svg>
      <table className="report-scores">
        <thead>
          <tr>
            <th scope="col">{t(language, 'report.analysis.category')}</th>
            <th scope="col" className="report-num">
              {t(language, 'report.analysis.score')}
            </th>
            <th scope="col" className="report-num">
              {t(language, 'report.analysis.change')}
            </th>
          </tr>
        </thead>
        <tbody>
          {ids.map((id, i) => {
            const percent = percents[i] ?? null;
            const before = previous[i] ?? null;
            return (
              <tr key={id}>
                <th scope="row">
                  {i + 1}. {categoryName(language, id)}
                </th>
                <td className="report-num">
                  {percent === null ? '–' : formatShare(language, percent)}
                </td>
                <td className="report-num">
                  {percent === null || before === null
                    ? '–'
                    : formatChange(language, percent - before)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

const TREND = { width: 240, height: 84, left: 44, top: 6, right: 8, bottom: 16 };

/** A goal in SMART form beside its trend over the period. */
function GoalPart({ goal, report }: { goal: ReportGoal; report: Report }) {
  const language = report.board.language;
  const unit = goal.unit;
  const status = goal.status;
  const figure = (value: number | null) => (value === null ? '–' : withUnit(language, value, unit));
  return (
    <div className={`report-goal report-dim--${goal.dimension}`}>
      <div className="report-goal__text">
        <h3>
          {goal.title}
          {status ? (
            <span className={`report-status report-status--${status}`}>
              {t(language, `goal.status.${status}`)}
            </span>
          ) : null}
        </h3>
        <p className="report-goal__path">
          <span>
            {t(language, 'report.goals.baseline')} <strong>{figure(goal.baselineValue)}</strong>
          </span>
          <span aria-hidden="true"> → </span>
          <span>
            {t(language, 'report.goals.target')} <strong>{figure(goal.targetValue)}</strong>
          </span>
          <span aria-hidden="true"> → </span>
          <span>
            {t(language, 'report.goals.latest')}{' '}
            <strong>
              {goal.latest
                ? `${figure(goal.latest.value)} (${formatDay(language, goal.latest.date)})`
                : t(language, 'report.goals.notMeasured')}
            </strong>
          </span>
        </p>
        <dl className="report-goal__facts">
          <div>
            <dt>{t(language, 'report.goals.metric')}</dt>
            <dd>
              {goal.metric}
              {unit ? ` (${unit})` : ''}
            </dd>
          </div>
          <div>
            <dt>{t(language, 'report.goals.deadline')}</dt>
            <dd>{goal.deadline ? formatDay(language, goal.deadline) : '–'}</dd>
          </div>
          <div>
            <dt>{t(language, 'report.goals.responsible')}</dt>
            <dd>{goal.responsible || '–'}</dd>
          </div>
        </dl>
        <p className="report-goal__progress">
          {goal.percent === null
            ? t(language, 'report.goals.noNumbers')
            : t(language, 'report.goals.progress', {
                percent: formatShare(language, Math.max(0, goal.percent)),
              })}
        </p>
      </div>
      <TrendChart goal={goal} report={report} />
    </div>
  );
}

function TrendChart({ goal, report }: { goal: ReportGoal; report: Report }) {
  const language = report.board.language;
  const box = {
    left: TREND.left,
    top: TREND.top,
    width: TREND.width - TREND.left - TREND.right,
    height: TREND.height - TREND.top - TREND.bottom,
  };
  const g = trendGeometry({ from: report.from, to: report.to, ...goal }, box);
  const bottom = box.top + box.height;
  const label = (value: number) => formatValue(Math.round(value * 10) / 10, language);
  return (
    <figure className={`report-trend report-dim--${goal.dimension}`}>
      <svg
        viewBox={`0 0 ${TREND.width} ${TREND.height}`}
        role="img"
        aria-label={t(language, 'report.goals.chart', {
          title: goal.title,
          count: goal.measurements.length,
        })}
      >
        <rect x={box.left} y={box.top} width={box.width} height={box.height} fill="#f7f8fa" />
        <line
          x1={box.left}
          y1={bottom}
          x2={box.left + box.width}
          y2={bottom}
          stroke="#9aa5b1"
          strokeWidth={0.6}
        />
        <line
          x1={box.left}
          y1={box.top}
          x2={box.left}
          y2={bottom}
          stroke="#9aa5b1"
          strokeWidth={0.6}
        />
        <text x={box.left - 3} y={g.high.y + 2.5} fontSize={7} textAnchor="end" fill="#4a5662">
          {label(g.high.value)}
        </text>
        {g.low.value !== g.high.value ? (
          <text x={box.left - 3} y={g.low.y + 2.5} fontSize={7} textAnchor="end" fill="#4a5662">
            {label(g.low.value)}
          </text>
        ) : null}
        <text
          x={box.left - 3}
          y={box.top + box.height / 2 + 3}
          fontSize={7}
          textAnchor="end"
          fill="#4a5662"
        >
          {goal.unit}
        </text>
        <text x={box.left} y={TREND.height - 4} fontSize={7} fill="#4a5662">
          {formatDay(language, report.from)}
        </text>
        <text
          x={box.left + box.width}
          y={TREND.height - 4}
          fontSize={7}
          textAnchor="end"
          fill="#4a5662"
        >
          {formatDay(language, report.to)}
        </text>
        {g.targetY !== null ? (
          <g>
            <line
              x1={box.left}
              y1={g.targetY}
              x2={box.left + box.width}
              y2={g.targetY}
              stroke="#1f7a3a"
              strokeWidth={0.9}
              strokeDasharray="4 2"
            />
            <text
              x={box.left + box.width - 2}
              y={g.targetY - 2}
              fontSize={7}
              textAnchor="end"
              fill="#1f7a3a"
            >
              {t(language, 'report.goals.chartTarget')}{' '}
              {goal.targetValue === null ? '' : label(goal.targetValue)}
            </text>
          </g>
        ) : null}
        {g.baseline ? <circle cx={g.baseline.x} cy={g.baseline.y} r={2} fill="#4a5662" /> : null}
        {g.line.length >= 2 ? (
          <polyline
            points={svgPoints(g.line)}
            fill="none"
            className="report-dim-stroke"
            strokeWidth={1.6}
            strokeLinejoin="round"
          />
        ) : null}
        {g.line.length <= 40
          ? g.line.map((p, i) => (
              <circle key={i} cx={p.x} cy={p.y} r={1.7} className="report-dim-fill" />
            ))
          : null}
        {g.line.length === 0 ? (
          <text
            x={box.left + box.width / 2}
            y={box.top + box.height / 2}
            fontSize={8}
            textAnchor="middle"
            fill="#4a5662"
          >
            {t(language, 'report.goals.noMeasurements')}
          </text>
        ) : null}
      </svg>
    </figure>
  );
}

function SuggestionsPart({ report }: { report: Report }) {
  const language = report.board.language;
  const { done, byDimension, highlights } = report.suggestions;
  return (
    <>
      <p>
        {done === 0
          ? t(language, 'report.suggestions.none')
          : done === 1
            ? t(language, 'report.suggestions.done.one')
            : t(language, 'report.suggestions.done', { count: done })}
      </p>
      <ul className="report-dimensions">
        {byDimension.map((row) => (
          <li key={row.dimension} className={`report-dim--${row.dimension}`}>
            <span className="report-figure">{row.done}</span>
            <span>{dimensionLabel(language, row.dimension)}</span>
          </li>
        ))}
      </ul>
      {highlights.length > 0 ? (
        <>
          <h3>{t(language, 'report.suggestions.highlights')}</h3>
          <ul className="report-highlights">
            {highlights.map((item) => (
              <li key={item.id}>
                {item.thumbUrl ? <img src={item.thumbUrl} alt="" /> : null}
                <div>
                  <p className="report-highlights__text">{item.text}</p>
                  <p className="report-highlights__meta">
                    {dimensionLabel(language, item.dimension)} ·{' '}
                    {t(language, 'report.suggestions.votes', { count: item.votes })} ·{' '}
                    {t(language, 'report.suggestions.doneOn', {
                      date: formatDate(language, item.doneAt),
                    })}
                  </p>
                </div>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

function ParticipationRows({
  participation,
  language,
}: {
  participation: Participation;
  language: Language;
}) {
  const { employees } = participation;
  return (
    <>
      <tr>
        <th scope="row">{t(language, 'report.participation.contributors')}</th>
        <td className="report-num">{participation.contributors}</td>
      </tr>
      {employees !== null && participation.percent !== null ? (
        <tr>
          <th scope="row">{t(language, 'report.participation.share', { employees })}</th>
          <td className="report-num">{formatShare(language, participation.percent)}</td>
        </tr>
      ) : null}
      <tr>
        <th scope="row">{t(language, 'report.participation.active')}</th>
        <td className="report-num">{participation.activeDevices}</td>
      </tr>
      {participation.suggestionsPerEmployeeYear !== null ? (
        <tr>
          <th scope="row">{t(language, 'report.participation.perEmployee')}</th>
          <td className="report-num">
            {formatValue(participation.suggestionsPerEmployeeYear, language)}
          </td>
        </tr>
      ) : null}
    </>
  );
}

function ParticipationPart({ report }: { report: Report }) {
  const language = report.board.language;
  const { period, quarter } = report.participation;
  return (
    <>
      <table className="report-participation">
        <tbody>
          <tr className="report-participation__head">
            <th scope="rowgroup" colSpan={2}>
              {t(language, 'report.participation.period')}
            </th>
          </tr>
          <ParticipationRows participation={period} language={language} />
          <tr className="report-participation__head">
            <th scope="rowgroup" colSpan={2}>
              {t(language, 'report.participation.quarter', {
                from: formatDay(language, quarter.from),
                to: formatDay(language, quarter.to),
              })}
            </th>
          </tr>
          <ParticipationRows participation={quarter} language={language} />
        </tbody>
      </table>
      <p>
        {quarter.target === null ? (
          t(language, 'report.participation.noTarget')
        ) : (
          <>
            {t(language, 'report.participation.target', {
              target: formatShare(language, quarter.target),
            })}
            {quarter.reached === null ? null : (
              <strong
                className={`report-status report-status--${quarter.reached ? 'on_track' : 'at_risk'}`}
              >
                {t(
                  language,
                  quarter.reached
                    ? 'report.participation.reached'
                    : 'report.participation.notReached',
                )}
              </strong>
            )}
          </>
        )}
      </p>
      {quarter.employees === null ? (
        <p className="report-empty">{t(language, 'report.participation.noEmployees')}</p>
      ) : null}
      <p className="report-small">{t(language, 'report.participation.note')}</p>
    </>
  );
}

function Notes(props: { title: string; notes: ReportFollowUp['wentWell']; language: Language }) {
  const { title, notes, language } = props;
  return (
    <div className="report-notes">
      <h3>{title}</h3>
      {notes.length === 0 ? (
        <p className="report-empty">{t(language, 'report.followUp.noNotes')}</p>
      ) : (
        <ul>
          {notes.map((note, i) => (
            <li key={i}>
              {note.text}
              {note.votes === null || note.votes === 0 ? null : (
                <span className="report-votes">
                  {note.votes === 1
                    ? t(language, 'report.followUp.votes.one')
                    : t(language, 'report.followUp.votes', { count: note.votes })}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function FollowUpPart({ followUp, language }: { followUp: ReportFollowUp; language: Language }) {
  return (
    <>
      <p>
        {t(language, 'report.followUp.ended', {
          kind: t(language, `report.followUp.kind.${followUp.kind}`),
          date: formatDate(language, followUp.endedAt),
        })}
      </p>
      <div className="report-columns">
        <Notes
          title={t(language, 'report.followUp.wentWell')}
          notes={followUp.wentWell}
          language={language}
        />
        <Notes
          title={t(language, 'report.followUp.doBetter')}
          notes={followUp.doBetter}
          language={language}
        />
      </div>
      <div className={followUp.carried.length > 0 ? 'report-columns' : undefined}>
        <div>
          <h3>{t(language, 'report.followUp.actions')}</h3>
          {followUp.actions.length === 0 ? (
            <p className="report-empty">{t(language, 'report.followUp.noActions')}</p>
          ) : (
            <ul>
              {followUp.actions.map((action) => (
                <li key={action.id}>
                  {action.text}{' '}
                  <span className="report-small">
                    (
                    {t(language, 'report.followUp.due', {
                      owner: action.owner,
                      date: formatDay(language, action.dueDate),
                    })}
                    )
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
        {followUp.carried.length > 0 ? (
          <div>
            <h3>{t(language, 'report.followUp.carried')}</h3>
            <ul>
              {followUp.carried.map((action, i) => (
                <li key={i}>
                  {action.text} ({action.owner}):{' '}
                  <strong>
                    {t(language, `report.followUp.outcome.${action.outcome ?? 'none'}`)}
                  </strong>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
      {followUp.learning ? (
        <p className="report-learning">
          <strong>{t(language, 'report.followUp.learning')}:</strong> {followUp.learning}
        </p>
      ) : null}
    </>
  );
}
