import { describe, expect, it } from 'vitest';
import { formatChange, formatCount, formatPercent } from './method-format.js';

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
});
