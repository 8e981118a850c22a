import { useState } from 'react';
import type { CycleScene, Language, MethodState, WallView } from '@tavla/shared';
import { t } from '@tavla/shared/i18n';
import { describeError } from '../api.js';
import { showOnWall } from '../method-api.js';
import { formatTime } from '../method-format.js';
import { sceneName, useShownNow } from '../pages/wall/wall-text.js';
import { Feedback } from './MethodFrame.js';
import '../wall-settings-messages.js';

const WALL_MINUTES = 15;

/**
 * "Show on the wall" for a lead: puts this scene on the board's wall screen for a while, says
 * until when (live, from the board's method state) and what the wall shows now if it is another
 * scene, and lets the wall cycle again. The wall settings page holds the rest.
 */
export function ShowOnWall(props: {
  boardId: string;
  view: CycleScene;
  wall: MethodState['wall'] | null;
  language: Language;
}) {
  const { boardId, view, language } = props;
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  // The wall as this control's last answer said, until the board's next change says more.
  const [answered, setAnswered] = useState<{ wall: MethodState['wall']; after: unknown } | null>(
    null,
  );
  const wall = answered && answered.after === props.wall ? answered.wall : props.wall;
  const shown = useShownNow(wall);
  const showing = shown?.scene === view;

  async function put(next: WallView) {
    setBusy(true);
    setMessage(null);
    try {
      const state = await showOnWall(boardId, next, next === 'cycle' ? undefined : WALL_MINUTES);
      setAnswered({ wall: state.wall, after: props.wall });
    } catch (error) {
      setMessage({ ok: false, text: describeError(language, error) });
    } finally {
      setBusy(false);
    }
  }

  const until = shown?.until ? formatTime(language, shown.until) : null;
  return (
    <section className="form wall-control">
      {shown ? (
        <p className="wall-control__state" role="status">
          {showing
            ? until
              ? t(language, 'wallSettings.onWallUntil', { time: until })
              : t(language, 'wallSettings.showing', { scene: sceneName(language, view) })
            : until
              ? t(language, 'wallSettings.showingUntil', {
                  scene: sceneName(language, shown.scene),
                  time: until,
                })
              : t(language, 'wallSettings.showing', { scene: sceneName(language, shown.scene) })}
        </p>
      ) : null}
      <button
        type="button"
        className={showing ? 'small-button' : 'submit'}
        disabled={busy}
        onClick={() => void put(showing ? 'cycle' : view)}
      >
        {showing
          ? t(language, 'wallSettings.backToCycle')
          : t(language, 'wallSettings.showOnWall', { minutes: WALL_MINUTES })}
      </button>
      <p className="wall-control__settings">
        <a href={`/m/b/${boardId}/wall`}>{t(language, 'wallSettings.settingsLink')}</a>
      </p>
      <Feedback message={message} />
    </section>
  );
}
