import { useEffect } from 'react';
import { DEFAULT_LANGUAGE } from '@tavla/shared/domain';
import { t } from '@tavla/shared/i18n';
import { ConnectionBadge } from './components/ConnectionBadge.js';
import { useKioskBoard } from './use-kiosk-board.js';
import { useKeepAlive } from './use-keep-alive.js';
import { reloadHourFrom } from './keep-alive.js';
import { Wall } from './Wall.js';
import './wall-messages.js';
import { useNow } from './components/WallClock.js';
import { useBoardRead } from './use-board-read.js';
import { meetingOn } from './wall-scene.js';
import {
  isMeetingReview,
  isParticipation,
  MEETING_EVERY_MS,
  meetingPath,
  PARTICIPATION_EVERY_MS,
  participationPath,
} from './wall-reads.js';

export function App({ displayKey }: { displayKey: string | null }) {
  const { snapshot, connection, invalidKey, linkReplaced, joinUrl, highlighted, celebrating } =
    useKioskBoard(displayKey);
  const shift = useKeepAlive(reloadHourFrom(window.location.search));
  const language = snapshot?.board.language ?? DEFAULT_LANGUAGE;
  // The meeting's "since last time" while the meeting is on (a lead started it, or the weekly
  // slot is now by this screen's clock), and this quarter's participation while the follow-up
  // scene can come round: fetched with the display key, again when the board changes.
  const now = useNow(30_000);
  const method = snapshot?.method;
  const boardId = snapshot?.board.id ?? null;
  const seq = snapshot?.seq ?? 0;
  const meeting = useBoardRead({
    path: boardId && method && meetingOn(method, now) ? meetingPath(boardId) : null,
    displayKey,
    seq,
    everyMs: MEETING_EVERY_MS,
    accept: isMeetingReview,
  });
  const followUpShown =
    method !== undefined &&
    (method.wall.view === 'follow_up' ||
      method.wall.cycle.some((entry) => entry.scene === 'follow_up'));
  const participation = useBoardRead({
    path: boardId && followUpShown ? participationPath(boardId) : null,
    displayKey,
    seq,
    everyMs: PARTICIPATION_EVERY_MS,
    accept: isParticipation,
  });

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = snapshot ? `${snapshot.board.name} · Tavla` : 'Tavla';
  }, [language, snapshot]);

  if (linkReplaced) {
    // Replaced by an admin: the board is no longer shown here, in both languages (the new
    // link may be for a board in either).
    return (
      <main className="notice" data-testid="link-replaced">
        <p lang="sv">{t('sv', 'kiosk.linkReplaced')}</p>
        <p lang="en">{t('en', 'kiosk.linkReplaced')}</p>
      </main>
    );
  }
  if (invalidKey && !snapshot) {
    // Without a valid key we do not know the board's language: say it in both.
    return (
      <main className="notice">
        <p lang="sv">{t('sv', 'kiosk.invalidKey')}</p>
        <p lang="en">{t('en', 'kiosk.invalidKey')}</p>
      </main>
    );
  }
  if (!snapshot) {
    return (
      <main className="notice">
        <p>{t(language, 'kiosk.loading')}</p>
        <ConnectionBadge connection={connection} language={language} />
      </main>
    );
  }

  return (
    <Wall
      snapshot={snapshot}
      connection={connection}
      qrUrl={joinUrl ?? snapshot.joinUrl ?? null}
      highlighted={highlighted}
      celebrating={celebrating}
      shift={shift}
      meeting={meeting}
      // A failed fetch leaves the participation out rather than show an old figure as new.
      participation={participation.failed ? null : participation.data}
    />
  );
}
