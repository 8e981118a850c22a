import { useState, type SubmitEvent } from 'react';
import type { Board, BoardSettings, Language, NamingMode } from '@tavla/shared';
import {
  DONE_DAYS_MAX,
  DONE_DAYS_MIN,
  NAMING_MODES,
  doneDaysOf,
  isArchived,
  namingOf,
} from '@tavla/shared/board-settings';
import { DONE_ON_WALL_DAYS, LANGUAGES, LIMITS } from '@tavla/shared/domain';
import { t } from '@tavla/shared/i18n';
import { describeError } from '../../api.js';
import {
  archiveBoard,
  fetchBoardSettings,
  restoreBoard,
  setEmployees,
  updateBoardSettings,
} from '../../board-settings-api.js';
import { Feedback, leadGate, MethodFrame } from '../../components/MethodFrame.js';
import { phoneLanguage, useDocumentLanguage } from '../../language.js';
import { useFetched } from '../../use-fetched.js';
import { usePhoneBoard } from '../../use-phone-board.js';
import { isAdmin, useViewer } from '../../use-viewer.js';
import '../../board-settings-messages.js';

type Message = { ok: boolean; text: string } | null;

/**
 * A board's settings (issue 14), for its leads and admins: name (admins), language, who is
 * named, number of employees, how long Done stays on the wall, a link to the wall's scenes,
 * and archiving (admins). Every change reaches the wall and the phones live.
 */
export function BoardSettingsPage({ boardId }: { boardId: string }) {
  const { snapshot } = usePhoneBoard(boardId);
  const viewer = useViewer(boardId);
  const language = phoneLanguage(snapshot?.board.language);
  useDocumentLanguage(language, `${t(language, 'boardSettings.title')} · Tavla`);
  const gate = leadGate(viewer, language);
  // Asked again after each live change of the board, so the page shows what is stored.
  const fetched = useFetched(gate === null ? () => fetchBoardSettings(boardId) : null, [
    snapshot?.seq,
  ]);
  const settings = fetched.data;
  // Kept here, not in the form: a save changes the board, the live change re-reads the
  // settings and the form starts afresh from them, and "Saved" must outlive that.
  const [message, setMessage] = useState<Message>(null);
  return (
    <MethodFrame
      title={t(language, 'boardSettings.title')}
      back={`/m/b/${boardId}`}
      backLabel="boardSettings.back"
      language={language}
    >
      {gate ??
        (settings ? (
          <SettingsForm
            // A board changed elsewhere (or archived) starts the form afresh from what is stored.
            key={JSON.stringify(settings)}
            boardId={boardId}
            settings={settings}
            admin={isAdmin(viewer)}
            language={language}
            message={message}
            setMessage={setMessage}
          />
        ) : fetched.failure ? (
          <p className="feedback feedback--error" role="alert">
            {describeError(language, fetched.failure)}
          </p>
        ) : (
          <p className="page--notice">{t(language, 'phone.loading')}</p>
        ))}
    </MethodFrame>
  );
}

interface Draft {
  name: string;
  language: Language;
  naming: NamingMode;
  employees: string;
  doneDays: string;
}

const draftOf = (board: Board, employees: number | null): Draft => ({
  name: board.name,
  language: board.language,
  naming: namingOf(board),
  employees: employees === null ? '' : String(employees),
  doneDays: String(doneDaysOf(board, DONE_ON_WALL_DAYS)),
});

/** A whole number typed in a field, null for an empty one, undefined for one that is not. */
function wholeNumber(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : undefined;
}

