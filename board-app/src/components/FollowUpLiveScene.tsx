import type { ReactNode } from 'react';
import type { Goal, Language, Suggestion } from '@tavla/shared';
import type { Action, FollowUpLive, Note } from '@tavla/shared/follow-ups';
import { FOLLOW_UP_LIMITS } from '@tavla/shared/follow-up-rules';
import { t } from '@tavla/shared/i18n';
import { chunk } from '../board-layout.js';
import {
  actionsPage,
  columnPage,
  LIVE_GOALS_PER_PAGE,
  noteColumns,
  NOTES_PER_PAGE,
  type LiveView,
} from '../follow-up-view.js';
import { ActionRow } from './ActionRow.js';
import { goalWidthRem } from './GoalsScene.js';
import { GoalTile } from './GoalTile.js';
import { aroundCount } from './VoteScene.js';
import { WallIcon } from './WallIcon.js';
import '../wall-messages.js';
import '../wall-follow-up-messages.js';

/** A count drawn big inside its sentence ("{count} devices have voted"). */
function Count(props: { template: string; count: number; className?: string }) {
  const [before, after] = aroundCount(props.template);
  return (
    <p className={`fu-count ${props.className ?? ''}`} role="status">
      {before.trim() ? <span className="fu-count__label">{before.trim()}</span> : null}
      <span className="fu-count__number" data-figure="">
        {props.count}
      </span>
      {after.trim() ? <span className="fu-count__label">{after.trim()}</span> : null}
    </p>
  );
}

