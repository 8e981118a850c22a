import { isArchived } from '@tavla/shared/board-settings';
import { restoreBoard } from '../board-settings-api.js';
import '../account-messages.js';
import '../board-settings-messages.js';
import { useCallback, useEffect, useState, type ReactNode, type SubmitEvent } from 'react';
import type { AdminBoard, Display, Language, User } from '@tavla/shared';
import { LANGUAGES, LIMITS } from '@tavla/shared/domain';
import { FOLLOW_UP_MESSAGES } from '@tavla/shared/i18n-follow-up';
import { registerMessages, t, type FieldLabels } from '@tavla/shared/i18n';
import {
  createAdmin,
  createBoard,
  describeError,
  createLead,
  fetchDisplays,
  fetchManagedBoards,
  fetchMe,
  fetchUsers,
  logout,
  resetPassword,
  revokeSessions,
} from '../api.js';
import { TextField } from '../components/TextField.js';
import { BoardLinkRotation } from '../components/BoardLinkRotation.js';
import { phoneLanguage, useDocumentLanguage } from '../language.js';
import '../meeting-messages.js';

// The follow-up's link among each board's tools names it in the follow-up's own words.
registerMessages(FOLLOW_UP_MESSAGES);
import { AnalyticsLink } from './analytics/AnalyticsLink.js';
import '../report-messages.js';
import '../poster-messages.js';
import '../site-messages.js';
import { PeopleLinks } from './people/PeopleLinks.js';

/** Runs an action, shows "Saved." or why not (in the user's language), and refreshes. */
function useAction(language: Language, refresh: () => void) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const run = useCallback(
    /** `labels`: the form's own labels, for a refusal that names one of its fields. */
    async (action: () => Promise<unknown>, labels?: FieldLabels) => {
      setMessage(null);
      try {
        await action();
        setMessage({ ok: true, text: t(language, 'admin.saved') });
        refresh();
        return true;
      } catch (error) {
        setMessage({ ok: false, text: describeError(language, error, labels) });
        return false;
      }
    },
    [language, refresh],
  );
  const feedback = message ? (
    <p
      className={`feedback feedback--${message.ok ? 'sent' : 'error'}`}
      role={message.ok ? 'status' : 'alert'}
    >
      {message.text}
    </p>
  ) : null;
  return { run, feedback };
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="form">
      <h2>{title}</h2>
      {children}
    </section>
  );
}

