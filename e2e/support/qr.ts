import jsqr from 'jsqr';
import { PNG } from 'pngjs';

type JsQR = (data: Uint8ClampedArray, width: number, height: number) => { data: string } | null;
// jsqr is a CommonJS bundle: depending on the loader its function is the default export or
// sits one level further down.
const loaded = jsqr as unknown as JsQR | { default: JsQR };
const jsQR: JsQR = typeof loaded === 'function' ? loaded : loaded.default;

/** Decodes the QR code in a PNG screenshot, as a phone camera would. */
export function decodeQr(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  const result = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
  return result?.data ?? null;
}
