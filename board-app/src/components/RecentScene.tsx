import type { Language } from '@tavla/shared';
import { DIMENSION_STYLE } from '@tavla/shared/dimension-style';
import { dimensionLabel, statusLabel, t } from '@tavla/shared/i18n';
import type { RecentItem } from '../board-layout.js';
import { DimensionIcon } from './DimensionIcon.js';
import { SceneEmpty } from './SceneEmpty.js';
import { Tally } from './SuggestionCard.js';
import { Photo } from './Photo.js';
import { WallIcon } from './WallIcon.js';
import '../wall-messages.js';

/** One suggestion large: what kind of news it is, its photo, its text and who had the idea. */
export function RecentCard({ item, language }: { item: RecentItem; language: Language }) {
  const { suggestion, kind } = item;
  const color = DIMENSION_STYLE[suggestion.dimension].color;
  return (
    <article
      className={`recent recent--${kind}`}
      style={{ borderTopColor: color }}
      data-suggestion-id={suggestion.id}
    >
      <p className={`recent__kind recent__kind--${kind}`}>
        <WallIcon name={kind === 'done' ? 'check' : 'dot'} size="1.1em" />
        {kind === 'done' ? t(language, 'wall.recent.done') : t(language, 'wall.recent.new')}
      </p>
      <div className="recent__body">
        {suggestion.photo ? <Photo className="recent__photo" src={suggestion.photo.url} /> : null}
        <p className="recent__text" data-clamped="">
          {suggestion.text}
        </p>
      </div>
      <footer className="recent__foot">
        <p className="recent__who">
          <WallIcon name="person" size="1.1em" />
          <span data-clamped="">{suggestion.authorName ?? t(language, 'wall.recent.someone')}</span>
        </p>
        <p className="recent__meta">
          <DimensionIcon dimension={suggestion.dimension} size="1.1em" />
          <span>
            {dimensionLabel(language, suggestion.dimension)}
            {kind === 'new' && suggestion.status !== 'new'
              ? ` · ${statusLabel(language, suggestion.status)}`
              : ''}
          </span>
          <Tally
            icon="thumbUp"
            count={suggestion.votes}
            label={t(language, 'kiosk.votes', { count: suggestion.votes })}
          />
        </p>
      </footer>
    </article>
  );
}

/** "New since yesterday" and recently done, a page of suggestions shown large. */
export function RecentScene(props: { items: readonly RecentItem[]; language: Language }) {
  const { items, language } = props;
  if (items.length === 0) {
    return (
      <SceneEmpty
        scene="recent"
        title={t(language, 'wall.recent.none')}
        reasons={[t(language, 'wall.recent.noneHint')]}
        qr={null}
      />
    );
  }
  return (
    <section className="scene scene--recent" data-scene="recent" data-count={items.length}>
      {items.map((item) => (
        <RecentCard key={item.suggestion.id} item={item} language={language} />
      ))}
    </section>
  );
}
