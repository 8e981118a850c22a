import { useEffect, useState } from 'react';
import { formatTime } from './ConnectionBadge.js';

/** The current time, refreshed every `everyMs`. */
export function useNow(everyMs: number): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

export function WallClock() {
  return <time className="clock">{formatTime(useNow(10_000))}</time>;
}
