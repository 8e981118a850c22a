import { describe, expect, it } from 'vitest';
import { DISPLAY_KEY_HEADER, fetchBoardRead } from './use-board-read.js';
import { isParticipation, participationPath } from './wall-reads.js';

const participation = {
  from: '2027-01-01',
  to: '2027-03-10',
  employees: 40,
  activeDevices: 31,
  contributors: 14,
  percent: 35,
  target: 20,
  reached: true,
  suggestionsPerEmployeeYear: 2.4,
};

/** A fetch that answers `status` with `body`, and remembers what it was asked. */
function fakeFetch(status: number, body: unknown) {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const fetcher = (async (url: string, init?: RequestInit) => {
    calls.push({ url, init });
    return new Response(JSON.stringify(body), { status });
  }) as typeof fetch;
  return { calls, fetcher };
}

describe('fetchBoardRead', () => {
  const signal = new AbortController().signal;

  it('asks with the display key, uncached, and gives the answer of the right shape', async () => {
    const { calls, fetcher } = fakeFetch(200, participation);
    const path = participationPath('board 1');
    await expect(fetchBoardRead(path, 'key-1', isParticipation, signal, fetcher)).resolves.toEqual(
      participation,
    );
    expect(calls[0]?.url).toBe('/api/boards/board%201/participation');
    expect(calls[0]?.init?.cache).toBe('no-store');
    expect((calls[0]?.init?.headers as Record<string, string>)[DISPLAY_KEY_HEADER]).toBe('key-1');
  });

  it('fails on a refusal or an answer of another shape, never passing it on as data', async () => {
    const refused = fakeFetch(403, { code: 'forbidden' });
    await expect(
      fetchBoardRead('/x', 'k', isParticipation, signal, refused.fetcher),
    ).rejects.toThrow('HTTP 403');
    const odd = fakeFetch(200, { code: 'not_found' });
    await expect(fetchBoardRead('/x', 'k', isParticipation, signal, odd.fetcher)).rejects.toThrow(
      'unexpected answer',
    );
  });
});
