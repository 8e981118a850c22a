import { useState, type ReactNode, type SubmitEvent } from 'react';
import type { Announcement, Goal, Language } from '@tavla/shared';
import {
  ANNOUNCEMENT_KINDS,
  ANNOUNCEMENT_LIMITS,
  boardPhotoUrls,
  isPinned,
} from '@tavla/shared/announcement-rules';
import { t } from '@tavla/shared/i18n';
import { ApiError, describeError } from '../../api.js';
import {
  acknowledgeAnnouncement,
  editAnnouncement,
  fetchAnnouncements,
  publishAnnouncement,
  recordMeeting,
  retireAnnouncement,
  setEmployees,
  uploadBoardPhoto,
} from '../../announcement-api.js';
import { versionsKey } from '../../announcement-banner.js';
import { Feedback, MethodFrame } from '../../components/MethodFrame.js';
import { phoneLanguage, useDocumentLanguage } from '../../language.js';
import { formatDate } from '../../method-format.js';
import { shrinkPhoto } from '../../photo-shrink.js';
import { useFetched } from '../../use-fetched.js';
import { usePhoneBoard } from '../../use-phone-board.js';
import { leadsBoard, useViewer } from '../../use-viewer.js';
import {
  ackShare,
  bodyOf,
  draftOf,
  EMPTY_DRAFT,
  employeesOf,
  splitCurrent,
  type AnnouncementDraft,
} from './announcement-view.js';
import '../../announcement-messages.js';
import './announcements.css';

/**
 * What now applies (step 5). A phone sees the routines in force and the current announcements
 * and acknowledges them; a lead publishes, edits and retires them, records board meetings, sets
 * the board's head count, and sees how many devices acknowledged each.
 */
export function AnnouncementsPage({ boardId }: { boardId: string }) {
  const { snapshot } = usePhoneBoard(boardId);
  const viewer = useViewer(boardId);
  const language = phoneLanguage(snapshot?.board.language);
  useDocumentLanguage(language, `${t(language, 'announcements.title')} · Tavla`);
  const leads = leadsBoard(viewer);
  const [changes, setChanges] = useState(0);
  const current = snapshot?.method?.announcements.current ?? [];
  // Asked again when a version comes or goes, a count moves, or this page changed something.
  const { data, failure } = useFetched(
    viewer.kind === 'loading' ? null : () => fetchAnnouncements(boardId, leads),
    [boardId, leads, viewer.kind, snapshot?.seq, versionsKey(current), changes],
  );
  const refresh = () => setChanges((n) => n + 1);
  const title = leads ? t(language, 'announcements.manage') : t(language, 'announcements.title');
  const employees = snapshot?.method?.announcements.employees ?? data?.employees ?? null;

  return (
    <MethodFrame
      title={title}
      back={`/m/b/${boardId}`}
      backLabel="phone.detail.back"
      language={language}
    >
      {failure && !data ? (
        <p className="feedback feedback--error notice-inline" role="alert">
          {describeError(language, failure)}
        </p>
      ) : null}
      {!data ? (
        failure ? null : (
          <p className="page--notice">{t(language, 'phone.loading')}</p>
        )
      ) : leads ? (
        <LeadView
          boardId={boardId}
          language={language}
          list={data.announcements}
          employees={employees}
          goals={(snapshot?.goals ?? []).filter((goal) => goal.state === 'active')}
          refresh={refresh}
        />
      ) : (
        <PhoneView
          boardId={boardId}
          language={language}
          list={data.announcements}
          refresh={refresh}
        />
      )}
    </MethodFrame>
  );
}

function Card(props: { announcement: Announcement; language: Language; children?: ReactNode }) {
  const { announcement: a, language } = props;
  return (
    <li
      className={`notice-card notice-card--${a.kind}${a.retiredAt ? ' notice-card--retired' : ''}`}
    >
      <p className="notice-card__kind">
        {t(language, `announce.kind.${a.kind}`)}
        {a.version > 1 ? ` · ${t(language, 'announce.changed')}` : ''}
      </p>
      <h3 className="notice-card__title">{a.title}</h3>
      {a.text ? <p className="notice-card__text">{a.text}</p> : null}
      {a.photoId ? (
        <img className="notice-card__photo" src={boardPhotoUrls(a.photoId).url} alt="" />
      ) : null}
      {props.children}
    </li>
  );
}

