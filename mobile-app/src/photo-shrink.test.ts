import { describe, expect, it } from 'vitest';
import {
  ENCODE_STEPS,
  encodeWithinBudget,
  PHOTO_BUDGET_BYTES,
  targetSize,
  type EncodeStep,
} from './photo-shrink.js';

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

describe('encodeWithinBudget', () => {
  const blobOf = (bytes: number) => new Blob([new Uint8Array(bytes)]);

  it('keeps the first encoding that fits the 400 kB budget', async () => {
    const tried: EncodeStep[] = [];
    const sizes = [643_000, 455_000, 380_000, 200_000];
    const blob = await encodeWithinBudget(async (step) => {
      tried.push(step);
      return blobOf(sizes[tried.length - 1] ?? 0);
    }, ENCODE_STEPS);
    expect(blob.size).toBe(380_000);
    expect(blob.size).toBeLessThanOrEqual(PHOTO_BUDGET_BYTES);
    expect(tried).toEqual(ENCODE_STEPS.slice(0, 3));
  });

  it('stops at the first step for a photo that fits at once', async () => {
    let calls = 0;
    const blob = await encodeWithinBudget(async () => {
      calls += 1;
      return blobOf(PHOTO_BUDGET_BYTES);
    }, ENCODE_STEPS);
    expect(blob.size).toBe(PHOTO_BUDGET_BYTES);
    expect(calls).toBe(1);
  });

  it('makes the photo smaller only after lowering the quality, and ends at the last step', async () => {
    const tried: EncodeStep[] = [];
    const blob = await encodeWithinBudget(async (step) => {
      tried.push(step);
      return blobOf(900_000);
    }, ENCODE_STEPS);
    expect(tried).toEqual([...ENCODE_STEPS]);
    expect(blob.size).toBe(900_000);
    const firstSmaller = ENCODE_STEPS.findIndex((step) => step.scale < 1);
    expect(ENCODE_STEPS.slice(0, firstSmaller).every((step) => step.scale === 1)).toBe(true);
    expect(ENCODE_STEPS[firstSmaller - 1]?.quality).toBe(
      Math.min(...ENCODE_STEPS.map((step) => step.quality)),
    );
  });
});
