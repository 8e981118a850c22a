import { useEffect, useState } from 'react';
import type { Board } from '@tavla/shared';
import { t } from '@tavla/shared/i18n';
import { fetchMyBoards } from '../api.js';
import { phoneLanguage, useDocumentLanguage } from '../language.js';
import '../site-messages.js';
import './home.css';

/**
 * Where a phone lands without a board in its address. One board: straight to it. Several: a
 * chooser with a big button per board (its name and language). None: how to join.
 */
export function HomePage() {
  const [boards, setBoards] = useState<Board[] | null>(null);
  const language = phoneLanguage();
  useDocumentLanguage(language, 'Tavla');

  useEffect(() => {
    fetchMyBoards()
      .then((result) => {
        const [only, ...others] = result.boards;
        if (only && others.length === 0) window.location.replace(`/m/b/${only.id}`);
        else setBoards(result.boards);
      })
      .catch(() => setBoards([]));
  }, []);

  if (boards === null) {
    return <main className="page page--notice">{t(language, 'phone.loading')}</main>;
  }
  if (boards.length === 0) {
    return (
      <main className="page page--notice">
        <h1>{t(language, 'phone.noBoard.title')}</h1>
        <p>{t(language, 'phone.noBoard.body')}</p>
        <p className="home__lead">
          <a href="/m/login">{t(language, 'auth.signInLink')}</a>
        </p>
      </main>
    );
  }
  const sorted = [...boards].sort((a, b) => a.name.localeCompare(b.name, language));
  return (
    <div className="page">
      <header className="topbar">
        <h1>{t(language, 'site.chooser.title')}</h1>
      </header>
      <main>
        <p className="chooser__hint">
          {t(language, 'site.chooser.hint', { count: boards.length })}
        </p>
        <ul className="chooser">
          {sorted.map((board) => (
            <li key={board.id}>
              <a className="chooser__board" href={`/m/b/${board.id}`} lang={board.language}>
                <span className="chooser__name">{board.name}</span>
                <span className="chooser__language">
                  {t(language, `site.chooser.language.${board.language}`)}
                </span>
                <span className="chooser__arrow" aria-hidden="true">
                  →
                </span>
              </a>
            </li>
          ))}
        </ul>
        <p className="home__lead">
          <a href="/m/login">{t(language, 'auth.signInLink')}</a>
        </p>
      </main>
    </div>
  );
}
