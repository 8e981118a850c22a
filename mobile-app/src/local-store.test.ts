import { beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_DRAFT, loadDraft, loadMine, rememberMine, saveDraft } from './local-store.js';

// A minimal in-memory localStorage for the node test environment.
beforeEach(() => {
  const data = new Map<string, string>();
  globalThis.localStorage = {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    removeItem: (key: string) => void data.delete(key),
    clear: () => data.clear(),
    key: (index: number) => [...data.keys()][index] ?? null,
    get length() {
      return data.size;
    },
  };
});

describe('local store', () => {
  it('keeps a half-typed suggestion per board', () => {
    saveDraft('board-a', { text: 'Half a thought', dimension: 'social', authorName: 'Aino' });
    expect(loadDraft('board-a')).toEqual({
      text: 'Half a thought',
      dimension: 'social',
      authorName: 'Aino',
    });
    expect(loadDraft('board-b')).toEqual(EMPTY_DRAFT);
  });

  it('survives junk in storage', () => {
    localStorage.setItem('tavla:draft:board-a', '{not json');
    expect(loadDraft('board-a')).toEqual(EMPTY_DRAFT);
    localStorage.setItem(
      'tavla:draft:board-a',
      JSON.stringify({ text: 42, dimension: 'political' }),
    );
    expect(loadDraft('board-a')).toEqual(EMPTY_DRAFT);
    localStorage.setItem('tavla:mine', JSON.stringify({ ids: [1, 'a', null] }));
    expect([...loadMine()]).toEqual(['a']);
  });

  it('remembers which suggestions this device posted', () => {
    rememberMine('id-1');
    rememberMine('id-2');
    expect(loadMine()).toEqual(new Set(['id-1', 'id-2']));
  });
});