function PhoneView(props: {
  boardId: string;
  language: Language;
  list: Announcement[];
  refresh: () => void;
}) {
  const { boardId, language } = props;
  const { routines, others } = splitCurrent(props.list);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [sending, setSending] = useState<string | null>(null);
  async function acknowledge(a: Announcement) {
    setSending(a.id);
    setMessage(null);
    try {
      await acknowledgeAnnouncement(boardId, a.id, a.version);
    } catch (error) {
      setMessage({ ok: false, text: describeError(language, error) });
    } finally {
      setSending(null);
      props.refresh();
    }
  }
  const card = (a: Announcement) => (
    <Card key={a.id} announcement={a} language={language}>
      {a.requiresAck ? (
        a.acknowledged ? (
          <p className="notice-card__done">✓ {t(language, 'announcements.acknowledged')}</p>
        ) : (
          <button
            type="button"
            className="submit"
            disabled={sending === a.id}
            onClick={() => void acknowledge(a)}
          >
            {t(language, 'announce.ack')}
          </button>
        )
      ) : null}
    </Card>
  );
  if (routines.length === 0 && others.length === 0) {
    return <p className="page--notice">{t(language, 'announcements.none')}</p>;
  }
  return (
    <>
      <Feedback message={message} />
      {routines.length > 0 ? (
        <section className="list">
          <h2>{t(language, 'announcements.routines')}</h2>
          <ul className="notice-cards">{routines.map(card)}</ul>
        </section>
      ) : null}
      {others.length > 0 ? (
        <section className="list">
          <h2>{t(language, 'announcements.current')}</h2>
          <ul className="notice-cards">{others.map(card)}</ul>
        </section>
      ) : null}
    </>
  );
}

function LeadView(props: {
  boardId: string;
  language: Language;
  list: Announcement[];
  employees: number | null;
  goals: Goal[];
  refresh: () => void;
}) {
  const { boardId, language, list, employees, goals } = props;
  const [editing, setEditing] = useState<Announcement | null>(null);
  // When the page opened: whether a pin ran out is read against it (a reload asks again).
  const [openedAt] = useState(() => new Date());
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  async function run(action: () => Promise<unknown>): Promise<boolean> {
    setMessage(null);
    try {
      await action();
      setMessage({ ok: true, text: t(language, 'admin.saved') });
      props.refresh();
      return true;
    } catch (error) {
      setMessage({ ok: false, text: describeError(language, error) });
      if (error instanceof ApiError && error.status === 409) props.refresh();
      return false;
    }
  }
  return (
    <>
      <EmployeesForm boardId={boardId} language={language} employees={employees} />
      <AnnouncementForm
        key={editing ? `${editing.id}@${editing.version}` : 'new'}
        boardId={boardId}
        language={language}
        goals={goals}
        editing={editing}
        onCancel={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          props.refresh();
        }}
      />
      <section className="list">
        <h2>{t(language, 'announcements.all')}</h2>
        <Feedback message={message} />
        <ul className="notice-cards">
          {list.map((a) => (
            <Card key={a.id} announcement={a} language={language}>
              <p className="notice-card__share">
                {a.requiresAck
                  ? ackShare(language, a, employees)
                  : t(language, 'announcements.noAck')}
              </p>
              <p className="notice-card__meta">
                {a.retiredAt
                  ? t(language, 'announcements.retiredOn', {
                      date: formatDate(language, a.retiredAt),
                    })
                  : isPinned(a, openedAt)
                    ? t(language, 'announcements.pinnedUntil', {
                        date: formatDate(language, a.pinnedUntil),
                      })
                    : t(language, 'announcements.notPinned')}
                {a.version > 1
                  ? ` · ${t(language, 'announcements.version', { version: a.version })}`
                  : ''}
              </p>
              {a.meetings.map((m) => (
                <p key={m.at} className="notice-card__meta">
                  {t(language, 'announcements.meetings', {
                    date: formatDate(language, m.at),
                    present: m.present,
                  })}
                </p>
              ))}
              {a.retiredAt ? null : (
                <>
                  <MeetingForm
                    language={language}
                    record={(n) => run(() => recordMeeting(boardId, a.id, n))}
                  />
                  <div className="notice-card__actions">
                    <button type="button" className="small-button" onClick={() => setEditing(a)}>
                      {t(language, 'announcements.edit')}
                    </button>
                    <button
                      type="button"
                      className="small-button small-button--danger"
                      onClick={() => {
                        if (
                          window.confirm(
                            t(language, 'announcements.retireConfirm', { title: a.title }),
                          )
                        ) {
                          void run(() => retireAnnouncement(boardId, a.id));
                        }
                      }}
                    >
                      {t(language, 'announcements.retire')}
                    </button>
                  </div>
                </>
              )}
            </Card>
          ))}
        </ul>
      </section>
    </>
  );
}

