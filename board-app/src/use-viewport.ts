import { useEffect, useState } from 'react';

/** The screen's height in the wall's rem (1/120 of its width): 67.5 on a 16:9 screen. */
export function useViewportHeightRem(): number {
  const read = () => (window.innerHeight * 120) / Math.max(1, window.innerWidth);
  const [height, setHeight] = useState(read);
  useEffect(() => {
    const update = () => setHeight(read());
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, []);
  return height;
}