function NoteColumn(props: {
  title: string;
  kind: 'went_well' | 'do_better';
  notes: readonly Note[];
  all: number;
  language: Language;
}) {
  const { title, kind, notes, all, language } = props;
  return (
    <section className={`fu-notes fu-notes--${kind}`} aria-label={title}>
      <h3 className="fu-notes__title">
        <WallIcon name={kind === 'went_well' ? 'check' : 'arrow'} size="1em" />
        <span>{title}</span>
        <span className="fu-notes__all" data-figure="">
          {all}
        </span>
      </h3>
      {notes.length === 0 ? (
        <p className="fu-note">{t(language, 'wallFollowUp.noNotes')}</p>
      ) : (
        <ol className="fu-notes__list">
          {notes.map((note) => (
            <li key={note.id} className="fu-sticky" data-note-id={note.id}>
              <span className="fu-sticky__text" data-clamped="">
                {note.text}
              </span>
              {note.votes === null ? null : (
                <span
                  className="fu-sticky__votes"
                  aria-label={t(
                    language,
                    note.votes === 1 ? 'wallFollowUp.votesOne' : 'wallFollowUp.votesMany',
                    { count: note.votes },
                  )}
                >
                  <WallIcon name="dot" size="0.6em" />
                  <span data-figure="">{note.votes}</span>
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function Notes(props: { live: FollowUpLive; page: number; language: Language }) {
  const { live, page, language } = props;
  const { wentWell, doBetter } = noteColumns(live.shown);
  return (
    <div className="fu-columns">
      <NoteColumn
        title={t(language, 'wallFollowUp.wentWell')}
        kind="went_well"
        notes={columnPage(wentWell, NOTES_PER_PAGE, page)}
        all={live.notes.wentWell}
        language={language}
      />
      <NoteColumn
        title={t(language, 'wallFollowUp.doBetter')}
        kind="do_better"
        notes={columnPage(doBetter, NOTES_PER_PAGE, page)}
        all={live.notes.doBetter}
        language={language}
      />
    </div>
  );
}

function Actions(props: {
  actions: readonly Action[];
  today: string;
  empty: string;
  language: Language;
}) {
  const { actions, today, empty, language } = props;
  if (actions.length === 0) return <p className="fu-note">{empty}</p>;
  return (
    <ol className="actions">
      {actions.map((action) => (
        <ActionRow key={action.id} action={action} today={today} language={language} />
      ))}
    </ol>
  );
}

/** The most voted "do better" note (or "went well" without one), under the new actions. */
function TopVoted({ live, language }: { live: FollowUpLive; language: Language }) {
  const { wentWell, doBetter } = noteColumns(live.shown);
  const note = [doBetter[0], wentWell[0]].find(
    (candidate): candidate is Note => candidate !== undefined && (candidate.votes ?? 0) > 0,
  );
  if (!note) return null;
  return (
    <section className="fu-top">
      <h3 className="fu-top__title">{t(language, 'wallFollowUp.mostVotes')}</h3>
      <ul className="fu-top__list">
        <li key={note.id} className={`fu-top__note fu-top__note--${note.kind}`}>
          <span className="fu-top__kind">
            {t(
              language,
              note.kind === 'went_well' ? 'wallFollowUp.wentWell' : 'wallFollowUp.doBetter',
            )}
          </span>
          <span className="fu-top__text" data-clamped="">
            {note.text}
          </span>
          <span className="fu-sticky__votes">
            <WallIcon name="dot" size="0.6em" />
            <span data-figure="">{note.votes}</span>
          </span>
        </li>
      </ul>
    </section>
  );
}

/** The views where phones take part with a large QR code beside them. */
const WITH_BIG_QR: readonly LiveView[] = ['write', 'pulse'];

/**
 * The follow-up on the wall while a lead runs it (step 7), one view per step: the actions
 * carried over with their due colours, the goals, the silent writing (only how many notes,
 * never their texts), the vote (the notes in two columns, and how many devices voted), the
 * notes with their votes, the new actions with owner and date, the learning, the pulse.
 */
export function FollowUpLiveScene(props: {
  live: FollowUpLive;
  view: LiveView;
  page: number;
  pages: number;
  carried: readonly Action[];
  decided: readonly Action[];
  goals: readonly Goal[];
  suggestions: readonly Suggestion[];
  today: string;
  now: Date;
  language: Language;
  qr: (call: string, compact: boolean) => ReactNode;
}) {
  const { live, view, page, pages, carried, decided, goals, suggestions, today, now, language } =
    props;
  const { qr } = props;
  const index = live.steps.indexOf(live.step);
  const big = WITH_BIG_QR.includes(view);
  const call = t(
    language,
    view === 'pulse'
      ? 'wallFollowUp.scanPulse'
      : view === 'vote'
        ? 'wallFollowUp.scanVote'
        : view === 'write'
          ? 'wallFollowUp.scanWrite'
          : 'wall.workshop.scan',
  );

  let body: ReactNode;
  switch (view) {
    case 'actions':
      body = (
        <Actions
          actions={actionsPage(carried, page)}
          today={today}
          empty={t(language, 'wallFollowUp.carriedNone')}
          language={language}
        />
      );
      break;
    case 'goals': {
      const shown = chunk(goals, LIVE_GOALS_PER_PAGE)[page] ?? [];
      body =
        shown.length === 0 ? (
          <p className="fu-note">{t(language, 'wallFollowUp.noGoals')}</p>
        ) : (
          <div className="fu-goals">
            {shown.map((goal) => (
              <GoalTile
                key={goal.id}
                goal={goal}
                suggestions={suggestions}
                language={language}
                now={now}
                widthRem={goalWidthRem(LIVE_GOALS_PER_PAGE)}
              />
            ))}
          </div>
        );
      break;
    }
    case 'write': {
      const notes = live.notes.wentWell + live.notes.doBetter;
      body = (
        <div className="fu-write">
          <p className="fu-write__line" role="status">
            <span className="fu-write__number" data-figure="">
              {notes}
            </span>
            <span className="fu-write__label">
              {aroundCount(
                t(language, notes === 1 ? 'wallFollowUp.notesOne' : 'wallFollowUp.notesMany'),
              )[1].trim()}
            </span>
            <span className="fu-write__label">
              {t(
                language,
                live.notes.writers === 1
                  ? 'wallFollowUp.fromDevicesOne'
                  : 'wallFollowUp.fromDevicesMany',
                { count: live.notes.writers },
              )}
            </span>
          </p>
          <p className="fu-write__kinds">
            <span>
              <WallIcon name="check" size="1em" />
              {t(language, 'wallFollowUp.wentWell')}
              <span data-figure="">{live.notes.wentWell}</span>
            </span>
            <span>
              <WallIcon name="arrow" size="1em" />
              {t(language, 'wallFollowUp.doBetter')}
              <span data-figure="">{live.notes.doBetter}</span>
            </span>
          </p>
          <p className="fu-note">{t(language, 'wallFollowUp.silent')}</p>
        </div>
      );
      break;
    }
    case 'vote':
      body = (
        <>
          <Notes live={live} page={page} language={language} />
          <div className="fu-foot">
            <Count
              template={t(
                language,
                live.voters === 1 ? 'wallFollowUp.votedOne' : 'wallFollowUp.votedMany',
              )}
              count={live.voters}
            />
            <p className="fu-note">{t(language, 'wallFollowUp.votesHidden', FOLLOW_UP_LIMITS)}</p>
          </div>
        </>
      );
      break;
    case 'voted':
      body = <Notes live={live} page={page} language={language} />;
      break;
    case 'new_actions':
      body = (
        <>
          <Actions
            actions={decided}
            today={today}
            empty={t(language, 'wallFollowUp.noNewActions', FOLLOW_UP_LIMITS)}
            language={language}
          />
          <TopVoted live={live} language={language} />
        </>
      );
      break;
    case 'learning':
      body = live.learning ? (
        <blockquote className="fu-learning-live" data-clamped="">
          {live.learning}
        </blockquote>
      ) : (
        <p className="fu-note">{t(language, 'wallFollowUp.noLearning')}</p>
      );
      break;
    case 'pulse':
      body = (
        <div className="fu-pulse">
          <ol className="fu-pulse__questions">
            <li>{t(language, 'wallFollowUp.pulseInvolved')}</li>
            <li>{t(language, 'wallFollowUp.pulseContribute')}</li>
          </ol>
          <p className="fu-note">{t(language, 'wallFollowUp.pulseScale')}</p>
          <Count
            template={t(
              language,
              live.pulseRespondents === 1
                ? 'wallFollowUp.answeredOne'
                : 'wallFollowUp.answeredMany',
            )}
            count={live.pulseRespondents}
          />
        </div>
      );
      break;
  }

  return (
    <section
      className={big ? 'scene scene--fu-live fu-live--big-qr' : 'scene scene--fu-live'}
      data-scene="follow_up_live"
      data-view={view}
    >
      <div className="fu-live">
        <div className="fu-live__top">
          <div className="fu-live__heading">
            <p className="fu-live__step">
              <span>{t(language, `wallFollowUp.kind.${live.kind}`)}</span>
              <span className="fu-live__index">
                {t(language, 'wallFollowUp.live.step', {
                  index: index + 1,
                  count: live.steps.length,
                })}
              </span>
              {pages > 1 ? (
                <span>{t(language, 'wall.page', { page: page + 1, pages })}</span>
              ) : null}
            </p>
            <h2 className="fu-live__title">{t(language, `wallFollowUp.step.${view}`)}</h2>
          </div>
          {big ? null : qr(call, true)}
        </div>
        <div className={`fu-live__body fu-live__body--${view}`}>{body}</div>
      </div>
      {big ? qr(call, false) : null}
    </section>
  );
}
