import type { Language } from '@tavla/shared';
import type { Announcement } from '@tavla/shared/announcements';
import { t } from '@tavla/shared/i18n';
import { ackShare, formatDay, latestMeeting } from '../announcement-view.js';
import { boardPhotoUrls } from '@tavla/shared/announcement-rules';
import { SceneEmpty } from './SceneEmpty.js';
import { Photo } from './Photo.js';
import { WallIcon } from './WallIcon.js';
import '../wall-messages.js';

const KIND_COLOR: Record<Announcement['kind'], string> = {
  goal: '#3fd16b',
  routine: '#ffd23f',
  information: '#6cb6ff',
};

/** How many devices acknowledged, large: "27 of about 40 devices", or "27 devices". */
export function AckFigure(props: { acks: number; employees: number | null; language: Language }) {
  const { language } = props;
  const share = ackShare(props.acks, props.employees);
  return (
    <div className="ack" role="status">
      <p className="ack__line">
        <span className="ack__count" data-figure="">
          {share.count}
        </span>
        <span className="ack__of" data-figure="">
          {share.about === null
            ? t(
                language,
                share.count === 1
                  ? 'wall.announcements.devicesOne'
                  : 'wall.announcements.devicesMany',
              )
            : t(language, 'wall.announcements.ofAbout', { employees: share.about })}
        </span>
      </p>
      {share.percent === null ? null : (
        <div className="ack__bar" aria-hidden="true">
          <span style={{ width: `${share.percent}%` }} />
        </div>
      )}
      <p className="ack__label">{t(language, 'wall.announcements.acknowledged')}</p>
    </div>
  );
}

/** What now applies (step 5): one current announcement per page, and how many devices read it. */
export function AnnouncementsScene(props: {
  announcement: Announcement | null;
  employees: number | null;
  language: Language;
}) {
  const { announcement, employees, language } = props;
  if (!announcement) {
    return (
      <SceneEmpty
        scene="announcements"
        title={t(language, 'wall.announcements.none')}
        reasons={[t(language, 'wall.announcements.noneHint')]}
        qr={null}
      />
    );
  }
  const meeting = latestMeeting(announcement);
  const color = KIND_COLOR[announcement.kind];
  return (
    <section
      className="scene scene--announcements"
      data-scene="announcements"
      data-announcement-id={announcement.id}
    >
      <article className="notice-card" style={{ borderTopColor: color }}>
        <p className="notice-card__kind" style={{ color }}>
          <WallIcon name={announcement.kind} size="1.1em" />
          {t(language, `wall.announcements.kind.${announcement.kind}`)}
        </p>
        <h2 className="notice-card__title" data-clamped="">
          {announcement.title}
        </h2>
        {announcement.text ? (
          <p className="notice-card__text" data-clamped="">
            {announcement.text}
          </p>
        ) : null}
        {meeting ? (
          <p className="notice-card__meeting">
            {t(language, 'wall.announcements.meeting', {
              date: formatDay(meeting.at, language),
              present: meeting.present,
            })}
          </p>
        ) : null}
      </article>
      <aside className="notice-side">
        {announcement.photoId ? (
          <Photo className="notice-side__photo" src={boardPhotoUrls(announcement.photoId).url} />
        ) : null}
        {announcement.requiresAck ? (
          <AckFigure acks={announcement.acks} employees={employees} language={language} />
        ) : (
          <p className="notice-side__no-ack">{t(language, 'wall.announcements.noAck')}</p>
        )}
      </aside>
    </section>
  );
}
