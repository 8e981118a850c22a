import { useEffect, useState } from 'react';
import type { Announcement, Language } from '@tavla/shared';
import { boardPhotoUrls } from '@tavla/shared/announcement-rules';
import { t } from '@tavla/shared/i18n';
import { ApiError, describeError } from '../api.js';
import { acknowledgeAnnouncement, fetchAnnouncements } from '../announcement-api.js';
import { acknowledgedKeys, ackKey, toAcknowledge, versionsKey } from '../announcement-banner.js';

/**
 * The newest pinned announcement this phone has not acknowledged, at the top of the board page
 * until it has ("I have read and understood"). The announcements arrive live in the board
 * state; which versions this device acknowledged comes from its own list, asked again when a
 * new version appears. Only a phone of the board acknowledges: for anyone else it stays away.
 */
export function AnnouncementBanner(props: {
  boardId: string;
  language: Language;
  current: readonly Announcement[];
}) {
  const { boardId, language, current } = props;
  const [acknowledged, setAcknowledged] = useState<ReadonlySet<string> | null>(null);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [asked, setAsked] = useState(0);
  const versions = versionsKey(current);
  const asks = current.some((a) => a.requiresAck);
  useEffect(() => {
    if (!asks) return undefined;
    let still = true;
    fetchAnnouncements(boardId).then(
      (list) => {
        // A lead's or a wall's list says nothing of its own: no banner for them.
        const own = list.announcements.every((a) => a.acknowledged !== undefined);
        if (still) setAcknowledged(own ? acknowledgedKeys(list) : null);
      },
      () => undefined,
    );
    return () => {
      still = false;
    };
  }, [boardId, versions, asks, asked]);

  if (!acknowledged) return null;
  const waiting = toAcknowledge(current, acknowledged, new Date());
  const [shown] = waiting;
  if (!shown) return null;

  async function acknowledge(announcement: Announcement) {
    setSending(true);
    setError(null);
    try {
      await acknowledgeAnnouncement(boardId, announcement.id, announcement.version);
      setAcknowledged((keys) => new Set([...(keys ?? []), ackKey(announcement)]));
    } catch (failure) {
      setError(describeError(language, failure));
      // Changed or retired meanwhile: the list says what to show now.
      if (failure instanceof ApiError && failure.status === 409) setAsked((n) => n + 1);
    } finally {
      setSending(false);
    }
  }

  return (
    <section className="announce" aria-live="polite">
      <p className="announce__kind">
        {t(language, `announce.kind.${shown.kind}`)}
        {shown.version > 1 ? ` · ${t(language, 'announce.changed')}` : ''}
      </p>
      <h2 className="announce__title">{shown.title}</h2>
      {shown.text ? <p className="announce__text">{shown.text}</p> : null}
      {shown.photoId ? (
        <img className="announce__photo" src={boardPhotoUrls(shown.photoId).thumbUrl} alt="" />
      ) : null}
      <button
        type="button"
        className="announce__ack"
        disabled={sending}
        onClick={() => void acknowledge(shown)}
      >
        {t(language, 'announce.ack')}
      </button>
      {error ? (
        <p className="announce__error" role="alert">
          {error}
        </p>
      ) : null}
      {waiting.length > 1 ? (
        <p className="announce__foot">
          {t(language, 'announce.more', { count: waiting.length - 1 })}
        </p>
      ) : null}
    </section>
  );
}
