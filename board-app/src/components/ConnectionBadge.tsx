import type { Language } from '@tavla/shared';
import { t } from '@tavla/shared/i18n';
import type { Connection } from '../use-kiosk-board.js';

export function formatTime(date: Date): string {
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
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
        : t(language, 'connection.offlineSince', { time: formatTime(connection.since) });
  return (
    <div className={`connection connection--${connection.state}`} role="status" aria-live="polite">
      <span className="connection__dot" aria-hidden="true" />
      {label}
    </div>
  );
}
