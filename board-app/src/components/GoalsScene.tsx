import type { Goal, Language, Suggestion } from '@tavla/shared';
import { t } from '@tavla/shared/i18n';
import { GoalTile } from './GoalTile.js';
import { SceneEmpty } from './SceneEmpty.js';
import '../wall-messages.js';

/** The scene's width in rem (120 less the kiosk's padding), the gap and a tile's padding. */
const SCENE_REM = 117;
const GAP_REM = 1.25;
const TILE_PADDING_REM = 3;

/** The inner width of each of `count` goal tiles side by side, in rem. */
export function goalWidthRem(count: number): number {
  const n = Math.max(1, count);
  return (SCENE_REM - (n - 1) * GAP_REM) / n - TILE_PADDING_REM;
}

/** The goals scene: the page's goals side by side, each big. */
export function GoalsScene(props: {
  goals: readonly Goal[];
  suggestions: readonly Suggestion[];
  language: Language;
  now: Date;
}) {
  const { goals, suggestions, language, now } = props;
  if (goals.length === 0) {
    return (
      <SceneEmpty
        scene="goals"
        title={t(language, 'wall.goals.none')}
        reasons={[t(language, 'wall.goals.noneHint')]}
        qr={null}
      />
    );
  }
  return (
    <section
      className="scene scene--goals"
      data-scene="goals"
      data-count={goals.length}
      aria-label={t(language, 'kiosk.goals')}
    >
      {goals.map((goal) => (
        <GoalTile
          key={goal.id}
          goal={goal}
          suggestions={suggestions}
          language={language}
          now={now}
          widthRem={goalWidthRem(goals.length)}
        />
      ))}
    </section>
  );
}
