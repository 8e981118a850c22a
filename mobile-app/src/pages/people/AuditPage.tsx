import { useState } from 'react';
import type { AuditEntry } from '@tavla/shared';
import { t } from '@tavla/shared/i18n';
import { describeError, fetchManagedBoards } from '../../api.js';
import { phoneLanguage, useDocumentLanguage } from '../../language.js';
import { fetchAudit } from '../../people-api.js';
import { useFetched } from '../../use-fetched.js';
import { auditBoard, auditSentence } from './audit-sentence.js';
import '../../people-messages.js';
import './people.css';

/** The admin's audit log (`/m/admin/audit`): what leads and admins did, by board, paged. */
export function AuditPage() {
  const language = phoneLanguage();
  useDocumentLanguage(language, `${t(language, 'audit.title')} · Tavla`);
  const boards = useFetched(fetchManagedBoards, []);
  const [boardId, setBoardId] = useState('');
  // The newest page for the chosen board, and the older pages the reader asked for since.
  const first = useFetched(() => fetchAudit(boardId || null, null), [boardId]);
  const [older, setOlder] = useState<{
    boardId: string;
    entries: AuditEntry[];
    next: number | null;
  } | null>(null);
  const [moreFailure, setMoreFailure] = useState<unknown>(null);
  const extra = older?.boardId === boardId ? older : null;
  const entries = first.data ? [...first.data.entries, ...(extra?.entries ?? [])] : null;
  const next = extra ? extra.next : (first.data?.next ?? null);
  const failure: unknown = first.failure ?? moreFailure;

  async function more() {
    if (next === null) return;
    try {
      const page = await fetchAudit(boardId || null, next);
      setOlder({ boardId, entries: [...(extra?.entries ?? []), ...page.entries], next: page.next });
      setMoreFailure(null);
    } catch (error) {
      setMoreFailure(error);
    }
  }

  const when = (at: string) =>
    new Date(at).toLocaleString(language === 'sv' ? 'sv-SE' : 'en-GB', {
      dateStyle: 'short',
      timeStyle: 'short',
    });

  return (
    <div className="page">
      <header className="topbar">
        <h1>{t(language, 'audit.title')}</h1>
        <a className="topbar__button" href="/m/admin/people">
          {t(language, 'people.back')}
        </a>
      </header>
      <main>
        <section className="form">
          <p>{t(language, 'audit.intro')}</p>
          <label className="field audit__filter">
            <span className="field__label">{t(language, 'audit.board')}</span>
            <select value={boardId} onChange={(event) => setBoardId(event.target.value)}>
              <option value="">{t(language, 'audit.allBoards')}</option>
              {(boards.data?.boards ?? []).map(({ board }) => (
                <option key={board.id} value={board.id}>
                  {board.name}
                </option>
              ))}
            </select>
          </label>
        </section>
        {failure ? (
          <p className="feedback feedback--error" role="alert">
            {describeError(language, failure)}
          </p>
        ) : null}
        {entries === null ? (
          failure ? null : (
            <p className="page--notice">{t(language, 'phone.loading')}</p>
          )
        ) : entries.length === 0 ? (
          <p className="form">{t(language, 'audit.empty')}</p>
        ) : (
          <ul className="managed list" aria-label={t(language, 'audit.title')}>
            {entries.map((entry) => (
              <li key={entry.id} className="item">
                <p className="item__text">{auditSentence(language, entry)}</p>
                <p className="item__meta">
                  <time className="audit__when" dateTime={entry.at}>
                    {when(entry.at)}
                  </time>
                  {entry.board ? ` · ${auditBoard(language, entry)}` : ''}
                </p>
              </li>
            ))}
          </ul>
        )}
        {next !== null ? (
          <p className="below-form">
            <button type="button" className="small-button" onClick={() => void more()}>
              {t(language, 'audit.more')}
            </button>
          </p>
        ) : null}
      </main>
    </div>
  );
}
