import { describe, expect, it } from 'vitest';
import type { Announcement } from '@tavla/shared';
import { ackShare, bodyOf, EMPTY_DRAFT, employeesOf, splitCurrent } from './announcement-view.js';

const base: Announcement = {
  id: 'announcement-1',
  kind: 'routine',
  title: 'Close the freezer door',
  text: '',
  photoId: null,
  goalId: null,
  requiresAck: true,
  pinnedDays: 7,
  publishedAt: '2026-11-30T10:00:00.000Z',
  changedAt: '2026-11-30T10:00:00.000Z',
  version: 1,
  pinnedUntil: '2026-12-07T10:00:00.000Z',
  retiredAt: null,
  acks: 27,
  meetings: [],
};

describe('the announcement pages', () => {
  it('say devices, of about the head count when it is set', () => {
    expect(ackShare('en', base, 40)).toBe('27 of about 40 devices acknowledged');
    expect(ackShare('en', base, null)).toBe('27 devices acknowledged');
    expect(ackShare('sv', base, 40)).toBe('27 av cirka 40 enheter har kvitterat');
  });

  it('list the routines in force apart from the other current announcements', () => {
    const split = splitCurrent([
      { ...base, id: 'info', kind: 'information' },
      { ...base, id: 'routine' },
      { ...base, id: 'gone', retiredAt: '2026-11-30T12:00:00.000Z' },
      { ...base, id: 'goal', kind: 'goal' },
    ]);
    expect(split.routines.map((a) => a.id)).toEqual(['routine']);
    expect(split.others.map((a) => a.id)).toEqual(['info', 'goal']);
  });

  it('check the form as the server would before sending', () => {
    expect(bodyOf({ ...EMPTY_DRAFT, title: ' ab ' })).toEqual({ field: 'title' });
    expect(bodyOf({ ...EMPTY_DRAFT, title: 'Gloves', pinnedDays: '15' })).toEqual({
      field: 'pinnedDays',
    });
    expect(bodyOf({ ...EMPTY_DRAFT, title: 'Gloves', pinnedDays: '2.5' })).toEqual({
      field: 'pinnedDays',
    });
    expect(bodyOf({ ...EMPTY_DRAFT, title: '  Gloves at the press ', text: ' Always. ' })).toEqual({
      kind: 'routine',
      title: 'Gloves at the press',
      text: 'Always.',
      photoId: null,
      goalId: null,
      requiresAck: true,
      pinnedDays: 7,
    });
  });

  it('read the head count as typed: empty is unset, nonsense is refused', () => {
    expect(employeesOf('')).toBeNull();
    expect(employeesOf(' 40 ')).toBe(40);
    expect(employeesOf('0')).toBeUndefined();
    expect(employeesOf('4,5')).toBeUndefined();
    expect(employeesOf('100001')).toBeUndefined();
  });
});
