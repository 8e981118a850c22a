import { busy } from '../../http/app-error.js';

/**
 * Photo bytes being received right now. A photo's body is held in memory until it is
 * complete, so phones that start uploads and stall would pin the server's memory (review: 80
 * stalled uploads from fresh devices took RSS from 212 to 703 MB). Each upload reserves its
 * Content-Length before a byte is read; beyond the budget, per address or for the whole
 * server, the answer is 503 `busy` at once and the phone's outbox tries again later.
 * Real photos are shrunk on the phone to a few hundred kB, so the budget holds dozens at once.
 */
export const UPLOAD_BUDGET = { perAddressBytes: 24 * 1024 * 1024, totalBytes: 64 * 1024 * 1024 };

export function createUploadBudget(budget = UPLOAD_BUDGET) {
  let total = 0;
  const byAddress = new Map<string, number>();
  return {
    /** Reserves `bytes` for an upload from `address`; returns the release (idempotent). */
    reserve(address: string, bytes: number): () => void {
      const mine = byAddress.get(address) ?? 0;
      if (mine + bytes > budget.perAddressBytes || total + bytes > budget.totalBytes) {
        throw busy('Too many photos are being received right now; try again shortly.', 10);
      }
      total += bytes;
      byAddress.set(address, mine + bytes);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        total -= bytes;
        const left = (byAddress.get(address) ?? bytes) - bytes;
        if (left > 0) byAddress.set(address, left);
        else byAddress.delete(address);
      };
    },
    get inFlightBytes(): number {
      return total;
    },
  };
}
