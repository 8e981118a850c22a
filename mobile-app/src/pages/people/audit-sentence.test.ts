import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '@tavla/shared';
import { PEOPLE_MESSAGES } from '@tavla/shared/i18n-people';
import { auditBoard, auditSentence } from './audit-sentence.js';

const entry = (operationId: string, over: Partial<AuditEntry> = {}): AuditEntry => ({
  id: 1,
  at: '2026-12-01T10:00:00.000Z',
  operationId,
  actor: { id: 'user-0001', displayName: 'Anna Lind' },
  board: { id: 'board-0001', name: 'Line 3' },
  target: null,
  ...over,
});

describe('audit sentences', () => {
  it('says who did what in both languages, naming a person who was the target', () => {
    const disabled = entry('disableUser', {
      board: null,
      target: { kind: 'user', id: 'user-0002', name: 'Erik Berg' },
    });
    expect(auditSentence('en', disabled)).toBe('Anna Lind disabled the account of Erik Berg');
    expect(auditSentence('sv', disabled)).toBe('Anna Lind stängde av kontot för Erik Berg');
    expect(auditSentence('sv', entry('createGoal'))).toBe('Anna Lind skapade ett mål');
    expect(auditBoard('en', entry('createGoal'))).toBe('on Line 3');
    expect(auditBoard('en', entry('createBoard', { board: null }))).toBe('');
  });

  it('reads an action it has no sentence for from its operationId', () => {
    expect(auditSentence('en', entry('startWidgetRun'))).toBe('Anna Lind did “start widget run”');
    expect(auditSentence('sv', entry('startWidgetRun'))).toBe(
      'Anna Lind gjorde ”start widget run”',
    );
  });

  it('says “someone” for an actor without a name, and has both languages for every key', () => {
    expect(
      auditSentence('en', entry('hideSuggestion', { actor: { id: 'x', displayName: null } })),
    ).toBe('Someone hid a suggestion');
    expect(Object.keys(PEOPLE_MESSAGES.en).sort()).toEqual(Object.keys(PEOPLE_MESSAGES.sv).sort());
  });
});
