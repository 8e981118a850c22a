import { useMemo, type ReactNode } from 'react';
import type { Language } from '@tavla/shared';
import { ANALYSIS_CATEGORY_TEXT } from '@tavla/shared/analysis-categories';
import { DIMENSION_STYLE } from '@tavla/shared/dimension-style';
import { DIMENSIONS } from '@tavla/shared/domain';
import { dimensionLabel, t } from '@tavla/shared/i18n';
import { matrixSplitAt, QUADRANTS, type Quadrant } from '@tavla/shared/method';
import type { MethodState } from '@tavla/shared/method-schemas';
import { layoutMatrix, MATRIX_TEXT, nearestOnBox, type MatrixChart } from '../matrix-layout.js';
import { DimensionIcon } from './DimensionIcon.js';
import { SceneEmpty } from './SceneEmpty.js';
import '../method-messages.js';
import '../wall-messages.js';

/**
 * The chart's size in px at 1920×1080: the height the wall leaves under its header, and wider
 * than tall, so that fifteen labels find room near their points.
 */
export const MATRIX_WIDTH = 1100;
export const MATRIX_HEIGHT = 930;
/** How many "Start here" categories the side list has room for (one line is "+N more"). */
const START_HERE_ROOM = 6;

const START_HERE_COLOR = '#ffd23f';

type Matrix = NonNullable<MethodState['matrix']>;
type Point = Matrix['points'][number];
type PlottedPoint = Point & { need: number; interest: number };

const isPlotted = (point: Point): point is PlottedPoint =>
  point.need !== null && point.interest !== null;

/** Why there is nothing to plot yet, in the order a lead would fix it. */
export function matrixMissing(
  method: Pick<MethodState, 'matrix' | 'analysis' | 'vote'>,
): ('needsAnalysis' | 'needsVote')[] {
  const { matrix } = method;
  const plotted = matrix?.points.filter(isPlotted) ?? [];
  if (matrix && plotted.length > 0) return [];
  const noNeed = matrix ? matrix.points.every((p) => p.need === null) : method.analysis === null;
  const noInterest = matrix
    ? matrix.points.every((p) => p.interest === null)
    : method.vote?.status !== 'closed';
  const missing: ('needsAnalysis' | 'needsVote')[] = [];
  if (noNeed) missing.push('needsAnalysis');
  if (noInterest || missing.length === 0) missing.push('needsVote');
  return missing;
}

/** Start-here categories, most wanted first (then the greater need). */
export function startHereList(points: readonly Point[]): PlottedPoint[] {
  return points
    .filter(isPlotted)
    .filter((p) => p.quadrant === 'start_here')
    .sort((a, b) => b.interest - a.interest || b.need - a.need);
}

