import type { Language } from '@tavla/shared';
import { t } from '@tavla/shared/i18n';
import type { Connection } from '../use-kiosk-board.js';

export function formatTime(date: Date): string {
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

/**
 * When the wall lost the server: the time, and the day (day/month, as in Sweden and Britain)
 * when that was not today (a wall reloaded after a night without the server).
 */
export function formatSince(since: Date, now: Date): string {
  const sameDay = since.toDateString() === now.toDateString();
  return sameDay
    ? formatTime(since)
    : `${String(since.getDate())}/${String(since.getMonth() + 1)} ${formatTime(since)}`;
}

export function ConnectionBadge({
  connection,
  language,
}: {
  connection: Connection;
  language: Language;
}) {
  const label =
    connection.state === 'live'
      ? t(language, 'connection.live')
      : connection.state === 'connecting'
        ? t(language, 'connection.connecting')
        : t(language, 'connection.offlineSince', {
            time: formatSince(connection.since, new Date()),
          });
  return (
    <div className={`connection connection--${connection.state}`} role="status" aria-live="polite">
      <span className="connection__dot" aria-hidden="true" />
      {label}
    </div>
  );
}
