import { useEffect } from 'react';
import { Celebration } from './components/Celebration.js';
import { GoalTile } from './components/GoalTile.js';
import { useNow } from './components/WallClock.js';
import { DEFAULT_LANGUAGE } from '@tavla/shared/domain';
import { t } from '@tavla/shared/i18n';
import { groupByStatus } from './board-layout.js';
import { ConnectionBadge } from './components/ConnectionBadge.js';
import { QrPanel } from './components/QrPanel.js';
import { StatusColumn } from './components/StatusColumn.js';
import { WallClock } from './components/WallClock.js';
import { useKioskBoard } from './use-kiosk-board.js';
import { useKeepAlive } from './use-keep-alive.js';
import { reloadHourFrom } from './keep-alive.js';

export function App({ displayKey }: { displayKey: string | null }) {
  const { snapshot, connection, invalidKey, linkReplaced, joinUrl, highlighted, celebrating } =
    useKioskBoard(displayKey);
  const now = useNow(60_000);
  const shift = useKeepAlive(reloadHourFrom(window.location.search));
  const language = snapshot?.board.language ?? DEFAULT_LANGUAGE;

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = snapshot ? `${snapshot.board.name} · Tavla` : 'Tavla';
  }, [language, snapshot]);

  if (linkReplaced) {
    // Replaced by an admin: the board is no longer shown here, in both languages (the new
    // link may be for a board in either).
    return (
      <main className="notice" data-testid="link-replaced">
        <p lang="sv">{t('sv', 'kiosk.linkReplaced')}</p>
        <p lang="en">{t('en', 'kiosk.linkReplaced')}</p>
      </main>
    );
  }
  if (invalidKey && !snapshot) {
    // Without a valid key we do not know the board's language: say it in both.
    return (
      <main className="notice">
        <p lang="sv">{t('sv', 'kiosk.invalidKey')}</p>
        <p lang="en">{t('en', 'kiosk.invalidKey')}</p>
      </main>
    );
  }
  if (!snapshot) {
    return (
      <main className="notice">
        <p>{t(language, 'kiosk.loading')}</p>
        <ConnectionBadge connection={connection} language={language} />
      </main>
    );
  }

  const activeGoals = snapshot.goals.filter((goal) => goal.state === 'active');
  // The live join URL (it follows a replaced join token) before the one in the snapshot.
  const qrUrl = joinUrl ?? snapshot.joinUrl;
  return (
    <div
      className={activeGoals.length > 0 ? 'kiosk kiosk--with-goals' : 'kiosk'}
      style={{ transform: `translate(${shift.x}px, ${shift.y}px)` }}
    >
      <header className="kiosk__header">
        <h1>{snapshot.board.name}</h1>
        <div className="kiosk__status">
          <ConnectionBadge connection={connection} language={language} />
          <WallClock />
        </div>
      </header>
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
      {celebrating ? <Celebration what={celebrating} language={language} /> : null}
    </div>
  );
}
