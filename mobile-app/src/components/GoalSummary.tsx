import type { Goal, Language, Suggestion } from '@tavla/shared';
import { DIMENSION_STYLE } from '@tavla/shared/dimension-style';
import {
  computeProgress,
  formatValue,
  goalNumbers,
  type GoalStatus,
} from '@tavla/shared/goal-progress';
import { t } from '@tavla/shared/i18n';
import { DimensionIcon } from './DimensionPicker.js';

/** Status colours, dark enough for the status word on white (at least 4.5:1, WCAG AA). */
export const STATUS_COLOR: Record<GoalStatus, string> = {
  on_track: '#1a7a3c',
  at_risk: '#94600f',
  off_track: '#b3261e',
};

/** A goal at a glance: progress, latest value against the target, status, time left. */
export function GoalSummary(props: {
  goal: Goal;
  suggestions: readonly Suggestion[];
  language: Language;
  now: Date;
}) {
  const { goal, suggestions, language, now } = props;
  const numbers = goalNumbers(goal);
  const progress = numbers ? computeProgress(numbers, goal.measurements, now) : null;
  const linked = suggestions.filter((s) => s.goalId === goal.id);
  return (
    <div
      className="goal-summary"
      style={{ borderLeftColor: DIMENSION_STYLE[goal.dimension].color }}
    >
      <p className="goal-summary__title">
        <span className="item__dimension" style={{ color: DIMENSION_STYLE[goal.dimension].color }}>
          <DimensionIcon dimension={goal.dimension} />
        </span>
        {goal.title}
        {goal.state !== 'active' ? (
          <span className="chip">{t(language, `goals.state.${goal.state}`)}</span>
        ) : null}
      </p>
      {progress && numbers ? (
        <>
          <div
            className="goal-summary__bar"
            role="progressbar"
            aria-label={goal.title}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={progress.percent}
          >
            <span
              style={{ width: `${progress.percent}%`, background: STATUS_COLOR[progress.status] }}
            />
          </div>
          <p className="item__meta">
            <strong style={{ color: STATUS_COLOR[progress.status] }}>
              {t(language, `goal.status.${progress.status}`)}
            </strong>
            <span>
              {progress.latestValue === null
                ? t(language, 'goal.noMeasurement', {
                    target: formatValue(numbers.targetValue, language),
                    unit: goal.unit,
                  })
                : t(language, 'goal.latestOfTarget', {
                    latest: formatValue(progress.latestValue, language),
                    target: formatValue(numbers.targetValue, language),
                    unit: goal.unit,
                  })}
            </span>
            <span>
              {progress.daysLeft >= 0
                ? t(language, 'goal.daysLeft', { days: progress.daysLeft })
                : t(language, 'goal.overdue', { days: -progress.daysLeft })}
            </span>
          </p>
        </>
      ) : null}
      <p className="item__meta">
        {t(language, 'goal.suggestions', {
          linked: linked.length,
          done: linked.filter((s) => s.status === 'done').length,
        })}
      </p>
    </div>
  );
}
