import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIMENSION_STYLE } from '@tavla/shared/dimension-style';
import { DIMENSIONS } from '@tavla/shared/domain';

describe('the report’s dimension colours', () => {
  it('are the ones every other screen uses', () => {
    const css = readFileSync(new URL('./report.css', import.meta.url), 'utf8');
    for (const dimension of DIMENSIONS) {
      const rule = new RegExp(`\\.report-dim--${dimension} \\{\\s*--dim: (#[0-9a-f]{6});`);
      expect(rule.exec(css)?.[1], dimension).toBe(DIMENSION_STYLE[dimension].color);
    }
  });
});