function MeetingForm(props: { language: Language; record: (present: number) => Promise<boolean> }) {
  const { language } = props;
  const [present, setPresent] = useState('');
  const value = Number(present);
  const valid = Number.isInteger(value) && value >= 1 && value <= ANNOUNCEMENT_LIMITS.presentMax;
  return (
    <form
      className="notice-card__meeting"
      onSubmit={(event: SubmitEvent<HTMLFormElement>) => {
        event.preventDefault();
        if (!valid) return;
        void props.record(value).then((ok) => {
          if (ok) setPresent('');
        });
      }}
    >
      <label>
        <span>{t(language, 'announcements.meeting')}</span>
        <input
          inputMode="numeric"
          aria-label={t(language, 'announcements.meeting.present')}
          value={present}
          onChange={(event) => setPresent(event.target.value)}
        />
      </label>
      <button type="submit" className="small-button" disabled={!valid}>
        {t(language, 'announcements.meeting.record')}
      </button>
    </form>
  );
}

function EmployeesForm(props: { boardId: string; language: Language; employees: number | null }) {
  const { language } = props;
  const [typed, setTyped] = useState(props.employees === null ? '' : String(props.employees));
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const value = employeesOf(typed);
  async function save(employees: number | null) {
    setMessage(null);
    try {
      // The new count also comes back live in the board state, for the shares below.
      await setEmployees(props.boardId, employees);
      setMessage({ ok: true, text: t(language, 'admin.saved') });
    } catch (error) {
      setMessage({ ok: false, text: describeError(language, error) });
    }
  }
  return (
    <form
      className="form employees-form"
      onSubmit={(event: SubmitEvent<HTMLFormElement>) => {
        event.preventDefault();
        if (value !== undefined) void save(value);
      }}
    >
      <label className="field">
        <span className="field__label">{t(language, 'announcements.employees')}</span>
        <span className="employees-form__row">
          <input
            inputMode="numeric"
            name="employees"
            value={typed}
            aria-invalid={value === undefined}
            onChange={(event) => setTyped(event.target.value)}
          />
          <button type="submit" className="small-button" disabled={value === undefined}>
            {t(language, 'announcements.employees.save')}
          </button>
        </span>
        <span className="field__hint">{t(language, 'announcements.employees.hint')}</span>
      </label>
      <Feedback message={message} />
    </form>
  );
}

