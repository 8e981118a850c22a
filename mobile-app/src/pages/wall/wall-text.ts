import { useEffect, useState } from 'react';
import type { CycleScene, Language, MethodState } from '@tavla/shared';
import { t } from '@tavla/shared/i18n';
import { shownNow, splitDuration } from './wall-cycle.js';
import '../../wall-settings-messages.js';

/** A scene's name in the lead's language ("Goals", "Målen"). */
export const sceneName = (language: Language, scene: CycleScene): string =>
  t(language, `wallSettings.scene.${scene}`);

/** A length of time as "2 min 40 s", "2 min" or "45 s". */
export function formatDuration(language: Language, total: number): string {
  const { minutes, seconds } = splitDuration(total);
  if (minutes === 0) return t(language, 'wallSettings.duration.seconds', { seconds });
  if (seconds === 0) return t(language, 'wallSettings.duration.minutes', { minutes });
  return t(language, 'wallSettings.duration.both', { minutes, seconds });
}

/**
 * The scene a lead put on the wall, while it is there. When its time runs out the wall cycles
 * again by itself, with no change sent: this re-renders at that moment so the page says so too
 * (a time already past re-renders at once).
 */
export function useShownNow(wall: MethodState['wall'] | null | undefined) {
  const [now, setNow] = useState(() => Date.now());
  const shown = shownNow(wall, now);
  const until = shown?.until ?? null;
  useEffect(() => {
    if (until === null) return undefined;
    const timer = setTimeout(() => setNow(Date.now()), Math.max(0, Date.parse(until) - Date.now()));
    return () => clearTimeout(timer);
  }, [until]);
  return shown;
}
