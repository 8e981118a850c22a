import { useEffect, useId, useState, type SubmitEvent } from 'react';
import type { Language, Suggestion } from '@tavla/shared';
import { LIMITS } from '@tavla/shared/domain';
import { t } from '@tavla/shared/i18n';
import { postSuggestion, sendErrorMessage } from '../api.js';
import { newClientId } from '../client-id.js';
import { EMPTY_DRAFT, loadDraft, saveDraft, type Draft } from '../local-store.js';
import { DimensionPicker } from './DimensionPicker.js';

type Feedback = { kind: 'sent' } | { kind: 'error'; message: string } | null;

export function SuggestionForm(props: {
  boardId: string;
  language: Language;
  onPosted: (suggestion: Suggestion) => void;
}) {
  const { boardId, language, onPosted } = props;
  const [draft, setDraft] = useState<Draft>(() => loadDraft(boardId));
  const [sending, setSending] = useState(false);
  const [feedback, setFeedback] = useState<Feedback>(null);
  // One id per draft: a double tap or a retry of the same text is stored once.
  const [clientId, setClientId] = useState(newClientId);
  const formId = useId();

  useEffect(() => saveDraft(boardId, draft), [boardId, draft]);

  const update = (patch: Partial<Draft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setFeedback(null);
  };

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sending) return;
    const text = draft.text.trim();
    if (text.length < LIMITS.suggestionTextMin) {
      setFeedback({
        kind: 'error',
        message: t(language, 'phone.form.errorTooShort', { min: LIMITS.suggestionTextMin }),
      });
      return;
    }
    if (!draft.dimension) {
      setFeedback({ kind: 'error', message: t(language, 'phone.form.errorDimension') });
      return;
    }
    setSending(true);
    try {
      const suggestion = await postSuggestion(boardId, {
        id: clientId,
        text,
        dimension: draft.dimension,
        authorName: draft.authorName.trim() || null,
      });
      onPosted(suggestion);
      // Keep the name for the next suggestion; everything else starts over.
      setDraft({ ...EMPTY_DRAFT, authorName: draft.authorName });
      setClientId(newClientId());
      setFeedback({ kind: 'sent' });
    } catch (error) {
      setFeedback({ kind: 'error', message: t(language, sendErrorMessage(error)) });
    } finally {
      setSending(false);
    }
  }

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      <h2>{t(language, 'phone.form.title')}</h2>
      <div className="field">
        <label className="field__label" htmlFor={`${formId}-text`}>
          {t(language, 'phone.form.text')}
        </label>
        <textarea
          id={`${formId}-text`}
          aria-describedby={`${formId}-hint`}
          name="text"
          rows={4}
          maxLength={LIMITS.suggestionTextMax}
          placeholder={t(language, 'phone.form.textPlaceholder')}
          value={draft.text}
          onChange={(event) => update({ text: event.target.value })}
          required
        />
        <span className="field__hint" id={`${formId}-hint`}>
          {t(language, 'phone.form.textHint', {
            min: LIMITS.suggestionTextMin,
            max: LIMITS.suggestionTextMax,
          })}
          {' · '}
          {draft.text.length}/{LIMITS.suggestionTextMax}
        </span>
      </div>
      <DimensionPicker
        value={draft.dimension}
        onChange={(dimension) => update({ dimension })}
        language={language}
      />
      <label className="field">
        <span className="field__label">{t(language, 'phone.form.name')}</span>
        <input
          name="authorName"
          autoComplete="name"
          maxLength={LIMITS.authorNameMax}
          value={draft.authorName}
          onChange={(event) => update({ authorName: event.target.value })}
        />
      </label>
      <button className="submit" type="submit" disabled={sending}>
        {sending ? t(language, 'phone.form.sending') : t(language, 'phone.form.submit')}
      </button>
      {feedback ? (
        <p
          className={`feedback feedback--${feedback.kind}`}
          role={feedback.kind === 'error' ? 'alert' : 'status'}
        >
          {feedback.kind === 'sent' ? t(language, 'phone.form.sent') : feedback.message}
        </p>
      ) : null}
    </form>
  );
}
