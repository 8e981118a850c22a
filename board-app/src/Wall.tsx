import type { BoardSnapshot } from '@tavla/shared';
import type { Participation } from '@tavla/shared/analytics';
import { localDay } from '@tavla/shared/follow-up-rules';
import type { MeetingReview } from '@tavla/shared/follow-ups';
import { t } from '@tavla/shared/i18n';
import { EMPTY_METHOD_STATE } from '@tavla/shared/method';
import { cardsPerPage, chunk, GOALS_PER_PAGE, RECENT_PER_PAGE } from './board-layout.js';
import { AnalysisScene } from './components/AnalysisScene.js';
import { AnnouncementsScene } from './components/AnnouncementsScene.js';
import { FollowUpLiveScene } from './components/FollowUpLiveScene.js';
import { FollowUpScene } from './components/FollowUpScene.js';
import { MeetingScene } from './components/MeetingScene.js';
import { Celebration } from './components/Celebration.js';
import { ConnectionBadge } from './components/ConnectionBadge.js';
import { GoalsScene } from './components/GoalsScene.js';
import { MatrixScene } from './components/MatrixScene.js';
import { QrPanel } from './components/QrPanel.js';
import { RecentScene } from './components/RecentScene.js';
import { Spotlight } from './components/Spotlight.js';
import { StatusColumn } from './components/StatusColumn.js';
import { VoteScene } from './components/VoteScene.js';
import { useNow, WallClock } from './components/WallClock.js';
import { WorkshopScene } from './components/WorkshopScene.js';
import {
  actionsPage,
  LIVE_GOALS_PER_PAGE,
  liveActions,
  livePages,
  liveView,
  meetingPages,
} from './follow-up-view.js';
import { spotlightOf } from './spotlight.js';
import type { BoardRead } from './use-board-read.js';
import type { Celebrating, Connection } from './use-kiosk-board.js';
import { useViewportHeightRem } from './use-viewport.js';
import { useWallCycle, type WallPosition } from './use-wall-cycle.js';
import { wallContent } from './wall-pages.js';
import { isLiveScene, type WallScene } from './wall-scene.js';
import './method-messages.js';
import './wall-messages.js';
import './wall-follow-up-messages.js';

/** Scenes that show the QR code in the header (the others place a larger one themselves). */
const FRAMED = ['board', 'goals', 'recent', 'announcements', 'follow_up'] as const;
type FramedScene = (typeof FRAMED)[number];
const isFramed = (scene: WallScene): scene is FramedScene =>
  (FRAMED as readonly WallScene[]).includes(scene);

/**
 * The wall for a board: the header (name, the scene and its page, the connection, the clock),
 * the scene the cycle (or a lead, or a live moment) puts on now, the QR code in every scene,
 * and, on top for a moment, something new (the spotlight) or a celebration.
 */
