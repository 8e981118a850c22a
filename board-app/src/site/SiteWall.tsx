import { useEffect } from 'react';
import type { BoardSummary, Language, SiteGoal } from '@tavla/shared';
import { DEFAULT_LANGUAGE } from '@tavla/shared/domain';
import { t } from '@tavla/shared/i18n';
import { ConnectionBadge } from '../components/ConnectionBadge.js';
import { DimensionIcon } from '../components/DimensionIcon.js';
import { useNow, WallClock } from '../components/WallClock.js';
import './site-messages.js';
import { pageAt, sitePages } from './site-view.js';
import { useSiteWall } from './use-site-wall.js';

const number = (language: Language, value: number) =>
  new Intl.NumberFormat(language === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: 1 }).format(
    value,
  );

function Goal({ goal, language }: { goal: SiteGoal; language: Language }) {
  const status = goal.status ?? 'unmeasured';
  return (
    <li className={`site-goal site-goal--${status}`}>
      <div className="site-goal__head">
        <DimensionIcon dimension={goal.dimension} size="2.5rem" />
        <span className="site-goal__title">{goal.title}</span>
        <span className="site-goal__percent">
          {goal.percent === null ? '–' : `${number(language, goal.percent)} %`}
        </span>
      </div>
      <div className="site-goal__bar" aria-hidden="true">
        <div style={{ width: `${goal.percent ?? 0}%` }} />
      </div>
      <span className="site-goal__status">
        {t(language, goal.status ? `site.wall.goal.${goal.status}` : 'site.wall.goal.unmeasured')}
      </span>
    </li>
  );
}

function Participation({ board, language }: { board: BoardSummary; language: Language }) {
  const { percent, employees, contributors } = board.participation;
  return (
    <section className="site-board__participation">
      <h3>{t(language, 'site.wall.participation')}</h3>
      {percent !== null && employees !== null ? (
        <p>
          <strong className="site-figure">{number(language, percent)} %</strong>{' '}
          <span>{t(language, 'site.wall.participation.of', { employees })}</span>
        </p>
      ) : (
        <p>
          <span>
            {contributors === 1
              ? t(language, 'site.wall.participation.devices.one')
              : t(language, 'site.wall.participation.devices', { count: contributors })}
          </span>
        </p>
      )}
    </section>
  );
}

function Board({ board, language }: { board: BoardSummary; language: Language }) {
  const counts: [string, number][] = [
    [t(language, 'site.wall.new'), board.counts.new],
    [t(language, 'site.wall.inProgress'), board.counts.inProgress],
    [t(language, 'site.wall.doneLately'), board.counts.doneLately],
  ];
  return (
    <article className="site-board" aria-label={board.name}>
      <h2 className="site-board__name">{board.name}</h2>
      <dl className="site-board__counts">
        {counts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd className="site-figure">{value}</dd>
          </div>
        ))}
      </dl>
      <section className="site-board__goals">
        <h3>{t(language, 'site.wall.goals')}</h3>
        {board.goals.length === 0 ? (
          <p className="site-muted">{t(language, 'site.wall.noGoals')}</p>
        ) : (
          <ul>
            {board.goals.map((goal) => (
              <Goal key={goal.id} goal={goal} language={language} />
            ))}
          </ul>
        )}
      </section>
      <section className="site-board__done">
        <h3>{t(language, 'site.wall.latestDone')}</h3>
        {board.latestDone ? (
          <p>
            <DimensionIcon dimension={board.latestDone.dimension} size="2.5rem" />{' '}
            {board.latestDone.text}
          </p>
        ) : (
          <p className="site-muted">{t(language, 'site.wall.noneDone')}</p>
        )}
      </section>
      <Participation board={board} language={language} />
    </article>
  );
}

/** The site wall: several boards' summaries side by side or in turn, live, read-only. */
export function SiteWall({ siteKey }: { siteKey: string | null }) {
  const { summary, connection, refused } = useSiteWall(siteKey);
  const language = summary?.language ?? DEFAULT_LANGUAGE;
  const now = useNow(1000);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = summary ? `${summary.name} · Tavla` : 'Tavla';
  }, [language, summary]);

  if (refused === 'replaced') {
    // Both languages: the screen does not know which the new link is in.
    return (
      <main className="notice">
        <p>{t('sv', 'error.link_replaced')}</p>
        <p>{t('en', 'error.link_replaced')}</p>
      </main>
    );
  }
  if (refused === 'invalid') {
    return (
      <main className="notice">
        <p>{t('sv', 'site.wall.invalidKey')}</p>
        <p>{t('en', 'site.wall.invalidKey')}</p>
      </main>
    );
  }
  if (!summary) {
    return (
      <main className="notice">
        <ConnectionBadge connection={connection} language={language} />
      </main>
    );
  }

  const pages = sitePages(summary.boards, summary.layout);
  const index = pageAt(pages.length, summary.turnSeconds, now.getTime());
  const page = pages[index] ?? [];
  return (
    <main className="site">
      <header className="site__header">
        <h1>{summary.name}</h1>
        {pages.length > 1 ? (
          <span className="site__page">
            {t(language, 'site.wall.page', { page: index + 1, pages: pages.length })}
          </span>
        ) : null}
        <ConnectionBadge connection={connection} language={language} />
        <WallClock />
      </header>
      {page.length === 0 ? (
        <p className="site__empty">{t(language, 'site.wall.noBoards')}</p>
      ) : (
        <div className={`site__boards site__boards--${page.length}`}>
          {page.map((board) => (
            <Board key={board.id} board={board} language={language} />
          ))}
        </div>
      )}
    </main>
  );
}
