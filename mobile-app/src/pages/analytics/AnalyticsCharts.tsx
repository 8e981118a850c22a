import type { Analytics, Language } from '@tavla/shared';
import { t } from '@tavla/shared/i18n';
import type { AnalysisCategoryId } from '@tavla/shared/method';
import { categoryName } from '../../category-text.js';
import { formatChange, formatPercent } from '../../method-format.js';
import {
  dayLong,
  formatOne,
  formatShare,
  groupName,
  monthShort,
  niceMax,
  scoreText,
  type LeadRow,
} from './analytics-view.js';
import '../../analytics-messages.js';

/**
 * The dimensions' colours, as in shared/dimension-style.ts (analytics-colours.test.ts keeps
 * them equal). Importing that module from a lazy page makes the bundler split it out of the
 * phone's first bundle into a chunk of its own, which the first visit then loads too.
 */
export const DIMENSION_COLOUR = {
  ecological: '#3fae5a',
  economic: '#e0a526',
  social: '#5b8def',
} as const;

/**
 * The analytics page's charts: small SVG drawn by hand (a chart library would cost more than the
 * whole page). Each is an image to screen readers, named by its figures in words (`label`); the
 * numbers a sighted reader needs are written on the chart itself.
 */

const COLOURS = {
  posted: '#60738c',
  done: '#2e8b47',
  median: '#2f6fd6',
  p80: '#1d2733',
  track: '#e3e7ec',
  onTrack: '#2e8b47',
  atRisk: '#d49a17',
  offTrack: '#c8423b',
  unknown: '#9aa3ad',
  involved: '#2f6fd6',
  contribute: '#b3541e',
};

function Chart(props: { label: string; width: number; height: number; children: React.ReactNode }) {
  return (
    <svg
      className="chart"
      role="img"
      aria-label={props.label}
      viewBox={`0 0 ${props.width} ${props.height}`}
      preserveAspectRatio="xMinYMin meet"
    >
      {props.children}
    </svg>
  );
}

/** Contributors against the employees, with the target as a line. */
export function ParticipationBar(props: {
  language: Language;
  percent: number;
  target: number | null;
  label: string;
}) {
  const { language, percent, target } = props;
  const x0 = 4;
  const width = 312;
  const fill = (Math.min(100, percent) / 100) * width;
  const targetX = target === null ? null : x0 + (target / 100) * width;
  return (
    <Chart label={props.label} width={320} height={62}>
      <rect x={x0} y={14} width={width} height={22} rx={4} fill={COLOURS.track} />
      <rect x={x0} y={14} width={Math.max(fill, 0)} height={22} rx={4} fill={COLOURS.done} />
      <text x={x0} y={54} className="chart__tick">
        0 %
      </text>
      <text x={x0 + width} y={54} className="chart__tick" textAnchor="end">
        100 %
      </text>
      {targetX === null ? null : (
        <g>
          <line
            x1={targetX}
            x2={targetX}
            y1={6}
            y2={44}
            stroke={COLOURS.p80}
            strokeWidth={2}
            strokeDasharray="4 3"
          />
          <text
            x={targetX}
            y={56}
            className="chart__label"
            textAnchor={target !== null && target > 85 ? 'end' : 'middle'}
          >
            {formatPercent(language, target ?? 0)}
          </text>
        </g>
      )}
      <text x={x0 + 6} y={30} className="chart__value chart__value--inside">
        {formatShare(language, percent)}
      </text>
    </Chart>
  );
}

/** Suggestions in and done per month, side by side. */
export function FlowChart(props: { language: Language; flow: Analytics['flow']; label: string }) {
  const { language, flow } = props;
  const top = niceMax(Math.max(1, ...flow.map((m) => Math.max(m.posted, m.done))));
  const left = 26;
  const right = 316;
  const base = 118;
  const height = 100;
  const slot = (right - left) / Math.max(1, flow.length);
  const bar = Math.min(14, slot * 0.36);
  const y = (value: number) => base - (value / top) * height;
  // With many months, every other label keeps them apart.
  const every = flow.length > 12 ? 3 : flow.length > 8 ? 2 : 1;
  return (
    <Chart label={props.label} width={320} height={136}>
      {[0, top / 2, top].map((value) => (
        <g key={value}>
          <line x1={left} x2={right} y1={y(value)} y2={y(value)} stroke={COLOURS.track} />
          <text x={left - 4} y={y(value) + 4} className="chart__tick" textAnchor="end">
            {formatOne(language, value)}
          </text>
        </g>
      ))}
      {flow.map((m, index) => {
        const center = left + slot * index + slot / 2;
        return (
          <g key={m.month}>
            <rect
              x={center - bar - 1}
              y={y(m.posted)}
              width={bar}
              height={base - y(m.posted)}
              fill={COLOURS.posted}
            />
            <rect
              x={center + 1}
              y={y(m.done)}
              width={bar}
              height={base - y(m.done)}
              fill={COLOURS.done}
            />
            {index % every === 0 ? (
              <text x={center} y={132} className="chart__tick" textAnchor="middle">
                {monthShort(language, m.month)}
              </text>
            ) : null}
          </g>
        );
      })}
    </Chart>
  );
}

