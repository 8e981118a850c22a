import { useEffect, useState } from 'react';
import type { Board } from '@tavla/shared';
import { t } from '@tavla/shared/i18n';
import { fetchMyBoards } from '../api.js';
import { phoneLanguage, useDocumentLanguage } from '../language.js';

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
  return (
    <main className="page page--notice">
      {boards.length === 0 ? (
        <>
          <h1>{t(language, 'phone.noBoard.title')}</h1>
          <p>{t(language, 'phone.noBoard.body')}</p>
        </>
      ) : (
        <ul className="boards">
          {boards.map((board) => (
            <li key={board.id}>
              <a href={`/m/b/${board.id}`}>{board.name}</a>
            </li>
          ))}
        </ul>
      )}
      <p className="home__lead">
        <a href="/m/login">{t(language, 'auth.signInLink')}</a>
      </p>
    </main>
  );
}
