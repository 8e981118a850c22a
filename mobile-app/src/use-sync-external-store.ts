// wouter imports `use-sync-external-store/shim` for React 16 and 17; React 18 and later have
// the hook built in, so the Vite config points the shim here and the first bundle skips it.
export { useSyncExternalStore } from 'react';
