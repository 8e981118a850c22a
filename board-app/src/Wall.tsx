import type { BoardSnapshot } from '@tavla/shared';
import { t } from '@tavla/shared/i18n';
import { groupByStatus } from './board-layout.js';
import { AnalysisScene } from './components/AnalysisScene.js';
import { Celebration } from './components/Celebration.js';
import { ConnectionBadge } from './components/ConnectionBadge.js';
import { GoalTile } from './components/GoalTile.js';
import { MatrixScene } from './components/MatrixScene.js';
import { QrPanel } from './components/QrPanel.js';
import { StatusColumn } from './components/StatusColumn.js';
import { VoteScene } from './components/VoteScene.js';
import { useNow, WallClock } from './components/WallClock.js';
import type { Celebrating, Connection } from './use-kiosk-board.js';
import { useWallScene } from './use-wall-scene.js';
import { EMPTY_METHOD_STATE } from '@tavla/shared/method';
import './method-messages.js';

/**
 * The wall for a board: the header, then the scene (the board with its goals and columns, or a
 * moment of the method), the QR code in every scene, and a celebration on top.
 */
export function Wall(props: {
  snapshot: BoardSnapshot;
  connection: Connection;
  /** The live join URL (it follows a replaced join token) before the one in the snapshot. */
  qrUrl: string | null;
  highlighted: ReadonlySet<string>;
  celebrating: Celebrating | null;
  shift: { x: number; y: number };
}) {
  const { snapshot, connection, qrUrl, highlighted, celebrating, shift } = props;
  const language = snapshot.board.language;
  const now = useNow(60_000);
  const scene = useWallScene(snapshot.method);
  const activeGoals = snapshot.goals.filter((goal) => goal.state === 'active');
  const method = snapshot.method ?? EMPTY_METHOD_STATE;
  const kioskClass =
    scene !== 'board'
      ? `kiosk kiosk--scene kiosk--${scene}`
      : activeGoals.length > 0
        ? 'kiosk kiosk--with-goals'
        : 'kiosk';
  return (
    <div
      className={kioskClass}
      style={{ transform: `translate(${shift.x}px, ${shift.y}px)` }}
      data-scene={scene}
    >
      <header className="kiosk__header">
        <h1>{snapshot.board.name}</h1>
        <div className="kiosk__status">
          <ConnectionBadge connection={connection} language={language} />
          <WallClock />
        </div>
      </header>
      {scene === 'vote' ? (
        <VoteScene
          voters={method.vote?.voters ?? 0}
          language={language}
          qr={
            qrUrl ? (
              <QrPanel joinUrl={qrUrl} language={language} call={t(language, 'wall.vote.scan')} />
            ) : null
          }
        />
      ) : scene === 'analysis' ? (
        <AnalysisScene
          analysis={method.analysis}
          language={language}
          qr={qrUrl ? <QrPanel joinUrl={qrUrl} language={language} compact /> : null}
        />
      ) : scene === 'matrix' ? (
        <MatrixScene
          method={method}
          language={language}
          qr={qrUrl ? <QrPanel joinUrl={qrUrl} language={language} compact /> : null}
        />
      ) : (
        <>
          {activeGoals.length > 0 ? (
            <section className="kiosk__goals" aria-label={t(language, 'kiosk.goals')}>
              {activeGoals.map((goal) => (
                <GoalTile
                  key={goal.id}
                  goal={goal}
                  suggestions={snapshot.suggestions}
                  language={language}
                  now={now}
                />
              ))}
            </section>
          ) : null}
          <main className="kiosk__columns">
            {groupByStatus(snapshot.suggestions, now).map((column) => (
              <StatusColumn
                key={column.status}
                column={column}
                language={language}
                highlighted={highlighted}
              />
            ))}
          </main>
          {qrUrl ? <QrPanel joinUrl={qrUrl} language={language} /> : null}
        </>
      )}
      {celebrating ? <Celebration what={celebrating} language={language} /> : null}
    </div>
  );
}
