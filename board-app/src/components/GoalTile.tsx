import type { Goal, Language, Suggestion } from '@tavla/shared';
import { DIMENSION_STYLE } from '@tavla/shared/dimension-style';
import {
  computeProgress,
  formatValue,
  goalNumbers,
  type GoalStatus,
} from '@tavla/shared/goal-progress';
import { t } from '@tavla/shared/i18n';
import { sparkline } from '../sparkline.js';
import { fitFigure } from '../text-fit.js';
import { DimensionIcon } from './DimensionIcon.js';
import { WallIcon } from './WallIcon.js';
import '../wall-messages.js';

export const STATUS_COLOR: Record<GoalStatus, string> = {
  on_track: '#3fd16b',
  at_risk: '#ffc53d',
  off_track: '#ff6b5b',
};

/** The trend line: the baseline and every measurement, and the target as a dashed line. */
export function Sparkline({ goal, color }: { goal: Goal; color: string }) {
  const line = sparkline(goal, { width: 300, height: 80, pad: 6 });
  if (!line) return null;
  return (
    <svg
      className="goal__spark"
      viewBox={`0 0 ${line.width} ${line.height}`}
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
    >
      <line
        x1="0"
        x2={line.width}
        y1={line.targetY}
        y2={line.targetY}
        className="goal__target-line"
      />
      <polyline
        points={line.points.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ')}
        fill="none"
        stroke={color}
        strokeWidth="4"
        strokeLinejoin="round"
        vectorEffect="non-scaling-stroke"
      />
      {line.points.slice(-1).map((p) => (
        // A zero-length round-capped line: a round dot however the box is stretched.
        <line
          key="last"
          x1={p.x}
          y1={p.y}
          x2={p.x}
          y2={p.y}
          stroke={color}
          strokeWidth="16"
          strokeLinecap="round"
          vectorEffect="non-scaling-stroke"
        />
      ))}
    </svg>
  );
}

/** The target's size (rem): a key figure's, wrapping under the value when long. */
const TARGET_REM = 3.5;

/**
 * A goal on the goals scene, big: where it is now and its target, each with its unit and never
 * cut (long numbers wrap), how far along it is, its trend, its status and the days left.
 */
export function GoalTile(props: {
  goal: Goal;
  suggestions: readonly Suggestion[];
  language: Language;
  now: Date;
  /** The tile's inner width in rem: the big value is sized to fit it on one line. */
  widthRem: number;
}) {
  const { goal, suggestions, language, now, widthRem } = props;
  const numbers = goalNumbers(goal);
  if (!numbers) return null;
  const progress = computeProgress(numbers, goal.measurements, now);
  const color = STATUS_COLOR[progress.status];
  const linked = suggestions.filter((s) => s.goalId === goal.id);
  const days =
    progress.daysLeft > 0
      ? t(language, 'goal.daysLeft', { days: progress.daysLeft })
      : progress.daysLeft === 0
        ? t(language, 'goal.dueToday')
        : t(language, 'goal.overdue', { days: -progress.daysLeft });
  const unit = goal.unit.trim();
  const latest = progress.latestValue === null ? null : formatValue(progress.latestValue, language);
  const target = formatValue(numbers.targetValue, language);
  // Never cut, never broken inside: the value shrinks to its line (down to a key figure's
  // size), and the unit wraps under it when the line is full.
  const valueRem = latest === null ? 6 : fitFigure(latest, widthRem, 6, 3.5);
  return (
    <article
      className="goal"
      aria-label={goal.title}
      style={{ borderTopColor: DIMENSION_STYLE[goal.dimension].color }}
    >
      <header className="goal__head">
        <DimensionIcon dimension={goal.dimension} size="1.2em" />
        <h3 data-clamped="">{goal.title}</h3>
      </header>
      <div className="goal__figures">
        <p className="goal__now">
          <span className="goal__label">{t(language, 'wall.goals.now')}</span>
          {progress.latestValue === null ? (
            <span className="goal__none">{t(language, 'wall.goals.noMeasurement')}</span>
          ) : (
            <span className="goal__figure">
              <span className="goal__value" data-figure="" style={{ fontSize: `${valueRem}rem` }}>
                {latest}
              </span>
              {unit ? (
                <span className="goal__unit" data-unit="">
                  {unit}
                </span>
              ) : null}
            </span>
          )}
        </p>
        <p className="goal__target">
          <span className="goal__label">{t(language, 'wall.goals.target')}</span>
          <span className="goal__figure">
            <span
              className="goal__target-value"
              data-figure=""
              style={{ fontSize: `${TARGET_REM}rem` }}
            >
              {target}
            </span>
            {unit ? (
              <span className="goal__unit goal__unit--target" data-unit="">
                {unit}
              </span>
            ) : null}
          </span>
        </p>
      </div>
      <div className="goal__progress">
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
        <p className="goal__percent">
          <span data-figure="">{Math.round(progress.percent)}&nbsp;%</span>{' '}
          <span className="goal__way">{t(language, 'wall.goals.way')}</span>
        </p>
      </div>
      <Sparkline goal={goal} color={color} />
      <footer className="goal__foot">
        <span className="goal__status" style={{ color }}>
          <WallIcon name="dot" size="0.9em" />
          {t(language, `goal.status.${progress.status}`)}
        </span>
        <span className="goal__days">{days}</span>
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
