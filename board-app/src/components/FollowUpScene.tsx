import type { Language } from '@tavla/shared';
import type { Participation } from '@tavla/shared/analytics';
import type { Action } from '@tavla/shared/follow-ups';
import { t } from '@tavla/shared/i18n';
import type { MethodState } from '@tavla/shared/method-schemas';
import { formatCalendarDay, participationBar, participationShown } from '../follow-up-view.js';
import { ActionRow } from './ActionRow.js';
import { WallIcon } from './WallIcon.js';
import '../wall-follow-up-messages.js';

/** This quarter's participation against the board's target: the count, a bar, the target. */
export function ParticipationPanel(props: { participation: Participation; language: Language }) {
  const { participation, language } = props;
  const bar = participationBar(participation);
  const target = participation.target;
  return (
    <section className="fu-part" aria-label={t(language, 'wallFollowUp.participation')}>
      <h3 className="fu-side__label">{t(language, 'wallFollowUp.participation')}</h3>
      <p className="fu-part__line">
        <span className="fu-part__count" data-figure="">
          {participation.contributors}
        </span>
        <span className="fu-part__of">
          {participation.employees === null
            ? t(language, 'wallFollowUp.contributedDevices')
            : t(language, 'wallFollowUp.contributed', { employees: participation.employees })}
        </span>
      </p>
      {bar === null ? null : (
        <div className="fu-part__bar" aria-hidden="true">
          <span
            className={
              participation.reached ? 'fu-part__fill fu-part__fill--reached' : 'fu-part__fill'
            }
            style={{ width: `${bar}%` }}
          />
          {target === null ? null : (
            <span className="fu-part__target" style={{ left: `${Math.min(target, 100)}%` }} />
          )}
        </div>
      )}
      <p className="fu-part__goal">
        {participation.percent === null ? null : (
          <span className="fu-part__percent" data-figure="">
            {Math.round(participation.percent)}&nbsp;%
          </span>
        )}
        {target === null ? null : (
          <span className="fu-part__target-text" data-figure="">
            {t(language, 'wallFollowUp.target', { target })}
          </span>
        )}
        {participation.reached ? (
          <span className="fu-part__reached">
            <WallIcon name="check" size="1em" />
            {t(language, 'wallFollowUp.reached')}
          </span>
        ) : null}
      </p>
    </section>
  );
}

/**
 * The follow-up in the cycle (step 7): the open actions with their due colours, a page of them
 * at a time; the latest follow-up's learning and the next follow-up's date; and this quarter's
 * participation against the target (left out when there is none, or it could not be fetched).
 */
export function FollowUpScene(props: {
  followUp: MethodState['followUp'];
  actions: readonly Action[];
  participation: Participation | null;
  today: string;
  language: Language;
}) {
  const { followUp, actions, today, language } = props;
  const participation = participationShown(props.participation);
  const latest = followUp.latest;
  const nextDate = latest?.nextDate ?? null;
  const side = latest?.learning || nextDate || participation;
  return (
    <section
      className={side ? 'scene scene--follow-up' : 'scene scene--follow-up scene--follow-up-wide'}
      data-scene="follow_up"
    >
      <div className="fu-actions">
        <h2 className="fu-actions__title">{t(language, 'wallFollowUp.actions')}</h2>
        {actions.length === 0 ? (
          <p className="fu-note">{t(language, 'wallFollowUp.noActions')}</p>
        ) : (
          <ol className="actions">
            {actions.map((action) => (
              <ActionRow key={action.id} action={action} today={today} language={language} />
            ))}
          </ol>
        )}
      </div>
      {side ? (
        <aside className="fu-side">
          {latest?.learning ? (
            <section className="fu-learning">
              <h3 className="fu-side__label">{t(language, 'wallFollowUp.learning')}</h3>
              <p className="fu-learning__text" data-clamped="">
                {latest.learning}
              </p>
            </section>
          ) : null}
          {nextDate ? (
            <p className="fu-next">
              <span className="fu-side__label">{t(language, 'wallFollowUp.nextDate')}</span>
              <span className="fu-next__date" data-figure="">
                {formatCalendarDay(nextDate, language)}
              </span>
            </p>
          ) : null}
          {participation ? (
            <ParticipationPanel participation={participation} language={language} />
          ) : null}
        </aside>
      ) : null}
    </section>
  );
}
