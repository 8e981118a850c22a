import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { isLanguage } from '@tavla/shared/domain';
import { Wall } from '../Wall.js';
import type { WallScene } from '../wall-scene.js';
import { PREVIEW_VARIANTS, previewSnapshot, type PreviewVariant } from './wall-fixtures.js';
import '../styles.css';

/**
 * A development page (wall-preview.html, served by `vite` only, never built into the kiosk)
 * that shows one scene of the wall with fixture data: ?scene=vote|analysis|matrix|board
 * &lang=sv|en&variant=default|nulls|median|dense|first|missing|one|many.
 */
const params = new URLSearchParams(window.location.search);
const scenes: readonly WallScene[] = ['board', 'vote', 'analysis', 'matrix'];
const scene = scenes.find((s) => s === params.get('scene')) ?? 'analysis';
const lang = params.get('lang');
const language = isLanguage(lang) ? lang : 'sv';
const variant: PreviewVariant =
  PREVIEW_VARIANTS.find((v) => v === params.get('variant')) ?? 'default';
const snapshot = previewSnapshot(scene, language, variant, new Date());
document.documentElement.lang = language;

const root = document.getElementById('root');
if (!root) throw new Error('missing #root');
createRoot(root).render(
  <StrictMode>
    <Wall
      snapshot={snapshot}
      connection={{ state: 'live' }}
      qrUrl={snapshot.joinUrl ?? null}
      highlighted={new Set()}
      celebrating={null}
      shift={{ x: 0, y: 0 }}
    />
  </StrictMode>,
);