function AnnouncementForm(props: {
  boardId: string;
  language: Language;
  goals: Goal[];
  editing: Announcement | null;
  onCancel: () => void;
  onSaved: () => void;
}) {
  const { boardId, language, goals, editing } = props;
  const [draft, setDraft] = useState<AnnouncementDraft>(editing ? draftOf(editing) : EMPTY_DRAFT);
  const [fault, setFault] = useState<string | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState<'photo' | 'send' | null>(null);
  const set = <K extends keyof AnnouncementDraft>(key: K, value: AnnouncementDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));

  async function choosePhoto(file: File | undefined) {
    if (!file) return;
    setBusy('photo');
    setMessage(null);
    try {
      const photo = await uploadBoardPhoto(boardId, await shrinkPhoto(file));
      set('photoId', photo.id);
    } catch (error) {
      setMessage({ ok: false, text: describeError(language, error) });
    } finally {
      setBusy(null);
    }
  }

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = bodyOf(draft);
    if ('field' in body) {
      setFault(body.field);
      return;
    }
    setFault(null);
    setBusy('send');
    setMessage(null);
    try {
      if (editing) await editAnnouncement(boardId, editing.id, body);
      else await publishAnnouncement(boardId, body);
      setDraft(EMPTY_DRAFT);
      setMessage({ ok: true, text: t(language, 'admin.saved') });
      props.onSaved();
    } catch (error) {
      setMessage({
        ok: false,
        text: describeError(language, error, {
          title: 'announcements.form.title',
          text: 'announcements.form.text',
          goalId: 'announcements.form.goal',
          photoId: 'announcements.form.photo',
          pinnedDays: 'announcements.form.pinnedDays',
        }),
      });
    } finally {
      setBusy(null);
    }
  }

  return (
    <form className="form" onSubmit={(event) => void submit(event)}>
      <h2>{t(language, editing ? 'announcements.form.edit' : 'announcements.form.new')}</h2>
      <label className="field">
        <span className="field__label">{t(language, 'announcements.form.kind')}</span>
        <select
          name="kind"
          value={draft.kind}
          onChange={(e) =>
            set('kind', ANNOUNCEMENT_KINDS.find((k) => k === e.target.value) ?? 'routine')
          }
        >
          {ANNOUNCEMENT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(language, `announce.kind.${kind}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field__label">{t(language, 'announcements.form.title')}</span>
        <input
          name="title"
          maxLength={ANNOUNCEMENT_LIMITS.titleMax}
          aria-invalid={fault === 'title'}
          value={draft.title}
          onChange={(e) => set('title', e.target.value)}
        />
      </label>
      <label className="field">
        <span className="field__label">{t(language, 'announcements.form.text')}</span>
        <textarea
          name="text"
          rows={4}
          maxLength={ANNOUNCEMENT_LIMITS.textMax}
          value={draft.text}
          onChange={(e) => set('text', e.target.value)}
        />
      </label>
      <div className="field">
        <span className="field__label">{t(language, 'announcements.form.photo')}</span>
        {draft.photoId ? (
          <span className="photo-choice">
            <img src={boardPhotoUrls(draft.photoId).thumbUrl} alt="" />
            <button type="button" className="small-button" onClick={() => set('photoId', null)}>
              {t(language, 'announcements.form.photoRemove')}
            </button>
          </span>
        ) : (
          <label className="small-button photo-pick">
            {t(language, 'announcements.form.photoChoose')}
            <input
              type="file"
              accept="image/*"
              className="photo-pick__input"
              disabled={busy === 'photo'}
              onChange={(e) => void choosePhoto(e.target.files?.[0])}
            />
          </label>
        )}
        {busy === 'photo' ? (
          <span className="field__hint">{t(language, 'announcements.form.photoUploading')}</span>
        ) : null}
      </div>
      <label className="field">
        <span className="field__label">{t(language, 'announcements.form.goal')}</span>
        <select
          name="goalId"
          value={draft.goalId ?? ''}
          onChange={(e) => set('goalId', e.target.value === '' ? null : e.target.value)}
        >
          <option value="">{t(language, 'announcements.form.noGoal')}</option>
          {goals.map((goal) => (
            <option key={goal.id} value={goal.id}>
              {goal.title}
            </option>
          ))}
        </select>
      </label>
      <label className="check">
        <input
          type="checkbox"
          name="requiresAck"
          checked={draft.requiresAck}
          onChange={(e) => set('requiresAck', e.target.checked)}
        />
        {t(language, 'announcements.form.requiresAck')}
      </label>
      <label className="field">
        <span className="field__label">{t(language, 'announcements.form.pinnedDays')}</span>
        <input
          name="pinnedDays"
          inputMode="numeric"
          aria-invalid={fault === 'pinnedDays'}
          value={draft.pinnedDays}
          onChange={(e) => set('pinnedDays', e.target.value)}
        />
      </label>
      {editing ? (
        <p className="field__hint">{t(language, 'announcements.form.versionNote')}</p>
      ) : null}
      <button type="submit" className="submit" disabled={busy !== null}>
        {t(language, editing ? 'announcements.form.save' : 'announcements.form.publish')}
      </button>
      {editing ? (
        <button type="button" className="small-button" onClick={props.onCancel}>
          {t(language, 'announcements.form.cancel')}
        </button>
      ) : null}
      <Feedback message={message} />
    </form>
  );
}
