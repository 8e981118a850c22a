import type { Goal, Language, Suggestion } from '@tavla/shared';
import { DIMENSION_STYLE } from '@tavla/shared/dimension-style';
import {
  computeProgress,
  formatValue,
  goalNumbers,
  type GoalStatus,
} from '@tavla/shared/goal-progress';
import { t } from '@tavla/shared/i18n';
import { DimensionIcon } from './DimensionIcon.js';

export const STATUS_COLOR: Record<GoalStatus, string> = {
  on_track: '#3fd16b',
  at_risk: '#ffc53d',
  off_track: '#ff6b5b',
};

/**
 * A small trend line: the baseline and every measurement, scaled between the lowest and
 * highest of them and the target; the target is a dashed line.
 */
export function Sparkline({ goal, color }: { goal: Goal; color: string }) {
  if (goal.baselineValue === null || goal.targetValue === null) return null;
  const values = [goal.baselineValue, ...goal.measurements.map((m) => m.value)];
  const min = Math.min(...values, goal.targetValue);
  const max = Math.max(...values, goal.targetValue);
  const span = max - min || 1;
  const width = 100;
  const height = 30;
  const y = (value: number) => height - 2 - ((value - min) / span) * (height - 4);
  const step = values.length > 1 ? width / (values.length - 1) : width;
  const points = values
    .map((value, i) => `${(i * step).toFixed(1)},${y(value).toFixed(1)}`)
    .join(' ');
  return (
    <svg
      className="goal__spark"
      viewBox={`0 0 ${width} ${height}`}
      preserveAspectRatio="none"
      aria-hidden="true"
    >
      <line
        x1="0"
        x2={width}
        y1={y(goal.targetValue)}
        y2={y(goal.targetValue)}
        className="goal__target-line"
      />
      <polyline
        points={points}
        fill="none"
        stroke={color}
        strokeWidth="2.5"
        vectorEffect="non-scaling-stroke"
      />
    </svg>
  );
}

export function GoalTile(props: {
  goal: Goal;
  suggestions: readonly Suggestion[];
  language: Language;
  now: Date;
}) {
  const { goal, suggestions, language, now } = props;
  const numbers = goalNumbers(goal);
  if (!numbers) return null;
  const progress = computeProgress(numbers, goal.measurements, now);
  const color = STATUS_COLOR[progress.status];
  const linked = suggestions.filter((s) => s.goalId === goal.id);
  const target = formatValue(numbers.targetValue, language);
  const days =
    progress.daysLeft > 0
      ? t(language, 'goal.daysLeft', { days: progress.daysLeft })
      : progress.daysLeft === 0
        ? t(language, 'goal.dueToday')
        : t(language, 'goal.overdue', { days: -progress.daysLeft });
  return (
    <article
      className="goal"
      aria-label={goal.title}
      style={{ borderTopColor: DIMENSION_STYLE[goal.dimension].color }}
    >
      <header className="goal__head">
        <DimensionIcon dimension={goal.dimension} size="1.6em" />
        <h3>{goal.title}</h3>
      </header>
      <div
        className="goal__bar"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={progress.percent}
        aria-label={t(language, 'goal.progress', { percent: Math.round(progress.percent) })}
      >
        <span style={{ width: `${progress.percent}%`, background: color }} />
      </div>
      <p className="goal__value">
        {progress.latestValue === null
          ? t(language, 'goal.noMeasurement', { target, unit: goal.unit })
          : t(language, 'goal.latestOfTarget', {
              latest: formatValue(progress.latestValue, language),
              target,
              unit: goal.unit,
            })}
      </p>
      <Sparkline goal={goal} color={color} />
      <footer className="goal__foot">
        <span className="goal__status" style={{ color }}>
          ● {t(language, `goal.status.${progress.status}`)}
        </span>
        <span>{days}</span>
      </footer>
      <p className="goal__links">
        {t(language, 'goal.suggestions', {
          linked: linked.length,
          done: linked.filter((s) => s.status === 'done').length,
        })}
      </p>
    </article>
  );
}
