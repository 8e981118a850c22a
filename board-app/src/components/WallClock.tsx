import { useEffect, useState } from 'react';
import { formatTime } from './ConnectionBadge.js';

export function WallClock() {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 10_000);
    return () => clearInterval(timer);
  }, []);
  return <time className="clock">{formatTime(now)}</time>;
}
