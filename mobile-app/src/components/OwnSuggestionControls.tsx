import { useState, type SubmitEvent } from 'react';
import type { Dimension, Language, Suggestion } from '@tavla/shared';
import { LIMITS } from '@tavla/shared/domain';
import { t, type FieldLabels } from '@tavla/shared/i18n';
import '../own-suggestion-messages.js';
import './own-suggestions.css';
import { describeError } from '../api.js';
import { editOwnSuggestion, withdrawOwnSuggestion } from '../own-suggestion-api.js';
import { DimensionPicker } from './DimensionPicker.js';

/** The edit form's labels for the fields a refusal may name. */
const EDIT_LABELS: FieldLabels = { text: 'phone.form.text', authorName: 'phone.form.name' };

type Mode = 'idle' | 'editing' | 'confirming';

/**
 * The author's own controls for their suggestion while it is New: edit its words, dimension
 * and name, or withdraw it. A refusal (a lead moved it on meanwhile) is said in the author's
 * language; a withdrawal goes back to the board, where the suggestion is gone.
 */
export function OwnSuggestionControls(props: {
  boardId: string;
  suggestion: Suggestion;
  language: Language;
}) {
  const { boardId, suggestion, language } = props;
  const [mode, setMode] = useState<Mode>('idle');
  const [text, setText] = useState(suggestion.text);
  const [dimension, setDimension] = useState<Dimension>(suggestion.dimension);
  const [authorName, setAuthorName] = useState(suggestion.authorName ?? '');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  function startEditing() {
    setText(suggestion.text);
    setDimension(suggestion.dimension);
    setAuthorName(suggestion.authorName ?? '');
    setMessage(null);
    setMode('editing');
  }

  async function run(action: () => Promise<unknown>, after: () => void) {
    setBusy(true);
    setMessage(null);
    try {
      await action();
      after();
    } catch (error) {
      setMessage({ ok: false, text: describeError(language, error, EDIT_LABELS) });
    } finally {
      setBusy(false);
    }
  }

  function save(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (text.trim().length < LIMITS.suggestionTextMin) {
      setMessage({
        ok: false,
        text: t(language, 'phone.form.errorTooShort', { min: LIMITS.suggestionTextMin }),
      });
      return;
    }
    void run(
      () =>
        editOwnSuggestion(boardId, suggestion.id, {
          text: text.trim(),
          dimension,
          authorName: authorName.trim() || null,
        }),
      () => {
        setMode('idle');
        setMessage({ ok: true, text: t(language, 'own.saved') });
      },
    );
  }

  const feedback = message ? (
    <p
      className={`feedback feedback--${message.ok ? 'sent' : 'error'}`}
      role={message.ok ? 'status' : 'alert'}
    >
      {message.text}
    </p>
  ) : null;

  if (mode === 'editing') {
    return (
      <form className="form own-edit" onSubmit={save} noValidate>
        <h2>{t(language, 'own.editTitle')}</h2>
        <label className="field">
          <span className="field__label">{t(language, 'phone.form.text')}</span>
          <textarea
            name="text"
            rows={4}
            maxLength={LIMITS.suggestionTextMax}
            value={text}
            onChange={(event) => setText(event.target.value)}
            required
          />
        </label>
        <DimensionPicker value={dimension} onChange={setDimension} language={language} />
        <label className="field">
          <span className="field__label">{t(language, 'phone.form.name')}</span>
          <input
            name="authorName"
            autoComplete="name"
            maxLength={LIMITS.authorNameMax}
            value={authorName}
            onChange={(event) => setAuthorName(event.target.value)}
          />
        </label>
        <button className="submit" type="submit" disabled={busy}>
          {t(language, busy ? 'own.saving' : 'own.save')}
        </button>
        <button
          type="button"
          className="small-button"
          disabled={busy}
          onClick={() => {
            setMessage(null);
            setMode('idle');
          }}
        >
          {t(language, 'own.cancel')}
        </button>
        {feedback}
      </form>
    );
  }

  return (
    <section className="form own" aria-labelledby="own-title">
      <h2 id="own-title">{t(language, 'own.title')}</h2>
      <p className="own-hint">{t(language, 'own.hint')}</p>
      <div className="own-actions">
        <button type="button" className="small-button" onClick={startEditing}>
          {t(language, 'own.edit')}
        </button>
        <button
          type="button"
          className="small-button small-button--danger"
          aria-expanded={mode === 'confirming'}
          onClick={() => {
            setMessage(null);
            setMode(mode === 'confirming' ? 'idle' : 'confirming');
          }}
        >
          {t(language, 'own.withdraw')}
        </button>
      </div>
      {mode === 'confirming' ? (
        <div className="own-confirm" role="group" aria-label={t(language, 'own.withdraw')}>
          <p>{t(language, 'own.withdrawConfirm')}</p>
          <div className="own-actions">
            <button
              type="button"
              className="small-button small-button--danger"
              disabled={busy}
              onClick={() =>
                void run(
                  () => withdrawOwnSuggestion(boardId, suggestion.id),
                  () => window.location.assign(`/m/b/${boardId}`),
                )
              }
            >
              {t(language, 'own.withdrawYes')}
            </button>
            <button
              type="button"
              className="small-button"
              disabled={busy}
              onClick={() => setMode('idle')}
            >
              {t(language, 'own.cancel')}
            </button>
          </div>
        </div>
      ) : null}
      {feedback}
    </section>
  );
}
