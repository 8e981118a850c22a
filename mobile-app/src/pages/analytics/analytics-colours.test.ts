import { describe, expect, it } from 'vitest';
import { DIMENSIONS } from '@tavla/shared';
import { DIMENSION_STYLE } from '@tavla/shared/dimension-style';
import { DIMENSION_COLOUR } from './AnalyticsCharts.js';

describe('the analytics charts’ dimension colours', () => {
  it('are the shared ones', () => {
    for (const dimension of DIMENSIONS) {
      expect(DIMENSION_COLOUR[dimension], dimension).toBe(DIMENSION_STYLE[dimension].color);
    }
  });
});
