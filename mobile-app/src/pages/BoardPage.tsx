import { useMemo, useState } from 'react';
import type { Suggestion } from '@tavla/shared';
import { sortSuggestions } from '@tavla/shared/board-state';
import { statusLabel, t } from '@tavla/shared/i18n';
import { SuggestionForm } from '../components/SuggestionForm.js';
import { SuggestionList } from '../components/SuggestionList.js';
import { phoneLanguage, useDocumentLanguage } from '../language.js';
import { loadMine, rememberMine } from '../local-store.js';
import { usePhoneBoard } from '../use-phone-board.js';

export function BoardPage({ boardId }: { boardId: string }) {
  const [posted, setPosted] = useState<Suggestion[]>([]);
  const [mine, setMine] = useState(loadMine);
  const [notices, setNotices] = useState<Suggestion[]>([]);
  const { snapshot, connection } = usePhoneBoard(boardId, mine, (changed) =>
    setNotices((current) => [changed, ...current.filter((n) => n.id !== changed.id)].slice(0, 3)),
  );
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
      {notices.length > 0 ? (
        <div className="notices" role="status">
          {notices.map((notice) => (
            <p key={notice.id} className="notice">
              <a href={`/m/b/${boardId}/s/${notice.id}`}>
                {t(language, 'phone.notice.statusChanged', {
                  text: notice.text.length > 60 ? `${notice.text.slice(0, 57)}…` : notice.text,
                  status: statusLabel(language, notice.status),
                })}
              </a>
              <button
                type="button"
                className="notice__close"
                aria-label={t(language, 'phone.notice.dismiss')}
                onClick={() => setNotices((current) => current.filter((n) => n.id !== notice.id))}
              >
                ×
              </button>
            </p>
          ))}
        </div>
      ) : null}
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
