import type { Language } from '@tavla/shared';
import { t } from '@tavla/shared/i18n';
import type { Celebrating } from '../use-kiosk-board.js';
import { WallIcon } from './WallIcon.js';
import '../wall-messages.js';

/**
 * A short, wall-wide celebration when a suggestion is done or a goal achieved: the team sees
 * the effect of what it did.
 */
export function Celebration({ what, language }: { what: Celebrating; language: Language }) {
  return (
    <div className="celebration" role="status">
      <div className="celebration__burst" aria-hidden="true">
        {Array.from({ length: 24 }, (_, i) => (
          <span key={i} style={{ '--i': i } as React.CSSProperties} />
        ))}
      </div>
      <div className="celebration__card">
        <p className="celebration__title">
          <WallIcon name="party" size="1em" color="#ffd23f" />
          {t(language, what.kind === 'goal' ? 'goal.celebrate' : 'kiosk.celebrate')}
        </p>
        <p className="celebration__text" data-clamped="">
          {what.text}
        </p>
      </div>
    </div>
  );
}