/** Median as a bar and the 80th percentile as a line, per group and measure. */
export function LeadChart(props: { language: Language; rows: LeadRow[]; label: string }) {
  const { language, rows } = props;
  const top = niceMax(Math.max(1, ...rows.map((r) => r.stats?.p80 ?? 0)));
  const left = 134;
  const right = 248;
  const rowHeight = 22;
  const groupGap = 8;
  const x = (days: number) => left + (days / top) * (right - left);
  // Rows come in pairs (decision, done) per group, with a gap between groups.
  const placed = rows.map((row, index) => ({
    row,
    y: 4 + index * rowHeight + Math.floor(index / 2) * groupGap,
  }));
  const yCursor =
    4 + rows.length * rowHeight + Math.max(0, Math.ceil(rows.length / 2) - 1) * groupGap;
  return (
    <Chart label={props.label} width={320} height={yCursor + 18}>
      {placed.map(({ row, y }) => (
        <g key={`${row.group}-${row.kind}`}>
          {row.kind === 'decision' ? (
            <text x={0} y={y + 15} className="chart__label chart__label--strong">
              {groupName(language, row.group)}
            </text>
          ) : null}
          <text x={left - 6} y={y + 15} className="chart__tick" textAnchor="end">
            {t(language, `analytics.lead.${row.kind}`)}
          </text>
          {row.stats ? (
            <>
              <rect x={left} y={y + 5} width={right - left} height={12} fill={COLOURS.track} />
              <rect
                x={left}
                y={y + 5}
                width={Math.max(1, x(row.stats.median) - left)}
                height={12}
                fill={row.group === 'all' ? COLOURS.median : DIMENSION_COLOUR[row.group]}
              />
              <line
                x1={x(row.stats.p80)}
                x2={x(row.stats.p80)}
                y1={y + 1}
                y2={y + 21}
                stroke={COLOURS.p80}
                strokeWidth={2.5}
              />
              <text x={right + 4} y={y + 15} className="chart__value">
                {formatOne(language, row.stats.median)} / {formatOne(language, row.stats.p80)}
              </text>
            </>
          ) : (
            <text x={left} y={y + 15} className="chart__empty">
              {t(
                language,
                row.empty === 'tooFew' ? 'analytics.lead.tooFew' : 'analytics.lead.none',
              )}
            </text>
          )}
        </g>
      ))}
      <text x={left} y={yCursor + 14} className="chart__tick">
        0
      </text>
      <text x={right} y={yCursor + 14} className="chart__tick" textAnchor="end">
        {formatOne(language, top)}
      </text>
    </Chart>
  );
}

/** Active goals by status as one stacked bar, with its legend. */
export function GoalsBar(props: { language: Language; goals: Analytics['goals']; label: string }) {
  const { language, goals } = props;
  const parts = [
    {
      key: 'onTrack',
      count: goals.onTrack,
      colour: COLOURS.onTrack,
      name: t(language, 'goal.status.on_track'),
    },
    {
      key: 'atRisk',
      count: goals.atRisk,
      colour: COLOURS.atRisk,
      name: t(language, 'goal.status.at_risk'),
    },
    {
      key: 'offTrack',
      count: goals.offTrack,
      colour: COLOURS.offTrack,
      name: t(language, 'goal.status.off_track'),
    },
    {
      key: 'unknown',
      count: goals.unknown,
      colour: COLOURS.unknown,
      name: t(language, 'analytics.goals.unknown'),
    },
  ];
  const total = parts.reduce((sum, p) => sum + p.count, 0);
  const width = 312;
  const widthOf = (count: number) => (total === 0 ? 0 : (count / total) * width);
  const starts = parts.map(
    (_, index) => 4 + parts.slice(0, index).reduce((sum, p) => sum + widthOf(p.count), 0),
  );
  return (
    <>
      <Chart label={props.label} width={320} height={34}>
        <rect x={4} y={4} width={width} height={26} rx={4} fill={COLOURS.track} />
        {parts.map((p, index) => {
          if (p.count === 0 || total === 0) return null;
          const w = widthOf(p.count);
          const start = starts[index] ?? 4;
          return (
            <g key={p.key}>
              <rect x={start} y={4} width={w} height={26} fill={p.colour} />
              <text
                x={start + w / 2}
                y={22}
                className="chart__value chart__value--inside"
                textAnchor="middle"
              >
                {p.count}
              </text>
            </g>
          );
        })}
      </Chart>
      <ul className="legend" aria-hidden="true">
        {parts.map((p) => (
          <li key={p.key}>
            <span className="legend__swatch" style={{ background: p.colour }} />
            {p.name} {p.count}
          </li>
        ))}
      </ul>
    </>
  );
}

