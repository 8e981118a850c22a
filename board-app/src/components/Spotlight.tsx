import type { Language } from '@tavla/shared';
import { DIMENSION_STYLE } from '@tavla/shared/dimension-style';
import { dimensionLabel, statusLabel, t } from '@tavla/shared/i18n';
import type { Spotlit } from '../spotlight.js';
import { DimensionIcon } from './DimensionIcon.js';
import { Photo } from './Photo.js';
import { WallIcon } from './WallIcon.js';
import '../wall-messages.js';

/**
 * Something new takes the wall over for a moment, wherever the cycle is: a suggestion just
 * posted, or just moved to another column, large, with its photo and who had the idea. The
 * cycle goes on underneath and shows again when the highlight ends.
 */
export function Spotlight({ spot, language }: { spot: Spotlit; language: Language }) {
  const { suggestion, kind } = spot;
  return (
    <div className="spotlight" role="status" data-spotlight-id={suggestion.id}>
      <article
        className="spotlight__card"
        style={{ borderLeftColor: DIMENSION_STYLE[suggestion.dimension].color }}
      >
        <p className="spotlight__kind">
          {kind === 'new'
            ? t(language, 'wall.spotlight.new')
            : t(language, 'wall.spotlight.moved', {
                status: statusLabel(language, suggestion.status),
              })}
        </p>
        <div className="spotlight__body">
          {suggestion.photo ? (
            <Photo className="spotlight__photo" src={suggestion.photo.url} />
          ) : null}
          <p className="spotlight__text" data-clamped="">
            {suggestion.text}
          </p>
        </div>
        <p className="spotlight__who">
          <DimensionIcon dimension={suggestion.dimension} size="1.1em" />
          <span>{dimensionLabel(language, suggestion.dimension)}</span>
          {suggestion.authorName ? (
            <>
              <WallIcon name="person" size="1.1em" />
              <span data-clamped="">{suggestion.authorName}</span>
            </>
          ) : null}
        </p>
      </article>
    </div>
  );
}
