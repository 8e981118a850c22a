import { describe, expect, it } from 'vitest';
import type { BoardSnapshot } from './schemas.js';
import { loadSavedBoard, ownerTag, SAVED_BOARD_MAX_CHARS, saveBoard } from './saved-board.js';

class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
  removeItem = (key: string) => void this.items.delete(key);
}

const snapshot = (boardId: string, extra: Partial<BoardSnapshot> = {}) =>
  ({
    board: { id: boardId, name: 'Press line', language: 'sv' },
    seq: 7,
    suggestions: [],
    goals: [],
    joinUrl: 'http://127.0.0.1:8080/join/SECRET-JOIN-TOKEN',
    ...extra,
  }) as unknown as BoardSnapshot;

describe('saved board', () => {
  it('gives back the board it saved, for that board only, without the join URL', () => {
    const storage = new MemoryStorage();
    saveBoard(storage, 'k', { snapshot: snapshot('b1'), liveAt: 1000 });
    expect([...storage.items.values()].join()).not.toContain('SECRET-JOIN-TOKEN');
    const saved = loadSavedBoard(storage, 'k', { boardId: 'b1' });
    expect(saved?.liveAt).toBe(1000);
    expect(saved?.snapshot.board.id).toBe('b1');
    expect(saved?.snapshot.joinUrl).toBeUndefined();
    expect(loadSavedBoard(storage, 'k', { boardId: 'b2' })).toBeNull();
    expect(loadSavedBoard(storage, 'k', {})?.snapshot.seq).toBe(7);
  });

  it("tells one wall's board from another's by its owner tag", () => {
    const storage = new MemoryStorage();
    const owner = ownerTag('display-key-one');
    expect(owner).not.toBe(ownerTag('display-key-two'));
    expect(owner).not.toContain('display-key');
    saveBoard(storage, 'wall', { snapshot: snapshot('b1'), liveAt: 5, owner });
    expect(loadSavedBoard(storage, 'wall', { owner })?.owner).toBe(owner);
    expect(loadSavedBoard(storage, 'wall', { owner: ownerTag('display-key-two') })).toBeNull();
  });

  it('takes junk, a missing storage and a full one without throwing', () => {
    const storage = new MemoryStorage();
    for (const junk of ['{', '42', '{"liveAt":1}', '{"liveAt":1,"snapshot":{"board":{}}}']) {
      storage.items.set('k', junk);
      expect(loadSavedBoard(storage, 'k', {})).toBeNull();
    }
    expect(loadSavedBoard(null, 'k', {})).toBeNull();
    const full = {
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    expect(() => saveBoard(full, 'k', { snapshot: snapshot('b1'), liveAt: 1 })).not.toThrow();
  });

  it('keeps no board too big to leave room for the outbox', () => {
    const storage = new MemoryStorage();
    saveBoard(storage, 'k', { snapshot: snapshot('b1'), liveAt: 1 });
    const huge = snapshot('b1', {
      board: { id: 'b1', name: 'x'.repeat(SAVED_BOARD_MAX_CHARS) },
    } as unknown as Partial<BoardSnapshot>);
    saveBoard(storage, 'k', { snapshot: huge, liveAt: 2 });
    expect(storage.items.has('k')).toBe(false);
  });
});