export function LeadPage() {
  const language = phoneLanguage();
  const [user, setUser] = useState<User | null | 'signed-out'>(null);
  const [boards, setBoards] = useState<AdminBoard[]>([]);
  const [users, setUsers] = useState<User[]>([]);
  const [version, setVersion] = useState(0);
  const refresh = useCallback(() => setVersion((v) => v + 1), []);
  useDocumentLanguage(language, `${t(language, 'lead.title')} · Tavla`);

  useEffect(() => {
    fetchMe()
      .then(async ({ user: me }) => {
        setUser(me);
        setBoards((await fetchManagedBoards()).boards);
        if (me.role === 'admin') setUsers((await fetchUsers()).users);
      })
      .catch(() => setUser('signed-out'));
  }, [version]);

  if (user === 'signed-out') {
    window.location.replace('/m/login');
    return null;
  }
  if (!user) return <main className="page page--notice">{t(language, 'phone.loading')}</main>;
  // Archived boards (issue 14) are listed apart: read-only, kept for reports, restorable.
  const inUse = boards.filter(({ board }) => !isArchived(board));
  const archived = boards.filter(({ board }) => isArchived(board));

  return (
    <div className="page">
      <header className="topbar">
        <h1>
          {user.displayName} · {t(language, `lead.role.${user.role}`)}
        </h1>
        <button
          className="topbar__button"
          type="button"
          onClick={() => void logout().finally(() => window.location.assign('/m/login'))}
        >
          {t(language, 'auth.signOut')}
        </button>
      </header>
      <main>
        <Section title={t(language, 'lead.boards')}>
          {boards.length === 0 ? <p>{t(language, 'lead.noBoards')}</p> : null}
          <ul className="managed">
            {inUse.map(({ board, kioskUrl, joinUrl }) => (
              <li key={board.id} className="item">
                <p className="item__text">
                  <strong>{board.name}</strong>
                </p>
                <p className="row">
                  <a href={`/m/b/${board.id}`}>{t(language, 'lead.openBoard')}</a>
                  <a className="button-link" href={`/m/b/${board.id}/roadmap`}>
                    {t(language, 'roadmap.title')} →
                  </a>
                  <a className="button-link" href={`/m/b/${board.id}/report`}>
                    {t(language, 'report.link')} →
                  </a>
                  <a className="button-link" href={`/m/b/${board.id}/wall`}>
                    {t(language, 'lead.wall')} →
                  </a>
                  <a className="button-link" href={`/m/b/${board.id}/announcements`}>
                    {t(language, 'announce.link')} →
                  </a>
                  <a className="button-link" href={`/m/b/${board.id}/workshop`}>
                    {t(language, 'liveWorkshop.title')} →
                  </a>
                  <a className="button-link" href={`/m/b/${board.id}/meeting`}>
                    {t(language, 'meeting.link')} →
                  </a>
                  <a className="button-link" href={`/m/b/${board.id}/follow-up`}>
                    {t(language, 'followUp.link')} →
                  </a>
                  <AnalyticsLink boardId={board.id} language={language} className="button-link" />
                  <a className="button-link" href={`/m/b/${board.id}/settings`}>
                    {t(language, 'lead.boardSettings')} →
                  </a>
                </p>
                <BoardScreens boardId={board.id} language={language} />
                <details>
                  <summary>{t(language, 'lead.kioskLink')}</summary>
                  <code className="link">{kioskUrl}</code>
                </details>
                <details>
                  <summary>{t(language, 'lead.joinLink')}</summary>
                  <code className="link">{joinUrl}</code>
                </details>
                <p>
                  <a className="button-link" href={`/m/b/${board.id}/poster`}>
                    {t(language, 'poster.link')} →
                  </a>
                </p>
                {user.role === 'admin' ? (
                  <BoardLinkRotation board={board} language={language} onRotated={refresh} />
                ) : null}
              </li>
            ))}
          </ul>
        </Section>
        {archived.length > 0 ? (
          <ArchivedBoards
            boards={archived}
            admin={user.role === 'admin'}
            language={language}
            refresh={refresh}
          />
        ) : null}
        {user.role === 'admin' ? (
          <p className="below-form">
            <a className="button-link button-link--big" href="/m/site">
              {t(language, 'site.overview.link')} →
            </a>
          </p>
        ) : null}
        {user.role === 'admin' ? (
          <AdminSections language={language} boards={boards} users={users} refresh={refresh} />
        ) : null}
      </main>
    </div>
  );
}

/** The archived boards: still readable (board, report, settings); an admin restores them. */
function ArchivedBoards(props: {
  boards: AdminBoard[];
  admin: boolean;
  language: Language;
  refresh: () => void;
}) {
  const { boards, admin, language, refresh } = props;
  const { run, feedback } = useAction(language, refresh);
  return (
    <Section title={t(language, 'boardSettings.archivedBoards')}>
      {feedback}
      <ul className="managed">
        {boards.map(({ board }) => (
          <li key={board.id} className="item">
            <p className="item__text">
              <strong>{board.name}</strong>
            </p>
            <p className="item__meta">
              {t(language, 'boardSettings.archivedSince', {
                date: new Date(board.archivedAt ?? '').toLocaleDateString(language),
              })}
            </p>
            <p className="row">
              <a href={`/m/b/${board.id}`}>{t(language, 'lead.openBoard')}</a>
              <a className="button-link" href={`/m/b/${board.id}/report`}>
                {t(language, 'report.link')} →
              </a>
              <a className="button-link" href={`/m/b/${board.id}/settings`}>
                {t(language, 'lead.boardSettings')} →
              </a>
              {admin ? (
                <button
                  type="button"
                  className="small-button"
                  onClick={() => void run(() => restoreBoard(board.id))}
                >
                  {t(language, 'boardSettings.restoreButton')}
                </button>
              ) : null}
            </p>
          </li>
        ))}
      </ul>
    </Section>
  );
}

