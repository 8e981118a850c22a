import type { Dimension, Language } from '@tavla/shared';
import { ANALYSIS_CATEGORY_TEXT } from '@tavla/shared/analysis-categories';
import { DIMENSION_STYLE } from '@tavla/shared/dimension-style';
import { dimensionLabel, t } from '@tavla/shared/i18n';
import { ANALYSIS_CATEGORIES, scoreForm } from '@tavla/shared/method';
import type { CategoryScore } from '@tavla/shared/method-schemas';
import {
  layoutRadar,
  RADAR_TEXT,
  radarPoint,
  radarShape,
  ringPoints,
  svgPoints,
  type RadarShape,
} from '../radar-geometry.js';
import { DimensionIcon } from './DimensionIcon.js';
import '../method-messages.js';

/** The chart's width in px at 1920×1080: a third of the wall less gaps and padding. */
export const RADAR_WIDTH = 576;

const GRID = '#41566b';
const PREVIOUS = '#e6edf3';
const MUTED = '#9fb0c2';

/** A shape as SVG: the fill (unless `outlineOnly`) and the outline. */
function Shape(props: {
  shape: RadarShape;
  center: { x: number; y: number };
  color: string;
  outlineOnly: boolean;
  className: string;
}) {
  const { shape, center, color, outlineOnly, className } = props;
  const stroke = outlineOnly
    ? { stroke: PREVIOUS, strokeWidth: 4, strokeDasharray: '12 9', fill: 'none' }
    : { stroke: color, strokeWidth: 5, strokeLinejoin: 'round' as const };
  if (shape.closed) {
    const [ring = []] = shape.runs;
    return (
      <polygon
        className={className}
        points={svgPoints(ring)}
        {...stroke}
        fill={outlineOnly ? 'none' : color}
        fillOpacity={outlineOnly ? undefined : 0.4}
      />
    );
  }
  return (
    <g className={className}>
      {outlineOnly
        ? null
        : shape.runs
            .filter((run) => run.length > 1)
            .map((run, i) => (
              <polygon
                key={`fill-${i}`}
                points={svgPoints([center, ...run])}
                fill={color}
                fillOpacity={0.4}
              />
            ))}
      {shape.runs.map((run, i) =>
        run.length > 1 ? (
          <polyline key={`line-${i}`} points={svgPoints(run)} {...stroke} fill="none" />
        ) : (
          <circle
            key={`dot-${i}`}
            cx={run[0]?.x}
            cy={run[0]?.y}
            r={outlineOnly ? 6 : 9}
            fill={outlineOnly ? 'none' : color}
            stroke={outlineOnly ? PREVIOUS : color}
            strokeWidth={3}
          />
        ),
      )}
    </g>
  );
}

/**
 * One dimension's form as a radar: five spokes (its categories, labelled with name and
 * percentage), this round filled in the dimension's colour, the previous round as a dashed
 * outline, rings at 0, 50 and 100 %, and the form's average below. A category without a score
 * shows "–" and a dotted spoke (the gap), never a zero.
 */
export function RadarChart(props: {
  dimension: Dimension;
  scores: readonly CategoryScore[];
  language: Language;
}) {
  const { dimension, scores, language } = props;
  const color = DIMENSION_STYLE[dimension].color;
  const ids = ANALYSIS_CATEGORIES[dimension];
  const names = ids.map((id) => ANALYSIS_CATEGORY_TEXT[id].name[language]);
  // Cheap (five names to wrap), and a wall redraws rarely: no memo needed.
  const layout = layoutRadar(names, RADAR_WIDTH);
  const byId = new Map(scores.map((score) => [score.categoryId, score]));
  const percents = ids.map((id) => byId.get(id)?.percent ?? null);
  const previous = ids.map((id) => byId.get(id)?.previousPercent ?? null);
  const hasPrevious = previous.some((p) => p !== null);
  const { center, radius } = layout;
  const count = ids.length;
  const current = radarShape(percents, radius, center);
  const before = radarShape(previous, radius, center);
  const mean = scoreForm(percents);
  const previousMean = scoreForm(previous);

  return (
    <article
      className="radar"
      aria-label={dimensionLabel(language, dimension)}
      data-dimension={dimension}
    >
      <header className="radar__head" style={{ borderColor: color }}>
        <DimensionIcon dimension={dimension} size="1.15em" />
        <h3>{dimensionLabel(language, dimension)}</h3>
      </header>
      <svg
        className="radar__chart"
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="img"
        aria-label={ids
          .map(
            (id, i) =>
              `${names[i] ?? id}: ${percents[i] === null ? t(language, 'wall.analysis.noScore') : `${percents[i]} %`}`,
          )
          .join(', ')}
      >
        {[100, 50].map((ring) => (
          <polygon
            key={ring}
            points={svgPoints(ringPoints(ring, count, radius, center))}
            fill={ring === 100 ? '#1d2b3a' : 'none'}
            stroke={GRID}
            strokeWidth={2}
          />
        ))}
        {ids.map((id, i) => {
          const end = radarPoint(100, i, count, radius, center);
          const gap = percents[i] === null;
          return (
            <line
              key={id}
              className={gap ? 'radar__gap' : undefined}
              x1={center.x}
              y1={center.y}
              x2={end.x}
              y2={end.y}
              stroke={gap ? MUTED : GRID}
              strokeWidth={gap ? 7 : 2}
              strokeDasharray={gap ? '0.1 14' : undefined}
              strokeLinecap="round"
            />
          );
        })}
        <circle cx={center.x} cy={center.y} r={4} fill={GRID} />
        {hasPrevious ? (
          <Shape
            shape={before}
            center={center}
            color={color}
            outlineOnly
            className="radar__previous"
          />
        ) : null}
        <Shape
          shape={current}
          center={center}
          color={color}
          outlineOnly={false}
          className="radar__current"
        />
        {current.runs.flat().map((point, i) => (
          <circle key={i} cx={point.x} cy={point.y} r={7} fill={color} />
        ))}
        {layout.labels.map((label) => {
          const percent = percents[label.index] ?? null;
          return (
            <g key={label.index} className="radar__label" textAnchor={label.anchor}>
              <text
                className={
                  percent === null ? 'radar__percent radar__percent--none' : 'radar__percent'
                }
                x={label.x}
                y={label.percentBaseline}
                fontSize={RADAR_TEXT.percentSize}
              >
                {percent === null ? (
                  '–'
                ) : (
                  <>
                    {percent}
                    <tspan fontSize={RADAR_TEXT.unitSize} dx={6}>
                      %
                    </tspan>
                  </>
                )}
              </text>
              <text className="radar__name" fontSize={RADAR_TEXT.nameSize}>
                {label.lines.map((line, i) => (
                  <tspan key={i} x={label.x} y={line.baseline}>
                    {line.text}
                  </tspan>
                ))}
              </text>
            </g>
          );
        })}
      </svg>
      <footer className="radar__foot">
        <span className="radar__mean-label">{t(language, 'wall.analysis.mean')}</span>
        <span className="radar__mean">
          {mean === null ? '–' : mean}
          {mean === null ? null : <span className="radar__unit">%</span>}
        </span>
        {previousMean !== null ? (
          <span className="radar__before">
            {t(language, 'wall.analysis.previousMean', { percent: `${previousMean} %` })}
          </span>
        ) : null}
      </footer>
    </article>
  );
}
