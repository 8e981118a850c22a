import { LIMITS } from '@tavla/shared/domain';

/** The size a photo is shrunk to: longest side at most `maxSide`, never enlarged. */
export function targetSize(width: number, height: number, maxSide: number = LIMITS.photoMaxSide) {
  const scale = Math.min(1, maxSide / Math.max(width, height));
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}

/**
 * Shrinks a camera photo on the phone before upload: upright (EXIF orientation applied),
 * at most 1600 px on the longest side, JPEG at quality 0.82. A 12 MP photo of several MB
 * leaves the phone as a few hundred kB, which matters on factory Wi-Fi.
 */
export async function shrinkPhoto(file: Blob): Promise<Blob> {
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  const { width, height } = targetSize(bitmap.width, bitmap.height);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw images.');
  context.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('Could not encode the photo.'))),
      'image/jpeg',
      0.82,
    );
  });
}
