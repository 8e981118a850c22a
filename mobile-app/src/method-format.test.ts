import { describe, expect, it } from 'vitest';
import {
  formatChange,
  formatCount,
  formatDay,
  formatOne,
  formatOneDecimal,
  formatPercent,
  formatShare,
} from './method-format.js';

describe('numbers on the method screens', () => {
  it('writes percentages the way each language does', () => {
    expect(formatPercent('sv', 45)).toBe('45\u00a0%');
    expect(formatPercent('en', 45)).toBe('45%');
    expect(formatCount('sv', 1200)).toBe('1\u00a0200');
    expect(formatCount('en', 1200)).toBe('1,200');
  });

  it('marks a change with an arrow and a sign, not colour alone', () => {
    expect(formatChange('en', 12)).toBe('▲ +12');
    expect(formatChange('sv', -5)).toBe('▼ −5');
    expect(formatChange('en', -5)).toBe('▼ -5');
    expect(formatChange('en', 0)).toBe('± 0');
  });

  it('writes shares and means with one decimal at most, or exactly one', () => {
    expect(formatShare('sv', 12.5)).toBe('12,5\u00a0%');
    expect(formatShare('en', 20)).toBe('20%');
    expect(formatOne('sv', 2.5)).toBe('2,5');
    expect(formatOne('en', 3)).toBe('3');
    expect(formatOneDecimal('sv', 3)).toBe('3,0');
    expect(formatOneDecimal('en', 3.84)).toBe('3.8');
  });

  it('writes a calendar day as that day, with its year', () => {
    expect(formatDay('en', '2026-03-01')).toBe(
      new Date(2026, 2, 1, 12).toLocaleDateString('en-GB', {
        year: 'numeric',
        month: 'short',
        day: 'numeric',
      }),
    );
    expect(formatDay('sv', '2026-12-31')).toContain('2026');
  });
});