function SettingsForm(props: {
  boardId: string;
  settings: BoardSettings;
  admin: boolean;
  language: Language;
  message: Message;
  setMessage: (message: Message) => void;
}) {
  const { boardId, settings, admin, language, message, setMessage } = props;
  const { board } = settings;
  const archived = isArchived(board);
  const [draft, setDraft] = useState<Draft>(() => draftOf(board, settings.employees));
  const [saving, setSaving] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const update = (patch: Partial<Draft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setMessage(null);
  };

  async function save(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    const employees = wholeNumber(draft.employees);
    const doneDays = wholeNumber(draft.doneDays);
    if (employees === undefined || employees === 0) {
      setMessage({
        ok: false,
        text: t(language, 'error.validation_failed.field', {
          field: t(language, 'boardSettings.employees'),
        }),
      });
      return;
    }
    if (doneDays === undefined || doneDays === null) {
      setMessage({
        ok: false,
        text: t(language, 'error.validation_failed.field', {
          field: t(language, 'boardSettings.doneDays'),
        }),
      });
      return;
    }
    const body = {
      ...(admin && draft.name.trim() !== board.name ? { name: draft.name.trim() } : {}),
      ...(draft.language !== board.language ? { language: draft.language } : {}),
      ...(draft.naming !== namingOf(board) ? { naming: draft.naming } : {}),
      ...(doneDays !== doneDaysOf(board, DONE_ON_WALL_DAYS) ? { doneDays } : {}),
    };
    const employeesChanged = employees !== settings.employees;
    if (Object.keys(body).length === 0 && !employeesChanged) {
      setMessage({ ok: true, text: t(language, 'boardSettings.nothingChanged') });
      return;
    }
    setSaving(true);
    try {
      if (Object.keys(body).length > 0) await updateBoardSettings(boardId, body);
      if (employeesChanged) await setEmployees(boardId, employees);
      setMessage({ ok: true, text: t(language, 'boardSettings.saved') });
    } catch (error) {
      setMessage({ ok: false, text: describeError(language, error) });
    } finally {
      setSaving(false);
    }
  }

  async function archiveOrRestore(restore: boolean) {
    setSaving(true);
    try {
      await (restore ? restoreBoard(boardId) : archiveBoard(boardId));
      setConfirming(false);
      setMessage(restore ? { ok: true, text: t(language, 'boardSettings.restored') } : null);
    } catch (error) {
      setMessage({ ok: false, text: describeError(language, error) });
    } finally {
      setSaving(false);
    }
  }

  const archivedLine = board.archivedAt ? (
    <p className="settings-archived" role="status">
      {t(language, 'boardSettings.archivedSince', {
        date: new Date(board.archivedAt).toLocaleDateString(language),
      })}
    </p>
  ) : null;

  return (
    <>
      {archivedLine}
      <form className="settings-section" onSubmit={(event) => void save(event)} noValidate>
        <fieldset disabled={archived || saving}>
          <label className="field">
            <span className="field__label">{t(language, 'boardSettings.name')}</span>
            <input
              name="name"
              maxLength={LIMITS.boardNameMax}
              value={draft.name}
              readOnly={!admin}
              aria-describedby={admin ? undefined : `${boardId}-name-hint`}
              onChange={(event) => update({ name: event.target.value })}
            />
            {admin ? null : (
              <span className="field__hint" id={`${boardId}-name-hint`}>
                {t(language, 'boardSettings.nameAdminOnly')}
              </span>
            )}
          </label>
          <fieldset>
            <legend>{t(language, 'boardSettings.language')}</legend>
            {LANGUAGES.map((option) => (
              <label key={option} className="settings-choice">
                <input
                  type="radio"
                  name="language"
                  value={option}
                  checked={draft.language === option}
                  onChange={() => update({ language: option })}
                />
                <span>{t(language, `boardSettings.language.${option}`)}</span>
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t(language, 'boardSettings.naming')}</legend>
            {NAMING_MODES.map((mode) => (
              <label key={mode} className="settings-choice">
                <input
                  type="radio"
                  name="naming"
                  value={mode}
                  checked={draft.naming === mode}
                  onChange={() => update({ naming: mode })}
                />
                <span>
                  {t(language, `boardSettings.naming.${mode}`)}
                  <small>{t(language, `boardSettings.naming.about.${mode}`)}</small>
                </span>
              </label>
            ))}
          </fieldset>
          <label className="field">
            <span className="field__label">{t(language, 'boardSettings.employees')}</span>
            <input
              name="employees"
              inputMode="numeric"
              value={draft.employees}
              onChange={(event) => update({ employees: event.target.value })}
            />
            <span className="field__hint">{t(language, 'boardSettings.employeesHint')}</span>
          </label>
          <label className="field">
            <span className="field__label">{t(language, 'boardSettings.doneDays')}</span>
            <input
              name="doneDays"
              inputMode="numeric"
              value={draft.doneDays}
              onChange={(event) => update({ doneDays: event.target.value })}
            />
            <span className="field__hint">
              {t(language, 'boardSettings.doneDaysHint', {
                min: DONE_DAYS_MIN,
                max: DONE_DAYS_MAX,
              })}
            </span>
          </label>
          <button className="submit" type="submit">
            {t(language, saving ? 'boardSettings.saving' : 'boardSettings.save')}
          </button>
        </fieldset>
        <Feedback message={message} />
      </form>
      <section className="settings-section" aria-labelledby={`${boardId}-wall`}>
        <h2 id={`${boardId}-wall`}>{t(language, 'boardSettings.wall')}</h2>
        <p>{t(language, 'boardSettings.wallAbout')}</p>
        <p>
          <a href={`/m/b/${boardId}/wall`}>{t(language, 'boardSettings.wallLink')}</a>
        </p>
      </section>
      {admin ? (
        <section className="settings-section" aria-labelledby={`${boardId}-archive`}>
          <h2 id={`${boardId}-archive`}>{t(language, 'boardSettings.archive')}</h2>
          <p>{t(language, 'boardSettings.archiveAbout')}</p>
          {archived ? (
            <button
              type="button"
              className="small-button"
              disabled={saving}
              onClick={() => void archiveOrRestore(true)}
            >
              {t(language, 'boardSettings.restoreButton')}
            </button>
          ) : confirming ? (
            <div role="alertdialog" aria-labelledby={`${boardId}-confirm`}>
              <p id={`${boardId}-confirm`}>
                {t(language, 'boardSettings.archiveConfirm', { board: board.name })}
              </p>
              <div className="settings-actions">
                <button
                  type="button"
                  className="small-button small-button--danger"
                  disabled={saving}
                  onClick={() => void archiveOrRestore(false)}
                >
                  {t(language, 'boardSettings.archiveYes')}
                </button>
                <button type="button" className="small-button" onClick={() => setConfirming(false)}>
                  {t(language, 'boardSettings.cancel')}
                </button>
              </div>
            </div>
          ) : (
            <button
              type="button"
              className="small-button small-button--danger"
              onClick={() => setConfirming(true)}
            >
              {t(language, 'boardSettings.archiveButton')}
            </button>
          )}
        </section>
      ) : null}
    </>
  );
}