function Chart({
  chart,
  points,
  language,
}: {
  chart: MatrixChart;
  points: PlottedPoint[];
  language: Language;
}) {
  const { plot, splitX, splitY } = chart;
  const right = plot.x + plot.width;
  const bottom = plot.y + plot.height;
  const midX = plot.x + plot.width / 2;
  const midY = plot.y + plot.height / 2;
  const byId = new Map(points.map((p) => [p.categoryId as string, p]));
  return (
    <svg
      className="matrix__chart"
      viewBox={`0 0 ${chart.width} ${chart.height}`}
      role="img"
      aria-label={t(language, 'wall.matrix.title')}
    >
      <rect x={plot.x} y={plot.y} width={plot.width} height={plot.height} fill="#16212d" />
      {chart.quadrants.map((q) =>
        q.quadrant === 'start_here' ? (
          <rect
            key={q.quadrant}
            x={q.area.x}
            y={q.area.y}
            width={q.area.width}
            height={q.area.height}
            fill={START_HERE_COLOR}
            fillOpacity={0.13}
          />
        ) : null,
      )}
      {/* Grid at 50 (thin), the quadrant split (dashed, bright), the axes. */}
      <g stroke="#2f4152" strokeWidth={2}>
        <line x1={midX} y1={plot.y} x2={midX} y2={bottom} />
        <line x1={plot.x} y1={midY} x2={right} y2={midY} />
      </g>
      <g className="matrix__split" stroke="#c9d4df" strokeWidth={3} strokeDasharray="14 10">
        <line x1={splitX} y1={plot.y} x2={splitX} y2={bottom} />
        <line x1={plot.x} y1={splitY} x2={right} y2={splitY} />
      </g>
      <g stroke="#9fb0c2" strokeWidth={3} fill="#9fb0c2">
        <line x1={plot.x} y1={bottom} x2={right} y2={bottom} />
        <line x1={plot.x} y1={bottom} x2={plot.x} y2={plot.y} />
      </g>
      {/* Axis ticks and titles. */}
      <g className="matrix__ticks" fontSize={28} fill="#9fb0c2">
        {[0, 50, 100].map((value) => (
          <text
            key={`x${value}`}
            x={plot.x + (value / 100) * plot.width}
            y={bottom + 34}
            textAnchor={value === 0 ? 'start' : value === 100 ? 'end' : 'middle'}
          >
            {value}
          </text>
        ))}
        {[50, 100].map((value) => (
          <text
            key={`y${value}`}
            x={plot.x - 10}
            y={bottom - (value / 100) * plot.height + (value === 100 ? 24 : 10)}
            textAnchor="end"
          >
            {value}
          </text>
        ))}
      </g>
      <g className="matrix__axis-title" fontSize={32} fill="#f4f6f8" fontWeight={700}>
        <text x={midX} y={bottom + 78} textAnchor="middle">
          {t(language, 'wall.matrix.need')}
        </text>
        <text transform={`translate(${plot.x - 58} ${midY}) rotate(-90)`} textAnchor="middle">
          {t(language, 'wall.matrix.interest')}
        </text>
      </g>
      {/* Arrowheads at the axes' ends, drawn (no arrow glyph the kiosk might lack). */}
      <path
        d={`M${right + 22} ${bottom} l-24 -11 v22 z M${plot.x} ${plot.y - 22} l-11 24 h22 z`}
        fill="#9fb0c2"
      />
      {chart.quadrants.map((q) => (
        <text
          key={q.quadrant}
          className={`matrix__quadrant matrix__quadrant--${q.quadrant}`}
          fontSize={q.size}
          fontWeight={q.quadrant === 'start_here' ? 800 : 700}
          fill={q.quadrant === 'start_here' ? START_HERE_COLOR : '#9fb0c2'}
          textAnchor={q.anchor}
        >
          {q.lines.map((line, i) => (
            <tspan key={i} x={q.x} y={q.top + (i + 0.82) * q.size * 1.15}>
              {line}
            </tspan>
          ))}
        </text>
      ))}
      {chart.points.map((point) => {
        const data = byId.get(point.id);
        if (!data) return null;
        const color = DIMENSION_STYLE[data.dimension].color;
        const { box, leader } = point.label;
        const end = nearestOnBox(box, point.x, point.y);
        return (
          <g key={point.id} className="matrix__point" data-category={point.id}>
            {leader ? (
              <line
                x1={point.x}
                y1={point.y}
                x2={end.x}
                y2={end.y}
                stroke={color}
                strokeWidth={3}
              />
            ) : null}
            <circle
              cx={point.x}
              cy={point.y}
              r={MATRIX_TEXT.markerRadius}
              fill={color}
              stroke="#0d141c"
              strokeWidth={3}
            />
          </g>
        );
      })}
      {/* Labels last, so no line or marker crosses one. */}
      {chart.points.map((point) => {
        const data = byId.get(point.id);
        if (!data) return null;
        const color = DIMENSION_STYLE[data.dimension].color;
        const { box } = point.label;
        return (
          <g key={point.id} className="matrix__label">
            <rect
              x={box.x}
              y={box.y}
              width={box.width}
              height={box.height}
              rx={6}
              fill="#0d141c"
              fillOpacity={0.88}
              stroke={color}
              strokeWidth={2}
            />
            <rect
              x={box.x}
              y={box.y}
              width={MATRIX_TEXT.labelBar}
              height={box.height}
              fill={color}
            />
            <text fontSize={MATRIX_TEXT.labelSize} fontWeight={700} fill="#f4f6f8">
              {point.lines.map((line, i) => (
                <tspan
                  key={i}
                  x={box.x + MATRIX_TEXT.labelBar + MATRIX_TEXT.labelPadX}
                  y={
                    box.y +
                    MATRIX_TEXT.labelPadY +
                    i * MATRIX_TEXT.labelLine +
                    0.8 * MATRIX_TEXT.labelSize
                  }
                >
                  {line}
                </tspan>
              ))}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/**
 * The materiality matrix on the wall: need to improve (x) against the employees' interest (y),
 * quadrants split at 50 or at the medians, every category a labelled point in its dimension's
 * colour, and the "Start here" categories named large beside it. Says what is missing when
 * there is nothing to plot yet.
 */
export function MatrixScene(props: {
  method: Pick<MethodState, 'matrix' | 'analysis' | 'vote'>;
  language: Language;
  qr: ReactNode;
}) {
  const { method, language, qr } = props;
  const { matrix } = method;
  const name = (id: Point['categoryId']) => ANALYSIS_CATEGORY_TEXT[id].name[language];
  const missing = matrixMissing(method);
  const plotted = matrix?.points.filter(isPlotted) ?? [];
  const unplotted = matrix?.points.filter((p) => !isPlotted(p)) ?? [];
  // The label search is costly: lay out again only when the matrix or the language changes,
  // not on every other change of the board (a new suggestion, a vote) while it is shown.
  const noChart = missing.length > 0;
  const quadrantNames = useMemo(
    () =>
      Object.fromEntries(
        QUADRANTS.map((q) => [q, t(language, `wall.matrix.quadrant.${q}`)]),
      ) as Record<Quadrant, string>,
    [language],
  );
  const chart = useMemo(() => {
    if (!matrix || noChart) return null;
    return layoutMatrix(
      matrix.points.filter(isPlotted).map((p) => ({
        id: p.categoryId,
        need: p.need,
        interest: p.interest,
        name: ANALYSIS_CATEGORY_TEXT[p.categoryId].name[language],
      })),
      matrixSplitAt(matrix.points, matrix.split),
      quadrantNames,
      MATRIX_WIDTH,
      MATRIX_HEIGHT,
    );
  }, [matrix, noChart, quadrantNames, language]);
  if (!matrix || !chart) {
    return (
      <SceneEmpty
        scene="matrix"
        title={t(language, 'wall.matrix.none')}
        reasons={missing.map((reason) => t(language, `wall.matrix.${reason}`))}
        qr={qr}
      />
    );
  }
  const startHere = startHereList(matrix.points);
  const shown =
    startHere.length <= START_HERE_ROOM ? startHere : startHere.slice(0, START_HERE_ROOM - 1);

  return (
    <section className="scene scene--matrix" data-scene="matrix">
      <Chart chart={chart} points={plotted} language={language} />
      <aside className="matrix__side">
        <h2 className="scene__title">{t(language, 'wall.matrix.title')}</h2>
        <p className="matrix__basis">
          {t(language, 'wall.matrix.basis', { voters: matrix.voters, dots: matrix.dots })}
          {matrix.split === 'median' ? ` · ${t(language, 'wall.matrix.median')}` : ''}
        </p>
        <ul className="matrix__legend">
          {DIMENSIONS.map((dimension) => (
            <li key={dimension}>
              <svg viewBox="0 0 30 30" aria-hidden="true" focusable="false">
                <circle cx="15" cy="15" r="12" fill={DIMENSION_STYLE[dimension].color} />
              </svg>
              {dimensionLabel(language, dimension)}
            </li>
          ))}
        </ul>
        <section className="matrix__start" aria-label={quadrantNames.start_here}>
          <h3 className="matrix__start-title">{quadrantNames.start_here}</h3>
          {shown.length > 0 ? (
            <ol className="matrix__start-list">
              {shown.map((point) => (
                <li
                  key={point.categoryId}
                  style={{ borderColor: DIMENSION_STYLE[point.dimension].color }}
                >
                  <DimensionIcon dimension={point.dimension} size="1.1em" />
                  <span>{name(point.categoryId)}</span>
                </li>
              ))}
            </ol>
          ) : (
            <p className="matrix__start-none">{t(language, 'wall.matrix.startHereNone')}</p>
          )}
          {startHere.length > shown.length ? (
            <p className="matrix__more">
              {t(language, 'kiosk.more', { count: startHere.length - shown.length })}
            </p>
          ) : null}
        </section>
        {unplotted.length > 0 ? (
          <p className="matrix__unplotted">
            {t(language, 'wall.matrix.notPlotted', {
              names: unplotted.map((p) => name(p.categoryId)).join(', '),
            })}
          </p>
        ) : null}
        <div className="matrix__qr">{qr}</div>
      </aside>
    </section>
  );
}
