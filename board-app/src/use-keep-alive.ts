import { useEffect, useState } from 'react';
import { burnInOffset, msUntilHour } from './keep-alive.js';

const SHIFT_MS = 10 * 60_000;

/**
 * What keeps a wall screen healthy for weeks: a reload every night at `reloadHour` (fresh
 * memory, fresh code), a screen wake lock where the browser grants one, and a slow shift of
 * the layout by a few pixels against burn-in. Returns the current shift.
 */
export function useKeepAlive(reloadHour: number): { x: number; y: number } {
  const [step, setStep] = useState(0);

  useEffect(() => {
    const nightly = setTimeout(() => window.location.reload(), msUntilHour(new Date(), reloadHour));
    const shift = setInterval(() => setStep((s) => s + 1), SHIFT_MS);
    return () => {
      clearTimeout(nightly);
      clearInterval(shift);
    };
  }, [reloadHour]);

  useEffect(() => {
    // Browsers release the lock when the page is hidden; ask again when it comes back.
    // Where there is no Wake Lock API (or plain HTTP), the TV's own settings must do.
    let lock: WakeLockSentinel | null = null;
    const request = () => {
      if (document.visibilityState !== 'visible' || !('wakeLock' in navigator)) return;
      navigator.wakeLock
        .request('screen')
        .then((sentinel) => (lock = sentinel))
        .catch(() => undefined);
    };
    request();
    document.addEventListener('visibilitychange', request);
    return () => {
      document.removeEventListener('visibilitychange', request);
      void lock?.release().catch(() => undefined);
    };
  }, []);

  return burnInOffset(step);
}
