import type { Metadata } from 'sharp';

/**
 * sharp (libvips) adds about 28 MiB to the server's resident memory; a board may go weeks
 * without a photo, so it is loaded with the first one.
 */
let loaded: Promise<typeof import('sharp')> | null = null;
const loadSharp = async () => (await (loaded ??= import('sharp'))).default;
import { LIMITS } from '@tavla/shared';
import { AppError } from '../../http/app-error.js';

/** Formats we take, recognised from the bytes themselves (never the name or Content-Type). */
const ACCEPTED_FORMATS = new Set(['jpeg', 'png', 'webp', 'heif', 'avif']);
/**
 * Decoded-pixel cap: a 48 MP phone photo passes, a "decompression bomb" (a tiny file that
 * claims enormous dimensions) is refused before it is decoded.
 */
export const MAX_INPUT_PIXELS = 50_000_000;
export const THUMB_SIDE = 480;

export interface ProcessedPhoto {
  photo: Buffer;
  thumb: Buffer;
  width: number;
  height: number;
}

const unsupported = () =>
  new AppError(
    415,
    'unsupported_media_type',
    'That is not a photo we can read (JPEG, PNG, WebP or HEIC).',
  );

/**
 * Checks and re-encodes an uploaded photo: turned upright by its EXIF orientation, shrunk to
 * at most 1600 px on the longest side, written as WebP (never much bigger than it came). Re-encoding drops every bit of
 * metadata (EXIF, GPS, camera serials), and whatever else the file carried.
 */
export async function processPhoto(input: Buffer): Promise<ProcessedPhoto> {
  const sharp = await loadSharp();
  let metadata: Metadata;
  try {
    metadata = await sharp(input, { limitInputPixels: false }).metadata();
  } catch {
    throw unsupported();
  }
  if (!ACCEPTED_FORMATS.has(metadata.format)) throw unsupported();
  const pixels = metadata.width * metadata.height;
  if (pixels === 0) throw unsupported();
  if (pixels > MAX_INPUT_PIXELS) {
    throw new AppError(
      413,
      'payload_too_large',
      'The photo has too many pixels. Take it at a lower resolution.',
    );
  }
  try {
    const base = sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' }).rotate();
    const resized = base.clone().resize({
      width: LIMITS.photoMaxSide,
      height: LIMITS.photoMaxSide,
      fit: 'inside',
      withoutEnlargement: true,
    });
    const encoded = await resized
      .clone()
      .webp({ quality: 80 })
      .toBuffer({ resolveWithObject: true });
    const { info } = encoded;
    let photo = encoded.data;
    // A phone already sends a WebP or JPEG shrunk to its budget (400 kB); encoding its
    // artefacts again at 80 can come out bigger than what it sent. Then the lower quality the
    // phone itself went down to is used, if that is smaller.
    if (photo.length > input.length) {
      const smaller = await resized.clone().webp({ quality: 70 }).toBuffer();
      if (smaller.length < photo.length) photo = smaller;
    }
    const thumb = await base
      .clone()
      .resize({ width: THUMB_SIDE, height: THUMB_SIDE, fit: 'cover' })
      .webp({ quality: 70 })
      .toBuffer();
    return { photo, thumb, width: info.width, height: info.height };
  } catch {
    throw unsupported();
  }
}
