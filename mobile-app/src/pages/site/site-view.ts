import type { BoardOverview, Language } from '@tavla/shared';
import { t } from '@tavla/shared/i18n';
import '../../site-messages.js';
import '../../method-messages.js';

/** A moment as the phone shows it: a short date and time in the reader's language. */
export function when(language: Language, iso: string): string {
  return new Date(iso).toLocaleString(language === 'sv' ? 'sv-SE' : 'en-GB', {
    dateStyle: 'short',
    timeStyle: 'short',
  });
}

/** "2 screens live", or "no screen since …", or "no screen yet". */
export function screensText(language: Language, board: BoardOverview): string {
  const { live, lastSeenAt } = board.screens;
  if (live === 1) return t(language, 'site.overview.screens.live.one');
  if (live > 1) return t(language, 'site.overview.screens.live', { count: live });
  if (lastSeenAt === null) return t(language, 'site.overview.screens.never');
  return t(language, 'site.overview.screens.since', { when: when(language, lastSeenAt) });
}

export function archivedText(language: Language, board: BoardOverview): string | null {
  return board.archivedAt === null
    ? null
    : t(language, 'site.overview.archived', { when: when(language, board.archivedAt) });
}

export function activityText(language: Language, board: BoardOverview): string {
  return board.lastActivityAt === null
    ? t(language, 'site.overview.activity.never')
    : t(language, 'site.overview.activity', { when: when(language, board.lastActivityAt) });
}

const percentText = (language: Language, value: number) =>
  new Intl.NumberFormat(language === 'sv' ? 'sv-SE' : 'en-GB', {
    maximumFractionDigits: 1,
  }).format(value);

export function participationText(language: Language, board: BoardOverview): string {
  const { percent, target, contributors } = board.participation;
  if (percent === null) {
    return contributors === 1
      ? t(language, 'site.overview.participation.devices.one')
      : t(language, 'site.overview.participation.devices', { count: contributors });
  }
  const shown = percentText(language, percent);
  return target === null
    ? t(language, 'site.overview.participation', { percent: shown })
    : t(language, 'site.overview.participation.target', { percent: shown, target });
}

export function goalsText(language: Language, board: BoardOverview): string {
  const { onTrack, atRisk, offTrack, unknown } = board.goals;
  if (onTrack + atRisk + offTrack + unknown === 0) return t(language, 'site.overview.goals.none');
  return t(language, 'site.overview.goals', { onTrack, atRisk, offTrack });
}

export function roadmapText(language: Language, board: BoardOverview): string {
  const current = board.roadmap.current;
  if (current === null) return t(language, 'site.overview.roadmap.done');
  const name = t(language, `roadmap.step.${current.key}`);
  return t(language, 'site.overview.roadmap', { step: current.step, name });
}

/** Whether the board needs a look: no live screen, or goals behind. */
/** An archived board is read-only and expects no screen: it never asks for a look. */
export function needsLook(board: BoardOverview): boolean {
  if (board.archivedAt !== null) return false;
  return board.screens.live === 0 || board.goals.offTrack > 0;
}