function AdminSections(props: {
  language: Language;
  boards: AdminBoard[];
  users: User[];
  refresh: () => void;
}) {
  const { language, boards, users, refresh } = props;
  const { run, feedback } = useAction(language, refresh);
  const [boardName, setBoardName] = useState('');
  const [boardLanguage, setBoardLanguage] = useState<Language>(language);
  const [lead, setLead] = useState({
    displayName: '',
    username: '',
    password: '',
    boardIds: [] as string[],
  });
  const [passwords, setPasswords] = useState<Record<string, string>>({});
  const emptyAdmin = { displayName: '', username: '', password: '' };
  const [admin, setAdmin] = useState(emptyAdmin);

  async function submitBoard(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (await run(() => createBoard({ name: boardName.trim(), language: boardLanguage })))
      setBoardName('');
  }

  async function submitLead(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = { ...lead, username: lead.username.trim(), displayName: lead.displayName.trim() };
    if (await run(() => createLead(body)))
      setLead({ displayName: '', username: '', password: '', boardIds: [] });
  }

  async function submitAdmin(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = {
      ...admin,
      username: admin.username.trim(),
      displayName: admin.displayName.trim(),
    };
    if (await run(() => createAdmin(body))) setAdmin(emptyAdmin);
  }

  const boardName_ = (id: string) => boards.find((b) => b.board.id === id)?.board.name ?? id;

  return (
    <>
      {feedback ? <div className="sticky-feedback">{feedback}</div> : null}
      <PeopleLinks language={language} />
      <Section title={t(language, 'admin.newBoard')}>
        <form onSubmit={(event) => void submitBoard(event)}>
          <TextField
            label={t(language, 'admin.boardName')}
            name="boardName"
            autoComplete="off"
            maxLength={LIMITS.boardNameMax}
            value={boardName}
            onChange={setBoardName}
          />
          <label className="field">
            <span className="field__label">{t(language, 'admin.language')}</span>
            <select
              name="boardLanguage"
              value={boardLanguage}
              onChange={(e) => setBoardLanguage(e.target.value as Language)}
            >
              {LANGUAGES.map((code) => (
                <option key={code} value={code}>
                  {code === 'sv' ? 'Svenska' : 'English'}
                </option>
              ))}
            </select>
          </label>
          <button className="submit" type="submit">
            {t(language, 'admin.createBoard')}
          </button>
        </form>
      </Section>

      <Section title={t(language, 'admin.newLead')}>
        <form onSubmit={(event) => void submitLead(event)}>
          <TextField
            label={t(language, 'admin.leadName')}
            name="leadName"
            autoComplete="off"
            maxLength={LIMITS.displayNameMax}
            value={lead.displayName}
            onChange={(displayName) => setLead({ ...lead, displayName })}
          />
          <TextField
            label={t(language, 'auth.username')}
            name="leadUsername"
            autoComplete="off"
            maxLength={LIMITS.usernameMax}
            value={lead.username}
            onChange={(username) => setLead({ ...lead, username })}
          />
          <TextField
            label={t(language, 'auth.password')}
            name="leadPassword"
            type="password"
            autoComplete="new-password"
            hint={t(language, 'auth.passwordHint', { min: LIMITS.passwordMin })}
            value={lead.password}
            onChange={(password) => setLead({ ...lead, password })}
          />
          <fieldset className="checks">
            <legend>{t(language, 'admin.leadBoards')}</legend>
            {boards.map(({ board }) => (
              <label key={board.id} className="check">
                <input
                  type="checkbox"
                  checked={lead.boardIds.includes(board.id)}
                  onChange={(e) =>
                    setLead({
                      ...lead,
                      boardIds: e.target.checked
                        ? [...lead.boardIds, board.id]
                        : lead.boardIds.filter((id) => id !== board.id),
                    })
                  }
                />
                {board.name}
              </label>
            ))}
          </fieldset>
          <button className="submit" type="submit">
            {t(language, 'admin.createLead')}
          </button>
        </form>
      </Section>

      <Section title={t(language, 'admin.newAdmin')}>
        <p className="item__meta">{t(language, 'admin.newAdminHint')}</p>
        <form onSubmit={(event) => void submitAdmin(event)}>
          <TextField
            label={t(language, 'admin.adminName')}
            name="adminName"
            autoComplete="off"
            maxLength={LIMITS.displayNameMax}
            value={admin.displayName}
            onChange={(displayName) => setAdmin({ ...admin, displayName })}
          />
          <TextField
            label={t(language, 'auth.username')}
            name="adminUsername"
            autoComplete="off"
            maxLength={LIMITS.usernameMax}
            value={admin.username}
            onChange={(username) => setAdmin({ ...admin, username })}
          />
          <TextField
            label={t(language, 'auth.password')}
            name="adminPassword"
            type="password"
            autoComplete="new-password"
            hint={t(language, 'auth.passwordHint', { min: LIMITS.passwordMin })}
            value={admin.password}
            onChange={(password) => setAdmin({ ...admin, password })}
          />
          <button className="submit" type="submit">
            {t(language, 'admin.createAdmin')}
          </button>
        </form>
      </Section>

      <Section title={t(language, 'admin.users')}>
        <ul className="managed">
          {users.map((u) => (
            <li key={u.id} className="item">
              <p className="item__text">
                <strong>{u.displayName}</strong> ({u.username}) ·{' '}
                {t(language, `lead.role.${u.role}`)}
              </p>
              {u.role === 'lead' ? (
                <>
                  <p className="item__meta">{u.boardIds.map(boardName_).join(', ')}</p>
                  <div className="row">
                    <input
                      aria-label={`${t(language, 'admin.resetPassword')}: ${u.username}`}
                      type="password"
                      autoComplete="new-password"
                      placeholder={t(language, 'admin.resetPassword')}
                      value={passwords[u.id] ?? ''}
                      onChange={(e) => setPasswords({ ...passwords, [u.id]: e.target.value })}
                    />
                    <button
                      type="button"
                      className="small-button"
                      onClick={() =>
                        void run(() => resetPassword(u.id, passwords[u.id] ?? ''), {
                          password: 'admin.resetPassword',
                        }).then((ok) => {
                          if (ok) setPasswords({ ...passwords, [u.id]: '' });
                        })
                      }
                    >
                      {t(language, 'admin.setPassword')}
                    </button>
                  </div>
                  <button
                    type="button"
                    className="small-button"
                    onClick={() => void run(() => revokeSessions(u.id))}
                  >
                    {t(language, 'admin.revoke')}
                  </button>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}

/** The board's wall screens and when each was last alive (from their heartbeats). */
function BoardScreens({ boardId, language }: { boardId: string; language: Language }) {
  const [displays, setDisplays] = useState<Display[] | null>(null);
  useEffect(() => {
    fetchDisplays(boardId)
      .then((result) => setDisplays(result.displays))
      .catch(() => setDisplays([]));
  }, [boardId]);
  if (displays === null) return null;
  return (
    <div className="screens">
      <strong>{t(language, 'lead.screens')}</strong>
      {displays.length === 0 ? <p className="item__meta">{t(language, 'lead.noScreens')}</p> : null}
      {displays.map((display) => (
        <p key={display.id} className="item__meta">
          {t(language, 'lead.screenAlive', {
            when: new Date(display.lastSeenAt).toLocaleString(
              language === 'sv' ? 'sv-SE' : 'en-GB',
              {
                dateStyle: 'short',
                timeStyle: 'short',
              },
            ),
          })}
          {display.heapBytes !== null
            ? ` · ${t(language, 'lead.screenHeap', { mb: Math.round(display.heapBytes / 1_000_000) })}`
            : ''}
        </p>
      ))}
    </div>
  );
}
