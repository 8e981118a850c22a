import { useEffect, useId, useState, type SubmitEvent } from 'react';
import type { CreateSuggestionBody, Goal, Language } from '@tavla/shared';
import { LIMITS } from '@tavla/shared/domain';
import { t } from '@tavla/shared/i18n';
import { sendErrorMessage } from '../api.js';
import { shrinkPhoto } from '../photo-shrink.js';
import { newClientId } from '../client-id.js';
import { EMPTY_DRAFT, loadDraft, saveDraft, type Draft } from '../local-store.js';
import { DimensionPicker, Icon } from './DimensionPicker.js';

type Feedback = { kind: 'sent' } | { kind: 'queued' } | { kind: 'error'; message: string } | null;

export function SuggestionForm(props: {
  boardId: string;
  language: Language;
  /**
   * Hands the suggestion (and its photo) to the outbox. Resolves true when the server
   * acknowledged it at once, false when it waits to be sent.
   */
  send: (body: CreateSuggestionBody, photo: Blob | null) => Promise<boolean>;
  /** The board's active goals, to pick the one this suggestion helps. */
  goals: readonly Goal[];
}) {
  const { boardId, language, send, goals } = props;
  const [goalId, setGoalId] = useState('');
  const [draft, setDraft] = useState<Draft>(() => loadDraft(boardId));
  const [sending, setSending] = useState(false);
  const [feedback, setFeedback] = useState<Feedback>(null);
  // One id per draft: a double tap or a retry of the same text is stored once.
  const [clientId, setClientId] = useState(newClientId);
  const formId = useId();
  // The shrunk photo (and its preview) that goes with the suggestion.
  const [photo, setPhoto] = useState<{ blob: Blob; preview: string } | null>(null);

  async function pickPhoto(file: File | undefined) {
    if (!file) return;
    try {
      const blob = await shrinkPhoto(file);
      setPhoto((current) => {
        if (current) URL.revokeObjectURL(current.preview);
        return { blob, preview: URL.createObjectURL(blob) };
      });
    } catch {
      setFeedback({ kind: 'error', message: t(language, 'phone.form.errorInvalid') });
    }
  }

  function clearPhoto() {
    if (photo) URL.revokeObjectURL(photo.preview);
    setPhoto(null);
  }

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
      const stored = await send(
        {
          id: clientId,
          text,
          dimension: draft.dimension,
          authorName: draft.authorName.trim() || null,
          ...(goals.some((g) => g.id === goalId) ? { goalId } : {}),
        },
        photo?.blob ?? null,
      );
      setGoalId('');
      // Keep the name for the next suggestion; everything else starts over, unless the user
      // already started typing something new while this one was on its way.
      setDraft((current) =>
        current.text.trim() === text ? { ...EMPTY_DRAFT, authorName: current.authorName } : current,
      );
      setClientId(newClientId());
      clearPhoto();
      setFeedback({ kind: stored ? 'sent' : 'queued' });
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
      {goals.length > 0 ? (
        <label className="field">
          <span className="field__label">{t(language, 'phone.form.goal')}</span>
          <select name="goal" value={goalId} onChange={(event) => setGoalId(event.target.value)}>
            <option value="">{t(language, 'phone.form.noGoal')}</option>
            {goals.map((goal) => (
              <option key={goal.id} value={goal.id}>
                {goal.title}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <div className="field">
        {photo ? (
          <div className="photo-preview">
            <img src={photo.preview} alt={t(language, 'phone.form.photoPreview')} />
            <button type="button" className="small-button" onClick={clearPhoto}>
              {t(language, 'phone.form.photoRemove')}
            </button>
          </div>
        ) : (
          <label className="photo-pick">
            <Icon name="camera" /> {t(language, 'phone.form.photo')}
            <input
              type="file"
              accept="image/*"
              capture="environment"
              onChange={(event) => void pickPhoto(event.target.files?.[0])}
            />
          </label>
        )}
      </div>
      <button className="submit" type="submit" disabled={sending}>
        {sending ? t(language, 'phone.form.sending') : t(language, 'phone.form.submit')}
      </button>
      {feedback ? (
        <p
          className={`feedback feedback--${feedback.kind}`}
          role={feedback.kind === 'error' ? 'alert' : 'status'}
        >
          {feedback.kind === 'sent'
            ? t(language, 'phone.form.sent')
            : feedback.kind === 'queued'
              ? t(language, 'phone.form.queued')
              : feedback.message}
        </p>
      ) : null}
    </form>
  );
}
