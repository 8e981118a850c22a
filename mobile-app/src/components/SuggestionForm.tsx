import { useEffect, useId, useState, type SubmitEvent } from 'react';
import type { CreateSuggestionBody, Goal, Language, NamingMode } from '@tavla/shared';
import { LIMITS } from '@tavla/shared/domain';
import { t } from '@tavla/shared/i18n';
import { sendErrorMessage } from '../api.js';
import { shrinkPhoto } from '../photo-shrink.js';
import { PhotoSlot, type PhotoSlotState } from '../photo-slot.js';
import { newClientId } from '../client-id.js';
import { isPicture } from '../photo-pick.js';
import { shownFeedback, type FormFeedback } from '../queued-notice.js';
import { EMPTY_DRAFT, loadDraft, saveDraft, type Draft } from '../local-store.js';
import { DimensionPicker, Icon } from './DimensionPicker.js';

/** A photo shrunk for upload, with the object URL of its preview. */
interface ShrunkPhoto {
  blob: Blob;
  preview: string;
}

export function SuggestionForm(props: {
  boardId: string;
  language: Language;
  /**
   * Hands the suggestion (and its photo) to the outbox. Resolves true when the server
   * acknowledged it at once, false when it waits to be sent; rejects with the refusal when the
   * server refused it at once (the draft stays, with the reason).
   */
  send: (body: CreateSuggestionBody, photo: Blob | null) => Promise<boolean>;
  /** The board's active goals, to pick the one this suggestion helps. */
  goals: readonly Goal[];
  /** Who is named on this board (issue 14): no name field, an optional one, or a required one. */
  naming?: NamingMode | undefined;
  /** Ids of the suggestions waiting in the outbox: "sent when there is network" lasts that long. */
  waiting: ReadonlySet<string>;
}) {
  const { boardId, language, send, goals, waiting } = props;
  const naming = props.naming ?? 'optional';
  const [goalId, setGoalId] = useState('');
  const [draft, setDraft] = useState<Draft>(() => loadDraft(boardId));
  const [sending, setSending] = useState(false);
  const [feedback, setFeedback] = useState<FormFeedback>(null);
  // A picked file that is not a picture: said next to the photo button, and not attached.
  const [notPicture, setNotPicture] = useState(false);
  // One id per draft: a double tap or a retry of the same text is stored once.
  const [clientId, setClientId] = useState(newClientId);
  const formId = useId();
  // The photo that goes with this suggestion: shrunk on the phone first (that takes a moment),
  // and sent only with the suggestion it was picked for (see PhotoSlot).
  const [photo, setPhoto] = useState<PhotoSlotState<ShrunkPhoto>>({ kind: 'empty' });
  const [photos] = useState(
    () => new PhotoSlot<ShrunkPhoto>(setPhoto, (dropped) => URL.revokeObjectURL(dropped.preview)),
  );

  function pickPhoto(file: File | undefined) {
    if (!file) return;
    setFeedback(null);
    setNotPicture(!isPicture(file));
    if (!isPicture(file)) return;
    photos.choose(shrinkPhoto(file).then((blob) => ({ blob, preview: URL.createObjectURL(blob) })));
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
    const authorName = naming === 'anonymous' ? '' : draft.authorName.trim();
    if (naming === 'required' && !authorName) {
      setFeedback({ kind: 'error', message: t(language, 'error.author_name_required') });
      return;
    }
    setSending(true);
    let sentPhoto: ShrunkPhoto | null = null;
    try {
      // A photo picked just before the tap is still being shrunk: wait for it (the button
      // says so), so it goes with this suggestion and not the next.
      const taken = await photos.take();
      if (taken.kind === 'failed') {
        setFeedback({ kind: 'error', message: t(language, 'phone.form.photoUnreadable') });
        return;
      }
      sentPhoto = taken.kind === 'ready' ? taken.photo : null;
      const stored = await send(
        {
          id: clientId,
          text,
          dimension: draft.dimension,
          authorName: authorName || null,
          ...(goals.some((g) => g.id === goalId) ? { goalId } : {}),
        },
        sentPhoto?.blob ?? null,
      );
      setGoalId('');
      // Keep the name for the next suggestion; everything else starts over, unless the user
      // already started typing something new while this one was on its way.
      setDraft((current) =>
        current.text.trim() === text ? { ...EMPTY_DRAFT, authorName: current.authorName } : current,
      );
      setClientId(newClientId());
      setFeedback(stored ? { kind: 'sent' } : { kind: 'queued', id: clientId });
      if (sentPhoto) URL.revokeObjectURL(sentPhoto.preview);
    } catch (error) {
      // Not taken: the photo stays with the draft it was picked for (unless another was picked).
      if (sentPhoto) photos.putBack(sentPhoto);
      setFeedback({ kind: 'error', message: sendErrorMessage(language, error) });
    } finally {
      setSending(false);
    }
  }

  const shown = shownFeedback(feedback, waiting);

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
      {naming === 'anonymous' ? null : (
        <label className="field">
          <span className="field__label">
            {t(language, naming === 'required' ? 'phone.form.nameRequired' : 'phone.form.name')}
          </span>
          <input
            name="authorName"
            autoComplete="name"
            maxLength={LIMITS.authorNameMax}
            required={naming === 'required'}
            value={draft.authorName}
            onChange={(event) => update({ authorName: event.target.value })}
          />
        </label>
      )}
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
        {photo.kind !== 'empty' ? (
          <div className="photo-preview">
            {photo.kind === 'ready' ? (
              <img src={photo.photo.preview} alt={t(language, 'phone.form.photoPreview')} />
            ) : photo.kind === 'preparing' ? (
              <p className="photo-preview__note" role="status">
                {t(language, 'phone.form.photoPreparing')}
              </p>
            ) : (
              <p className="photo-preview__note photo-preview__note--error" role="alert">
                {t(language, 'phone.form.photoUnreadable')}
              </p>
            )}
            <button type="button" className="small-button" onClick={() => photos.clear()}>
              {t(language, 'phone.form.photoRemove')}
            </button>
          </div>
        ) : (
          <label className="photo-pick">
            <Icon name="camera" /> {t(language, 'phone.form.photo')}
            {/* No `capture`: Android then offers the camera and the gallery. */}
            <input
              type="file"
              accept="image/*"
              onChange={(event) => {
                pickPhoto(event.target.files?.[0]);
                event.target.value = ''; // the same file picked again is a new pick
              }}
            />
          </label>
        )}
        {notPicture && photo.kind === 'empty' ? (
          <p className="feedback feedback--error" role="alert">
            {t(language, 'phone.form.photoNotImage')}
          </p>
        ) : null}
      </div>
      <button className="submit" type="submit" disabled={sending}>
        {sending
          ? t(
              language,
              photo.kind === 'preparing' ? 'phone.form.photoPreparing' : 'phone.form.sending',
            )
          : t(language, 'phone.form.submit')}
      </button>
      {shown ? (
        <p
          className={`feedback feedback--${shown.kind}`}
          role={shown.kind === 'error' ? 'alert' : 'status'}
        >
          {shown.kind === 'sent'
            ? t(language, 'phone.form.sent')
            : shown.kind === 'queued'
              ? t(language, 'phone.form.queued')
              : shown.message}
        </p>
      ) : null}
    </form>
  );
}
