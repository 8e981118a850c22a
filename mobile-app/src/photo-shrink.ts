import { LIMITS } from '@tavla/shared/domain';

/**
 * The most a photo may weigh when it leaves the phone (bytes; kB is 1000 bytes). Factory Wi-Fi
 * is weak, and a photo is shown at most about 900 px wide on the wall at 1080p (the
 * announcement's side photo; a suggestion's photo is 28rem, 448 px, in the spotlight) and
 * about 1200 device pixels wide on a phone, so 1600 px at this weight loses nothing visible.
 */
export const PHOTO_BUDGET_BYTES = 400_000;

/** The size a photo is shrunk to: longest side at most `maxSide`, never enlarged. */
export function targetSize(width: number, height: number, maxSide: number = LIMITS.photoMaxSide) {
  const scale = Math.min(1, maxSide / Math.max(width, height));
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}

export type PhotoType = 'image/webp' | 'image/jpeg';

/** One try at encoding: the photo's side scaled by `scale` (of its target size), at `quality`. */
export interface EncodeStep {
  scale: number;
  quality: number;
}

/**
 * The tries, best first, for WebP and JPEG alike. At 0.8 a typical 12 MP photo fits at the
 * first step in either format (WebP is the smaller one for real photos); a photo full of fine
 * detail (gravel, foliage, sensor noise) at 1600 px can need the next ones. Only a photo still
 * over budget at 0.6 is made smaller, and the last step is taken whatever it weighs.
 */
export const ENCODE_STEPS: readonly EncodeStep[] = [
  { scale: 1, quality: 0.8 },
  { scale: 1, quality: 0.7 },
  { scale: 1, quality: 0.6 },
  { scale: 0.75, quality: 0.6 },
  { scale: 0.5, quality: 0.6 },
];

/** Encodes with each step in turn until one fits the budget (or the steps run out). */
export async function encodeWithinBudget(
  encode: (step: EncodeStep) => Promise<Blob>,
  steps: readonly EncodeStep[],
  budget: number = PHOTO_BUDGET_BYTES,
): Promise<Blob> {
  let last: Blob | null = null;
  for (const step of steps) {
    last = await encode(step);
    if (last.size <= budget) return last;
  }
  if (!last) throw new Error('No encoding steps.');
  return last;
}

let webpSupport: Promise<boolean> | null = null;

/**
 * Whether this browser's canvas can write WebP (Chrome, Android, Firefox, Edge do; older Safari
 * hands back a PNG instead). Asked once with a 1 × 1 canvas.
 */
export function canEncodeWebp(): Promise<boolean> {
  webpSupport ??= new Promise((resolve) => {
    const canvas = document.createElement('canvas');
    canvas.width = 1;
    canvas.height = 1;
    canvas.toBlob((blob) => resolve(blob?.type === 'image/webp'), 'image/webp', 0.8);
  });
  return webpSupport;
}

function toBlob(canvas: HTMLCanvasElement, type: PhotoType, quality: number): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('Could not encode the photo.'))),
      type,
      quality,
    );
  });
}

/**
 * Shrinks a camera photo on the phone before upload: upright (EXIF orientation applied), at
 * most 1600 px on the longest side, WebP where the browser can write it and JPEG otherwise,
 * and at most PHOTO_BUDGET_BYTES. The downscale is the high-quality one: the browser's default
 * skips pixels, which keeps the sensor's noise as sharp speckle that costs bytes and looks worse.
 */
export async function shrinkPhoto(file: Blob): Promise<Blob> {
  const type: PhotoType = (await canEncodeWebp()) ? 'image/webp' : 'image/jpeg';
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  try {
    const size = targetSize(bitmap.width, bitmap.height);
    return await encodeWithinBudget(async ({ scale, quality }) => {
      const canvas = document.createElement('canvas');
      canvas.width = Math.max(1, Math.round(size.width * scale));
      canvas.height = Math.max(1, Math.round(size.height * scale));
      const context = canvas.getContext('2d');
      if (!context) throw new Error('This browser cannot draw images.');
      context.imageSmoothingEnabled = true;
      context.imageSmoothingQuality = 'high';
      context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
      return toBlob(canvas, type, quality);
    }, ENCODE_STEPS);
  } finally {
    bitmap.close();
  }
}
