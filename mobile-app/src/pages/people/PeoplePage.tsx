import { useCallback, useState } from 'react';
import type { AdminBoard, Language, User } from '@tavla/shared';
import { t } from '@tavla/shared/i18n';
import { describeError, fetchManagedBoards, fetchMe, fetchUsers } from '../../api.js';
import { phoneLanguage, useDocumentLanguage } from '../../language.js';
import { addLeadToBoard, disableUser, enableUser, removeLeadFromBoard } from '../../people-api.js';
import { useFetched } from '../../use-fetched.js';
import '../../account-messages.js';
import '../../people-messages.js';
import './people.css';

interface PeopleData {
  me: User;
  users: User[];
  boards: AdminBoard[];
}

async function loadPeople(): Promise<PeopleData> {
  const { user: me } = await fetchMe();
  const [users, boards] = await Promise.all([fetchUsers(), fetchManagedBoards()]);
  return { me, users: users.users, boards: boards.boards };
}

/** The admin's people page (`/m/admin/people`): a lead's boards, disabling and enabling. */
export function PeoplePage() {
  const language = phoneLanguage();
  useDocumentLanguage(language, `${t(language, 'people.title')} · Tavla`);
  const [version, setVersion] = useState(0);
  const refresh = useCallback(() => setVersion((v) => v + 1), []);
  const { data, failure } = useFetched(loadPeople, [version]);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const run = useCallback(
    async (action: () => Promise<unknown>) => {
      setMessage(null);
      try {
        await action();
        setMessage({ ok: true, text: t(language, 'people.saved') });
      } catch (error) {
        setMessage({ ok: false, text: describeError(language, error) });
      }
      refresh();
    },
    [language, refresh],
  );

  if (!data) {
    return (
      <main className="page page--notice">
        {failure ? describeError(language, failure) : t(language, 'phone.loading')}
        {failure ? (
          <p>
            <a href="/m/login">{t(language, 'auth.signIn')}</a>
          </p>
        ) : null}
      </main>
    );
  }

  const boardName = (id: string) => data.boards.find((b) => b.board.id === id)?.board.name ?? id;
  // Leads first, by name; then the admins.
  const people = [...data.users].sort(
    (a, b) => a.role.localeCompare(b.role) * -1 || a.displayName.localeCompare(b.displayName),
  );

  return (
    <div className="page">
      <header className="topbar">
        <h1>{t(language, 'people.title')}</h1>
        <a className="topbar__button" href="/m/lead">
          {t(language, 'people.back')}
        </a>
      </header>
      <main>
        {message ? (
          <p
            className={`sticky-feedback feedback feedback--${message.ok ? 'sent' : 'error'}`}
            role={message.ok ? 'status' : 'alert'}
          >
            {message.text}
          </p>
        ) : null}
        <section className="form">
          <p>{t(language, 'people.intro')}</p>
          <p>
            <a className="button-link" href="/m/admin/audit">
              {t(language, 'people.auditLink')} →
            </a>
          </p>
        </section>
        <ul className="managed list">
          {people.map((person) => (
            <Person
              key={person.id}
              language={language}
              person={person}
              isMe={person.id === data.me.id}
              boards={data.boards}
              boardName={boardName}
              run={run}
            />
          ))}
        </ul>
      </main>
    </div>
  );
}

function Person(props: {
  language: Language;
  person: User;
  isMe: boolean;
  boards: AdminBoard[];
  boardName: (id: string) => string;
  run: (action: () => Promise<unknown>) => Promise<void>;
}) {
  const { language, person, isMe, boards, boardName, run } = props;
  const [adding, setAdding] = useState('');
  const name = person.displayName;
  const missing = boards.filter((b) => !person.boardIds.includes(b.board.id));

  return (
    <li
      className={`item${person.disabled ? ' person--disabled' : ''}`}
      aria-label={`${name} (${person.username})`}
    >
      <p className="item__text">
        <strong>{name}</strong> ({person.username}
        {isMe ? `, ${t(language, 'people.you')}` : ''}) ·{' '}
        {t(language, `people.role.${person.role}`)}
        {person.disabled ? (
          <span className="badge-disabled">{t(language, 'people.disabled')}</span>
        ) : null}
      </p>
      {person.role === 'admin' ? (
        <p className="item__meta">{t(language, 'people.allBoards')}</p>
      ) : (
        <>
          {person.boardIds.length === 0 ? (
            <p className="item__meta">{t(language, 'people.noBoards')}</p>
          ) : (
            <ul className="person__boards">
              {person.boardIds.map((boardId) => (
                <li key={boardId} className="person__board">
                  {boardName(boardId)}
                  <button
                    type="button"
                    className="person__remove"
                    aria-label={t(language, 'people.removeBoard', {
                      board: boardName(boardId),
                      name,
                    })}
                    onClick={() => void run(() => removeLeadFromBoard(person.id, boardId))}
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
          )}
          {missing.length > 0 ? (
            <form
              className="row person__add"
              onSubmit={(event) => {
                event.preventDefault();
                if (adding)
                  void run(() => addLeadToBoard(person.id, adding)).then(() => setAdding(''));
              }}
            >
              <select
                aria-label={t(language, 'people.addBoardFor', { name })}
                value={adding}
                onChange={(event) => setAdding(event.target.value)}
              >
                <option value="">{t(language, 'people.pickBoard')}</option>
                {missing.map(({ board }) => (
                  <option key={board.id} value={board.id}>
                    {board.name}
                  </option>
                ))}
              </select>
              <button type="submit" className="small-button" disabled={!adding}>
                {t(language, 'people.add')}
              </button>
            </form>
          ) : null}
        </>
      )}
      {isMe ? null : person.disabled ? (
        <button
          type="button"
          className="small-button"
          onClick={() => void run(() => enableUser(person.id))}
        >
          {t(language, 'people.enable')}
        </button>
      ) : (
        <button
          type="button"
          className="small-button small-button--danger"
          onClick={() => {
            if (window.confirm(t(language, 'people.disableConfirm', { name }))) {
              void run(() => disableUser(person.id));
            }
          }}
        >
          {t(language, 'people.disable')}
        </button>
      )}
    </li>
  );
}