/** Each announcement's acknowledgements: its share of the employees (or its count). */
export function AckBars(props: {
  language: Language;
  acks: Analytics['acknowledgements'];
  label: string;
}) {
  const { language, acks } = props;
  const byShare = acks.every((a) => a.share !== null);
  const top = byShare ? 100 : niceMax(Math.max(1, ...acks.map((a) => a.acks)));
  const rowHeight = 36;
  return (
    <Chart label={props.label} width={320} height={acks.length * rowHeight + 4}>
      {acks.map((a, index) => {
        const y = index * rowHeight;
        const value = byShare ? (a.share ?? 0) : a.acks;
        return (
          <g key={a.announcementId}>
            <text x={0} y={y + 12} className="chart__label">
              {a.title.length > 44 ? `${a.title.slice(0, 43)}…` : a.title}
            </text>
            <rect x={0} y={y + 17} width={260} height={12} fill={COLOURS.track} />
            <rect
              x={0}
              y={y + 17}
              width={(Math.min(value, top) / top) * 260}
              height={12}
              fill={COLOURS.done}
            />
            <text x={266} y={y + 28} className="chart__value">
              {byShare ? formatShare(language, value) : String(a.acks)}
            </text>
          </g>
        );
      })}
    </Chart>
  );
}

/** The two pulse means (1–5) over the follow-ups; too few answers leave a gap. */
export function PulseChart(props: {
  language: Language;
  pulse: Analytics['pulse'];
  label: string;
}) {
  const { language, pulse } = props;
  const left = 34;
  const right = 286;
  const top = 10;
  const bottom = 110;
  const x = (index: number) =>
    pulse.length === 1 ? (left + right) / 2 : left + ((right - left) * index) / (pulse.length - 1);
  const y = (value: number) => bottom - ((value - 1) / 4) * (bottom - top);
  const line = (key: 'involved' | 'contribute') => {
    let path = '';
    let pen = false;
    pulse.forEach((p, index) => {
      const value = p.result[key];
      if (value === null) {
        pen = false;
        return;
      }
      path += `${pen ? 'L' : 'M'}${x(index).toFixed(1)} ${y(value).toFixed(1)} `;
      pen = true;
    });
    return path.trim();
  };
  return (
    <Chart label={props.label} width={320} height={140}>
      {[1, 2, 3, 4, 5].map((value) => (
        <g key={value}>
          <line x1={left} x2={right} y1={y(value)} y2={y(value)} stroke={COLOURS.track} />
          <text x={left - 6} y={y(value) + 4} className="chart__tick" textAnchor="end">
            {value}
          </text>
        </g>
      ))}
      {(['involved', 'contribute'] as const).map((key) => (
        <g key={key}>
          <path
            d={line(key)}
            fill="none"
            stroke={COLOURS[key]}
            strokeWidth={2.5}
            strokeDasharray={key === 'contribute' ? '6 4' : undefined}
          />
          {pulse.map((p, index) =>
            p.result[key] === null ? null : (
              <circle
                key={p.followUpId}
                cx={x(index)}
                cy={y(p.result[key] ?? 1)}
                r={4}
                fill={COLOURS[key]}
              />
            ),
          )}
        </g>
      ))}
      {pulse.map((p, index) => (
        <g key={p.followUpId}>
          {p.result.involved === null ? (
            <text x={x(index)} y={y(3)} className="chart__empty" textAnchor="middle">
              {t(language, 'analytics.lead.tooFew')}
            </text>
          ) : null}
          <text x={x(index)} y={132} className="chart__tick" textAnchor="middle">
            {dayLong(language, p.date).replace(/ \d{4}$/, '')}
          </text>
        </g>
      ))}
    </Chart>
  );
}

/** Each category's score now, the previous round's as a tick, and the change with an arrow. */
export function ScoreBars(props: {
  language: Language;
  scores: NonNullable<Analytics['analysis']>['scores'];
}) {
  const { language, scores } = props;
  return (
    <ul className="scores">
      {scores.map((score) => {
        const change =
          score.percent !== null && score.previousPercent !== null
            ? score.percent - score.previousPercent
            : null;
        return (
          <li key={score.categoryId} className="scores__row">
            <span className="scores__name" aria-hidden="true">
              {categoryName(language, score.categoryId as AnalysisCategoryId)}
            </span>
            <svg
              className="scores__bar"
              viewBox="0 0 100 14"
              preserveAspectRatio="none"
              role="img"
              aria-label={scoreText(language, score)}
            >
              <rect x={0} y={2} width={100} height={10} fill={COLOURS.track} />
              <rect
                x={0}
                y={2}
                width={score.percent ?? 0}
                height={10}
                fill={DIMENSION_COLOUR[score.dimension]}
              />
              {score.previousPercent === null ? null : (
                <line
                  x1={score.previousPercent}
                  x2={score.previousPercent}
                  y1={0}
                  y2={14}
                  stroke={COLOURS.p80}
                  strokeWidth={1.5}
                  vectorEffect="non-scaling-stroke"
                />
              )}
            </svg>
            <span className="scores__value" aria-hidden="true">
              {score.percent === null ? '–' : formatPercent(language, score.percent)}
            </span>
            <span
              className={`scores__change scores__change--${
                change === null ? 'none' : change > 0 ? 'up' : change < 0 ? 'down' : 'same'
              }`}
              aria-hidden="true"
            >
              {change === null ? '' : formatChange(language, change)}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
