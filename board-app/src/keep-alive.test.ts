import { describe, expect, it } from 'vitest';
import { burnInOffset, displayId, msUntilHour, reloadHourFrom } from './keep-alive.js';

describe('msUntilHour', () => {
  it('finds the next occurrence of the hour, today or tomorrow', () => {
    const evening = new Date(2026, 10, 21, 22, 30, 0);
    expect(msUntilHour(evening, 3)).toBe(4.5 * 3600_000);
    const night = new Date(2026, 10, 21, 2, 0, 0);
    expect(msUntilHour(night, 3)).toBe(3600_000);
    const exactly = new Date(2026, 10, 21, 3, 0, 0);
    expect(msUntilHour(exactly, 3)).toBe(24 * 3600_000);
  });
});

describe('reloadHourFrom', () => {
  it('reads &reload=H from the kiosk URL, defaulting to 3', () => {
    expect(reloadHourFrom('?key=abc&reload=5')).toBe(5);
    expect(reloadHourFrom('?key=abc')).toBe(3);
    expect(reloadHourFrom('?reload=25')).toBe(3);
    expect(reloadHourFrom('?reload=x')).toBe(3);
  });
});

describe('burnInOffset', () => {
  it('walks a small closed path of at most 4 px', () => {
    const steps = Array.from({ length: 16 }, (_, i) => burnInOffset(i));
    expect(steps[0]).toEqual({ x: 0, y: 0 });
    expect(steps[8]).toEqual(steps[0]);
    for (const { x, y } of steps) {
      expect(Math.max(x, y)).toBeLessThanOrEqual(4);
      expect(Math.min(x, y)).toBeGreaterThanOrEqual(0);
    }
    expect(new Set(steps.map((s) => `${s.x},${s.y}`)).size).toBe(8);
  });
});

describe('displayId', () => {
  it('is created once and then kept', () => {
    const data = new Map<string, string>();
    const storage = {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
    };
    const first = displayId(storage, () => 'screen-aaaa1111');
    expect(displayId(storage, () => 'screen-bbbb2222')).toBe(first);
    expect(displayId(null, () => 'screen-cccc3333')).toBe('screen-cccc3333');
  });
});
