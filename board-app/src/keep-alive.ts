/**
 * Pure helpers for a wall screen that runs unattended for weeks.
 */

/** Milliseconds from `now` to the next time the local clock shows `hour`:00 (never 0). */
export function msUntilHour(now: Date, hour: number): number {
  const next = new Date(now);
  next.setHours(hour, 0, 0, 0);
  if (next.getTime() <= now.getTime()) next.setDate(next.getDate() + 1);
  return next.getTime() - now.getTime();
}

/** The nightly reload hour from the kiosk URL (`&reload=3`); 3 o'clock when absent or bad. */
export function reloadHourFrom(search: string): number {
  const value = new URLSearchParams(search).get('reload');
  const hour = value === null ? NaN : Number(value);
  return Number.isInteger(hour) && hour >= 0 && hour <= 23 ? hour : 3;
}

/**
 * Anti-burn-in: the whole layout moves a few pixels along a small square path, one step at
 * a time, so static edges (column borders, the QR code) never sit on the same pixels for days.
 */
const PATH: readonly (readonly [number, number])[] = [
  [0, 0],
  [2, 0],
  [4, 0],
  [4, 2],
  [4, 4],
  [2, 4],
  [0, 4],
  [0, 2],
];
export function burnInOffset(step: number): { x: number; y: number } {
  const [x, y] = PATH[((step % PATH.length) + PATH.length) % PATH.length] ?? [0, 0];
  return { x, y };
}

/** A stable id for this screen, kept in localStorage (a new one if storage is unavailable). */
export function displayId(
  storage: Pick<Storage, 'getItem' | 'setItem'> | null,
  random: () => string,
): string {
  try {
    const existing = storage?.getItem('tavla:display-id');
    if (existing && /^[A-Za-z0-9_-]{8,64}$/.test(existing)) return existing;
    const id = random();
    storage?.setItem('tavla:display-id', id);
    return id;
  } catch {
    return random();
  }
}

/** JS heap in use, where the browser tells (Chromium's performance.memory). */
export function usedHeapBytes(): number | null {
  const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
  return memory ? Math.round(memory.usedJSHeapSize) : null;
}
