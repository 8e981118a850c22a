import { useEffect, useMemo, useState } from 'react';
import type { Board, Language, Suggestion } from '@tavla/shared';
import { sortSuggestions } from '@tavla/shared/board-state';
import { DEFAULT_LANGUAGE } from '@tavla/shared/domain';
import { pickLanguage, t } from '@tavla/shared/i18n';
import { ApiError, fetchMyBoards } from './api.js';
import { SuggestionForm } from './components/SuggestionForm.js';
import { SuggestionList } from './components/SuggestionList.js';
import { loadMine, rememberMine } from './local-store.js';
import { usePhoneBoard } from './use-phone-board.js';

const phoneLanguage = (boardLanguage: Language = DEFAULT_LANGUAGE): Language =>
  pickLanguage(navigator.languages, boardLanguage);

export function boardIdFromPath(path: string): string | null {
  const match = /^\/m\/b\/([A-Za-z0-9_-]+)\/?$/.exec(path);
  return match?.[1] ?? null;
}

export function App({ path }: { path: string }) {
  const boardId = boardIdFromPath(path);
  return boardId ? <BoardPage boardId={boardId} /> : <HomePage />;
}

function useDocumentLanguage(language: Language, title: string) {
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = title;
  }, [language, title]);
}

function BoardPage({ boardId }: { boardId: string }) {
  const { snapshot, connection } = usePhoneBoard(boardId);
  const [posted, setPosted] = useState<Suggestion[]>([]);
  const [mine, setMine] = useState(loadMine);
  const language = phoneLanguage(snapshot?.board.language);
  useDocumentLanguage(language, snapshot ? `${snapshot.board.name} · Tavla` : 'Tavla');

  // What this phone posted shows at once, even before the live event comes back.
  const suggestions = useMemo(() => {
    const known = new Set(snapshot?.suggestions.map((s) => s.id));
    return sortSuggestions([
      ...(snapshot?.suggestions ?? []),
      ...posted.filter((s) => !known.has(s.id)),
    ]);
  }, [snapshot, posted]);

  if (connection === 'refused' && !snapshot) {
    return (
      <main className="page page--notice">
        <p>{t(language, 'phone.boardMissing')}</p>
      </main>
    );
  }

  return (
    <div className="page">
      <header className="topbar">
        <h1>{snapshot?.board.name ?? t(language, 'phone.loading')}</h1>
        <span className={`live live--${connection}`}>
          {connection === 'live'
            ? t(language, 'connection.live')
            : t(
                language,
                connection === 'connecting' ? 'connection.connecting' : 'connection.offline',
              )}
        </span>
      </header>
      <main>
        <SuggestionForm
          boardId={boardId}
          language={language}
          onPosted={(suggestion) => {
            rememberMine(suggestion.id);
            setMine((current) => new Set([...current, suggestion.id]));
            setPosted((current) => [suggestion, ...current]);
          }}
        />
        {snapshot ? (
          <SuggestionList suggestions={suggestions} mine={mine} language={language} />
        ) : null}
      </main>
    </div>
  );
}

function HomePage() {
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
      .catch((error: unknown) => {
        if (error instanceof ApiError && error.status === 401) setBoards([]);
        else setBoards([]);
      });
  }, []);

  if (boards === null)
    return <main className="page page--notice">{t(language, 'phone.loading')}</main>;
  if (boards.length === 0) {
    return (
      <main className="page page--notice">
        <h1>{t(language, 'phone.noBoard.title')}</h1>
        <p>{t(language, 'phone.noBoard.body')}</p>
      </main>
    );
  }
  return (
    <main className="page page--notice">
      <ul className="boards">
        {boards.map((board) => (
          <li key={board.id}>
            <a href={`/m/b/${board.id}`}>{board.name}</a>
          </li>
        ))}
      </ul>
    </main>
  );
}
