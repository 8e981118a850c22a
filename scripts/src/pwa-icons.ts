/**
 * `npm run pwa-icons -w @tavla/scripts`: draws the phone app's install icons (PNG, as Android
 * and iOS want them) from its SVGs in mobile-app/icons/ into mobile-app/public/icons/. The
 * PNGs are committed; run this again after changing an SVG.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const app = fileURLToPath(new URL('../../mobile-app/', import.meta.url));
const out = `${app}public/icons/`;
mkdirSync(out, { recursive: true });

const icons = [
  // "any": the rounded green square with the leaf, as the favicon.
  { svg: 'icon.svg', name: 'icon-192.png', size: 192 },
  { svg: 'icon.svg', name: 'icon-512.png', size: 512 },
  // "maskable": full-bleed background, the leaf inside the central safe zone (80 %).
  { svg: 'icon-maskable.svg', name: 'icon-maskable-512.png', size: 512 },
  // iOS takes its home-screen icon from <link rel="apple-touch-icon">, without transparency.
  { svg: 'icon-maskable.svg', name: 'apple-touch-icon-180.png', size: 180 },
];

for (const { svg, name, size } of icons) {
  await sharp(`${app}icons/${svg}`, { density: (72 * size) / 24 })
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toFile(`${out}${name}`);
  console.log(`${out}${name}`);
}
