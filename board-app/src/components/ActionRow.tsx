import type { Language } from '@tavla/shared';
import type { DueColour } from '@tavla/shared/follow-up-rules';
import type { Action } from '@tavla/shared/follow-ups';
import { t } from '@tavla/shared/i18n';
import { dueOf, formatCalendarDay } from '../follow-up-view.js';
import { WallIcon, type WallIconName } from './WallIcon.js';
import '../wall-follow-up-messages.js';

export const DUE_COLOR: Record<DueColour, string> = {
  green: '#3fd16b',
  yellow: '#ffd23f',
  red: '#ff6b5b',
};
const DUE_ICON: Record<DueColour, WallIconName> = {
  green: 'clock',
  yellow: 'today',
  red: 'alert',
};

/**
 * An action on the wall: its due state as a colour AND a word with an icon (green "on time"
 * until the day before, yellow "today" on the day, red "overdue" after, by the wall's own day),
 * its text, who owns it and when it is due (and how late).
 */
export function ActionRow(props: { action: Action; today: string; language: Language }) {
  const { action, today, language } = props;
  const due = dueOf(action.dueDate, today);
  const color = DUE_COLOR[due.colour];
  return (
    <li
      className={`action action--${due.colour}`}
      style={{ borderLeftColor: color }}
      data-due={due.colour}
      data-action-id={action.id}
    >
      <span className="action__due" style={{ background: color }}>
        <WallIcon name={DUE_ICON[due.colour]} size="1.1em" />
        {t(language, `wallFollowUp.due.${due.colour}`)}
      </span>
      <span className="action__text" data-clamped="">
        {action.text}
      </span>
      <span className="action__meta">
        <span className="action__owner">
          <WallIcon name="person" size="1em" />
          <span data-clamped="">{action.owner}</span>
        </span>
        <span className="action__date">
          {t(language, 'wallFollowUp.dueOn', {
            date: formatCalendarDay(action.dueDate, language),
          })}
        </span>
        {due.late > 0 ? (
          <span className="action__late" style={{ color }}>
            {t(language, due.late === 1 ? 'wallFollowUp.lateOne' : 'wallFollowUp.lateMany', {
              days: due.late,
            })}
          </span>
        ) : null}
      </span>
    </li>
  );
}