export function Wall(props: {
  snapshot: BoardSnapshot;
  connection: Connection;
  /** The live join URL (it follows a replaced join token) before the one in the snapshot. */
  qrUrl: string | null;
  highlighted: ReadonlySet<string>;
  celebrating: Celebrating | null;
  shift: { x: number; y: number };
  /** The board meeting's "since last time" (fetched while the meeting is on). */
  meeting?: BoardRead<MeetingReview>;
  /** This quarter's participation (fetched; null without one or when the fetch failed). */
  participation?: Participation | null;
  /** Fixes the scene and page (the preview page); the wall itself cycles. */
  fixed?: WallPosition;
}) {
  const { snapshot, connection, qrUrl, highlighted, celebrating, shift, fixed } = props;
  const meeting = props.meeting ?? { data: null, failed: false };
  const participation = props.participation ?? null;
  const language = snapshot.board.language;
  const now = useNow(60_000);
  // The wall's own day: due colours move on at midnight without a server change.
  const today = localDay(now);
  const method = snapshot.method ?? EMPTY_METHOD_STATE;
  const perPage = cardsPerPage(useViewportHeightRem());
  const content = wallContent(snapshot, method, now, perPage, participation);
  const followUpLive = method.followUp.live;
  const { carried, decided } = followUpLive
    ? liveActions(method.followUp.actions, followUpLive)
    : { carried: [], decided: [] };
  const view = followUpLive ? liveView(followUpLive, decided) : null;
  const liveGoals = content.goals;
  const pagesOfLive = (live: WallScene): number => {
    if (live === 'meeting') return meetingPages(meeting.data);
    if (live === 'follow_up_live' && followUpLive && view) {
      return view === 'goals'
        ? Math.max(1, Math.ceil(liveGoals.length / LIVE_GOALS_PER_PAGE))
        : livePages(view, followUpLive, carried.length);
    }
    return 1;
  };
  const cycled = useWallCycle(snapshot.method, content.pages, pagesOfLive, view ?? '');
  const { scene, page } = fixed ?? cycled;
  const live = isLiveScene(scene);
  const pages = fixed
    ? isLiveScene(scene)
      ? pagesOfLive(scene)
      : Math.max(1, content.pages[scene])
    : cycled.pages;
  const framed = isFramed(scene);
  const spot = live || celebrating ? null : spotlightOf(highlighted, snapshot.suggestions);
  const qr = (call?: string, compact = true) =>
    qrUrl ? <QrPanel joinUrl={qrUrl} language={language} call={call} compact={compact} /> : null;

  let body;
  switch (scene) {
    case 'board':
      body = (
        <main className="scene scene--board" data-scene="board">
          {content.columns.map((column) => (
            <StatusColumn
              key={column.status}
              column={column}
              perPage={content.perPage}
              page={page}
              language={language}
              highlighted={highlighted}
            />
          ))}
        </main>
      );
      break;
    case 'goals':
      body = (
        <GoalsScene
          goals={chunk(content.goals, GOALS_PER_PAGE)[page] ?? []}
          suggestions={snapshot.suggestions}
          language={language}
          now={now}
        />
      );
      break;
    case 'recent':
      body = (
        <RecentScene
          items={chunk(content.recent, RECENT_PER_PAGE)[page] ?? []}
          language={language}
        />
      );
      break;
    case 'announcements':
      body = (
        <AnnouncementsScene
          announcement={content.announcements[page] ?? null}
          employees={method.announcements.employees}
          language={language}
        />
      );
      break;
    case 'analysis':
      body = <AnalysisScene analysis={method.analysis} language={language} qr={qr()} />;
      break;
    case 'matrix':
      body = <MatrixScene method={method} language={language} qr={qr()} />;
      break;
    case 'vote':
      body = (
        <VoteScene
          voters={method.vote?.voters ?? 0}
          language={language}
          qr={qr(t(language, 'wall.vote.scan'), false)}
        />
      );
      break;
    case 'follow_up':
      body = (
        <FollowUpScene
          followUp={method.followUp}
          actions={actionsPage(method.followUp.actions, page)}
          participation={participation}
          today={today}
          language={language}
        />
      );
      break;
    case 'follow_up_live':
      body =
        followUpLive && view ? (
          <FollowUpLiveScene
            live={followUpLive}
            view={view}
            page={page}
            pages={pages}
            carried={carried}
            decided={decided}
            goals={liveGoals}
            suggestions={snapshot.suggestions}
            today={today}
            now={now}
            language={language}
            qr={qr}
          />
        ) : null;
      break;
    case 'meeting':
      body = (
        <MeetingScene
          review={meeting.data}
          failed={meeting.failed}
          page={page}
          pages={pages}
          today={today}
          language={language}
          qr={qr()}
        />
      );
      break;
    case 'workshop':
      body = method.workshop ? (
        <WorkshopScene
          live={method.workshop}
          vote={method.vote}
          language={language}
          qr={qr(
            t(
              language,
              method.workshop.activity.kind === 'interest_vote'
                ? 'wall.vote.scan'
                : 'wall.workshop.scan',
            ),
            false,
          )}
        />
      ) : null;
      break;
  }

  return (
    <div
      className={framed ? `kiosk kiosk--framed kiosk--${scene}` : `kiosk kiosk--${scene}`}
      style={{ transform: `translate(${shift.x}px, ${shift.y}px)` }}
      data-scene={scene}
      data-page={page}
      data-pages={pages}
    >
      <header className="kiosk__header">
        <div className="kiosk__titles">
          <h1>{snapshot.board.name}</h1>
          {snapshot.board.archivedAt ? (
            // An archived board (issue 14): said plainly, in place of the scene's name.
            <p className="kiosk__scene">
              <span className="kiosk__archived">{t(language, 'wall.archived')}</span>
            </p>
          ) : isFramed(scene) ? (
            <p className="kiosk__scene">
              <span className="kiosk__scene-name">{t(language, `wall.scene.${scene}`)}</span>
              {pages > 1 ? (
                <span className="kiosk__page">
                  {t(language, 'wall.page', { page: page + 1, pages })}
                </span>
              ) : null}
            </p>
          ) : null}
        </div>
        <div className="kiosk__status">
          <ConnectionBadge connection={connection} language={language} />
          <WallClock />
        </div>
        {/* An archived board takes no suggestions: no "scan and post" code on it. */}
        {framed && !snapshot.board.archivedAt
          ? qr(scene === 'announcements' ? t(language, 'wall.announcements.scan') : undefined)
          : null}
      </header>
      {body}
      {spot ? <Spotlight spot={spot} language={language} /> : null}
      {celebrating ? <Celebration what={celebrating} language={language} /> : null}
    </div>
  );
}
