import { useMemo, useState } from 'react';
import type { Suggestion } from '@tavla/shared';
import { sortSuggestions } from '@tavla/shared/board-state';
import { t } from '@tavla/shared/i18n';
import { SuggestionForm } from '../components/SuggestionForm.js';
import { SuggestionList } from '../components/SuggestionList.js';
import { phoneLanguage, useDocumentLanguage } from '../language.js';
import { loadMine, rememberMine } from '../local-store.js';
import { usePhoneBoard } from '../use-phone-board.js';

export function BoardPage({ boardId }: { boardId: string }) {
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
        <p>
          <a href="/m/login">{t(language, 'auth.signInLink')}</a>
        </p>
      </main>
    );
  }

  const connectionLabel =
    connection === 'live'
      ? t(language, 'connection.live')
      : t(language, connection === 'connecting' ? 'connection.connecting' : 'connection.offline');

  return (
    <div className="page">
      <header className="topbar">
        <h1>{snapshot?.board.name ?? t(language, 'phone.loading')}</h1>
        <span className={`live live--${connection}`}>{connectionLabel}</span>
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
