import type { ReactNode } from 'react';
import type { Language } from '@tavla/shared';
import type { MeetingReview } from '@tavla/shared/follow-ups';
import type { GoalStatus } from '@tavla/shared/goal-progress';
import { statusLabel, t } from '@tavla/shared/i18n';
import { formatDay } from '../announcement-view.js';
import {
  bottleneckRows,
  changeRows,
  columnPage,
  dueOf,
  MEETING_ROWS_PER_PAGE,
  type BottleneckRow,
  type ChangeRow,
} from '../follow-up-view.js';
import { DUE_COLOR } from './ActionRow.js';
import { DimensionIcon } from './DimensionIcon.js';
import { STATUS_COLOR } from './GoalTile.js';
import { WallIcon } from './WallIcon.js';
import '../wall-messages.js';
import '../wall-follow-up-messages.js';

function GoalStatusWord(props: { status: GoalStatus | null; language: Language }) {
  const { status, language } = props;
  if (status === null) {
    return <span className="mt-status">{t(language, 'wallMeeting.unknownStatus')}</span>;
  }
  return (
    <span className="mt-status" style={{ color: STATUS_COLOR[status] }}>
      <WallIcon name="dot" size="0.7em" />
      {t(language, `goal.status.${status}`)}
    </span>
  );
}

function ChangeLine({ row, language }: { row: ChangeRow; language: Language }) {
  switch (row.kind) {
    case 'new':
      return (
        <li className="mt-row mt-row--new">
          <span className="mt-mark mt-mark--new">{t(language, 'wallMeeting.mark.new')}</span>
          <DimensionIcon dimension={row.suggestion.dimension} size="1em" />
          <span className="mt-row__text" data-clamped="">
            {row.suggestion.text}
          </span>
        </li>
      );
    case 'changed':
      return (
        <li className="mt-row mt-row--changed">
          <span className="mt-mark mt-mark--changed">
            {t(language, 'wallMeeting.mark.changed')}
          </span>
          <DimensionIcon dimension={row.change.suggestion.dimension} size="1em" />
          <span className="mt-row__text" data-clamped="">
            {row.change.suggestion.text}
          </span>
          <span className="mt-row__to">
            <WallIcon name="arrow" size="0.9em" />
            {statusLabel(language, row.change.to)}
          </span>
        </li>
      );
    case 'goal':
      return (
        <li className="mt-row mt-row--goal">
          <span className="mt-mark mt-mark--goal">{t(language, 'wallMeeting.mark.goal')}</span>
          <DimensionIcon dimension={row.goal.dimension} size="1em" />
          <span className="mt-row__goal">
            <span className="mt-row__title" data-clamped="">
              {row.goal.title}
            </span>
            <span className="mt-row__to">
              <GoalStatusWord status={row.goal.then} language={language} />
              <WallIcon name="arrow" size="0.9em" />
              <GoalStatusWord status={row.goal.now} language={language} />
            </span>
          </span>
        </li>
      );
  }
}

function BottleneckLine(props: { row: BottleneckRow; today: string; language: Language }) {
  const { row, today, language } = props;
  if (row.kind === 'overdue') {
    const late = dueOf(row.action.dueDate, today).late;
    return (
      <li className="mt-row mt-row--overdue">
        <span className="mt-row__days" style={{ color: DUE_COLOR.red }}>
          <WallIcon name="alert" size="1em" />
          {t(language, late === 1 ? 'wallFollowUp.lateOne' : 'wallFollowUp.lateMany', {
            days: late,
          })}
        </span>
        <span className="mt-row__text" data-clamped="">
          {row.action.text}
        </span>
      </li>
    );
  }
  return (
    <li className="mt-row mt-row--waiting">
      <span className="mt-row__days">
        <WallIcon name="clock" size="1em" />
        {t(language, 'wallMeeting.waitingDays', { days: row.waiting.days })}
      </span>
      <DimensionIcon dimension={row.waiting.suggestion.dimension} size="1em" />
      <span className="mt-row__text" data-clamped="">
        {row.waiting.suggestion.text}
      </span>
    </li>
  );
}

const COUNTS = ['new', 'changed', 'done', 'measurements'] as const;

/**
 * The weekly board meeting on the wall: "since the last board meeting", what happened (new
 * suggestions, status changes and goals whose status changed, each marked), the counts, and
 * the bottleneck (suggestions waiting for a decision longer than a week, actions past their
 * date in red). The lists turn pages when they are longer than one screen.
 */
export function MeetingScene(props: {
  review: MeetingReview | null;
  failed: boolean;
  page: number;
  pages: number;
  today: string;
  language: Language;
  qr: ReactNode;
}) {
  const { review, failed, page, pages, today, language, qr } = props;
  const counts = review
    ? {
        new: review.newSuggestions.length,
        changed: review.statusChanges.length,
        done: review.done,
        measurements: review.measurements.length,
      }
    : null;
  const changes = review ? changeRows(review) : [];
  const bottleneck = review ? bottleneckRows(review) : [];
  return (
    <section className="scene scene--meeting" data-scene="meeting">
      <div className="mt-top">
        <div>
          <h2 className="scene__title">{t(language, 'wallMeeting.title')}</h2>
          <p className="scene__subtitle">
            {review
              ? review.previousMeetingAt
                ? t(language, 'wallMeeting.since', {
                    date: formatDay(review.previousMeetingAt, language),
                  })
                : t(language, 'wallMeeting.first')
              : t(language, failed ? 'wallMeeting.failed' : 'wallMeeting.loading')}
            {pages > 1 ? (
              <span className="mt-page">{t(language, 'wall.page', { page: page + 1, pages })}</span>
            ) : null}
          </p>
        </div>
        {qr}
      </div>
      {counts ? (
        <>
          <ul className="mt-counts">
            {COUNTS.map((key) => (
              <li key={key} className={`mt-count mt-count--${key}`}>
                <span className="mt-count__number" data-figure="">
                  {counts[key]}
                </span>
                <span className="mt-count__label">{t(language, `wallMeeting.count.${key}`)}</span>
              </li>
            ))}
          </ul>
          <div className="mt-lists">
            <section className="mt-list">
              <h3 className="mt-list__title">{t(language, 'wallMeeting.changes')}</h3>
              {changes.length === 0 ? (
                <p className="fu-note">{t(language, 'wallMeeting.noChanges')}</p>
              ) : (
                <ol className="mt-rows">
                  {columnPage(changes, MEETING_ROWS_PER_PAGE, page).map((row) => (
                    <ChangeLine key={rowKey(row)} row={row} language={language} />
                  ))}
                </ol>
              )}
            </section>
            <section className="mt-list mt-list--bottleneck">
              <h3 className="mt-list__title">{t(language, 'wallMeeting.bottleneck')}</h3>
              {bottleneck.length === 0 ? (
                <p className="fu-note">{t(language, 'wallMeeting.noBottleneck')}</p>
              ) : (
                <ol className="mt-rows">
                  {columnPage(bottleneck, MEETING_ROWS_PER_PAGE, page).map((row) => (
                    <BottleneckLine
                      key={row.kind === 'overdue' ? row.action.id : row.waiting.suggestion.id}
                      row={row}
                      today={today}
                      language={language}
                    />
                  ))}
                </ol>
              )}
            </section>
          </div>
        </>
      ) : null}
    </section>
  );
}

function rowKey(row: ChangeRow): string {
  switch (row.kind) {
    case 'new':
      return `new-${row.suggestion.id}`;
    case 'changed':
      return `changed-${row.change.suggestion.id}`;
    case 'goal':
      return `goal-${row.goal.goalId}`;
  }
}
