import { describe, expect, it } from 'vitest';
import { targetSize } from './photo-shrink.js';

describe('targetSize', () => {
  it('shrinks a 12 MP photo to 1600 px on its longest side', () => {
    expect(targetSize(4000, 3000)).toEqual({ width: 1600, height: 1200 });
    expect(targetSize(3000, 4000)).toEqual({ width: 1200, height: 1600 });
  });
  it('never enlarges a small photo', () => {
    expect(targetSize(800, 600)).toEqual({ width: 800, height: 600 });
  });
  it('keeps extreme panoramas at least one pixel high', () => {
    expect(targetSize(100_000, 10)).toEqual({ width: 1600, height: 1 });
  });
});
