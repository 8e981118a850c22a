import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { isLanguage } from '@tavla/shared/domain';
import { CYCLE_SCENES, LIVE_SCENES } from '@tavla/shared/wall-cycle';
import { Wall } from '../Wall.js';
import type { WallScene } from '../wall-scene.js';
import { PREVIEW_VARIANTS, previewSnapshot, type PreviewVariant } from './wall-fixtures.js';
import { PREVIEW_ACTIVITIES, type PreviewActivity } from './wall-fixtures-board.js';
import {
  PREVIEW_STEPS,
  previewMeeting,
  previewParticipation,
  type PreviewStep,
} from './wall-fixtures-follow-up.js';
import '../styles.css';

/**
 * A development page (wall-preview.html, served by `vite` only, never built into the kiosk)
 * that shows one scene of the wall with fixture data:
 * ?scene=board|goals|recent|announcements|analysis|matrix|follow_up|vote|workshop|meeting|
 * follow_up_live &page=0
 * &lang=sv|en &variant=default|nulls|median|dense|first|missing|one|many|noEmployees|empty
 * &activity=slide|wordcloud|poll|pollHidden|scale|quiz|quizClosed|ideas|interest_vote
 * &step=actions|goals|write|vote|voted|new_actions|learning|pulse (the live follow-up;
 * scene=follow_up_live) — scene=follow_up and scene=meeting take their reads from fixtures
 * &spotlight=1 (something new on top) &cycle=1 (let the wall cycle instead of fixing the scene).
 */
const params = new URLSearchParams(window.location.search);
const scenes: readonly WallScene[] = [...CYCLE_SCENES, ...LIVE_SCENES];
const scene = scenes.find((s) => s === params.get('scene')) ?? 'board';
const lang = params.get('lang');
const language = isLanguage(lang) ? lang : 'sv';
const variant: PreviewVariant =
  PREVIEW_VARIANTS.find((v) => v === params.get('variant')) ?? 'default';
const activity: PreviewActivity =
  PREVIEW_ACTIVITIES.find((a) => a === params.get('activity')) ?? 'poll';
const step: PreviewStep = PREVIEW_STEPS.find((s) => s === params.get('step')) ?? 'write';
const page = Math.max(0, Number(params.get('page') ?? 0) || 0);
const now = new Date();
const snapshot = previewSnapshot(scene, language, variant, now, activity, step);
const meeting = {
  data: previewMeeting(language, variant, now, snapshot.suggestions),
  failed: false,
};
const newest = snapshot.suggestions[0]?.id;
document.documentElement.lang = language;

const root = document.getElementById('root');
if (!root) throw new Error('missing #root');
createRoot(root).render(
  <StrictMode>
    <Wall
      snapshot={snapshot}
      connection={{ state: 'live' }}
      qrUrl={snapshot.joinUrl ?? null}
      highlighted={new Set(params.get('spotlight') && newest ? [newest] : [])}
      celebrating={
        params.get('celebrate')
          ? { kind: 'goal', id: 'goal-0001', text: snapshot.goals[0]?.title ?? '' }
          : null
      }
      shift={{ x: 0, y: 0 }}
      meeting={meeting}
      participation={previewParticipation(variant, now)}
      fixed={params.get('cycle') ? undefined : { scene, page, pages: 0 }}
    />
  </StrictMode>,
);
