import { useState } from 'react';

/**
 * A photo on the wall that leaves its place empty rather than show a broken-image box when it
 * cannot be loaded (a photo hidden since, a server restarting): nobody is there to click it.
 */
export function Photo({ src, className }: { src: string; className: string }) {
  const [failed, setFailed] = useState<string | null>(null);
  if (failed === src) return null;
  return <img className={className} src={src} alt="" onError={() => setFailed(src)} />;
}
