import { useState } from 'react';
import type { Language, MethodState, WallView } from '@tavla/shared';
import { t } from '@tavla/shared/i18n';
import { describeError } from '../api.js';
import { showOnWall } from '../method-api.js';
import { formatTime } from '../method-format.js';
import { Feedback } from './MethodFrame.js';
import '../method-messages.js';

const WALL_MINUTES = 15;

/**
 * "Show on the wall" for a lead: puts this view on the board's wall screen for a while, says
 * until when (live, from the board's method state), and takes it down again.
 */
export function ShowOnWall(props: {
  boardId: string;
  view: Exclude<WallView, 'cycle'>;
  wall: MethodState['wall'] | null;
  language: Language;
}) {
  const { boardId, view, wall, language } = props;
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const showing = wall?.view === view;

  async function put(next: WallView) {
    setBusy(true);
    setMessage(null);
    try {
      await showOnWall(boardId, next, next === 'cycle' ? undefined : WALL_MINUTES);
    } catch (error) {
      setMessage({ ok: false, text: describeError(language, error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="form wall-control">
      {showing ? (
        <p className="wall-control__state" role="status">
          {wall.until
            ? t(language, 'wall.showingUntil', { time: formatTime(language, wall.until) })
            : t(language, 'wall.showing')}
        </p>
      ) : null}
      <button
        type="button"
        className={showing ? 'small-button' : 'submit'}
        disabled={busy}
        onClick={() => void put(showing ? 'cycle' : view)}
      >
        {showing ? t(language, 'wall.back') : t(language, 'wall.show', { minutes: WALL_MINUTES })}
      </button>
      <Feedback message={message} />
    </section>
  );
}
