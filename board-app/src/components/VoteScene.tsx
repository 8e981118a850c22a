import type { ReactNode } from 'react';
import type { Language } from '@tavla/shared';
import { DIMENSION_STYLE } from '@tavla/shared/dimension-style';
import { t } from '@tavla/shared/i18n';
import { DOTS_PER_DEVICE } from '@tavla/shared/method';
import '../method-messages.js';

/** A template's text before and after its `{count}`, so the number can be drawn on its own. */
export function aroundCount(template: string): [string, string] {
  const at = template.indexOf('{count}');
  return at < 0 ? [template, ''] : [template.slice(0, at), template.slice(at + '{count}'.length)];
}

const DOT_COLORS = [
  DIMENSION_STYLE.ecological.color,
  DIMENSION_STYLE.economic.color,
  DIMENSION_STYLE.social.color,
  DIMENSION_STYLE.ecological.color,
  DIMENSION_STYLE.economic.color,
];

/**
 * The wall while an interest vote is open: what to do, and how many have voted, live. The
 * results stay hidden until the lead closes the vote (no group-think), so only the count shows.
 */
export function VoteScene(props: { voters: number; language: Language; qr: ReactNode }) {
  const { voters, language, qr } = props;
  const [before, after] = aroundCount(
    t(language, voters === 1 ? 'wall.vote.votersOne' : 'wall.vote.votersMany'),
  );
  return (
    <section className="scene scene--vote" data-scene="vote">
      <div className="vote">
        <h2 className="vote__title">{t(language, 'wall.vote.title')}</h2>
        <div className="vote__how">
          <svg
            className="vote__dots"
            viewBox={`0 0 ${DOTS_PER_DEVICE * 60} 60`}
            aria-hidden="true"
            focusable="false"
          >
            {DOT_COLORS.slice(0, DOTS_PER_DEVICE).map((color, i) => (
              <circle key={i} cx={30 + i * 60} cy={30} r={22} fill={color} />
            ))}
          </svg>
          <p className="vote__instruction">{t(language, 'wall.vote.instruction')}</p>
        </div>
        <p className="vote__count" role="status" aria-live="polite">
          {before ? <span className="vote__label">{before.trim()}</span> : null}
          <span key={voters} className="vote__number">
            {voters}
          </span>
          {after ? <span className="vote__label">{after.trim()}</span> : null}
        </p>
        <p className="vote__hidden">{t(language, 'wall.vote.hidden')}</p>
      </div>
      {qr}
    </section>
  );
}
