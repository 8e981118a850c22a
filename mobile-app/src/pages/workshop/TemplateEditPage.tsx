import { useState } from 'react';
import type { Activity, ActivityKind, EditTemplateBody, Language } from '@tavla/shared';
import { boardPhotoUrls } from '@tavla/shared/announcement-rules';
import { t } from '@tavla/shared/i18n';
import { ACTIVITY_KINDS, WORKSHOP_LIMITS } from '@tavla/shared/workshop';
import { describeError } from '../../api.js';
import { uploadBoardPhoto } from '../../announcement-api.js';
import { shrinkPhoto } from '../../photo-shrink.js';
import { Feedback, leadGate, MethodFrame } from '../../components/MethodFrame.js';
import { phoneLanguage, useDocumentLanguage } from '../../language.js';
import { useFetched } from '../../use-fetched.js';
import { usePhoneBoard } from '../../use-phone-board.js';
import { useViewer } from '../../use-viewer.js';
import { fetchTemplates, saveTemplate } from './workshop-api.js';
import {
  addOption,
  cleanTemplate,
  moveItem,
  newActivity,
  newActivityId,
  removeItem,
  removeOption,
  replaceItem,
  templateProblems,
} from './workshop-view.js';
import './workshop-messages.js';

/** A lead edits the board's copy of a workshop template: its name, length and activities. */
export function TemplateEditPage({ boardId, templateId }: { boardId: string; templateId: string }) {
  const { snapshot } = usePhoneBoard(boardId);
  const viewer = useViewer(boardId);
  const language = phoneLanguage(snapshot?.board.language);
  useDocumentLanguage(language, `${t(language, 'workshop.edit.title')} · Tavla`);
  const gate = leadGate(viewer, language);
  const { data, failure } = useFetched(gate ? null : () => fetchTemplates(boardId), [boardId]);
  const template = data?.templates.find((item) => item.id === templateId) ?? null;
  return (
    <MethodFrame
      title={template?.name ?? t(language, 'workshop.edit.title')}
      back={`/m/b/${boardId}/workshop`}
      language={language}
    >
      {gate ??
        (failure && !data ? (
          <p className="feedback feedback--error notice-inline" role="alert">
            {describeError(language, failure)}
          </p>
        ) : !data ? (
          <p className="page--notice">{t(language, 'phone.loading')}</p>
        ) : !template ? (
          <p className="page--notice">{t(language, 'error.not_found')}</p>
        ) : template.builtIn ? (
          <p className="page--notice">{t(language, 'workshop.edit.builtIn')}</p>
        ) : (
          <TemplateForm
            key={template.id}
            boardId={boardId}
            templateId={template.id}
            initial={{
              name: template.name,
              minutes: template.minutes,
              activities: template.activities,
            }}
            language={language}
          />
        ))}
    </MethodFrame>
  );
}

function TemplateForm(props: {
  boardId: string;
  templateId: string;
  initial: EditTemplateBody;
  language: Language;
}) {
  const { boardId, templateId, language } = props;
  const [body, setBody] = useState<EditTemplateBody>(props.initial);
  const [minutesText, setMinutesText] = useState(String(props.initial.minutes));
  const [kind, setKind] = useState<ActivityKind>('poll');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const problems = templateProblems(body);
  const setActivities = (activities: Activity[]) => {
    setBody({ ...body, activities });
    setMessage(null);
  };

  async function save() {
    if (problems.length > 0) return;
    setBusy(true);
    setMessage(null);
    try {
      const saved = await saveTemplate(boardId, templateId, cleanTemplate(body));
      setBody({ name: saved.name, minutes: saved.minutes, activities: saved.activities });
      setMessage({ ok: true, text: t(language, 'workshop.edit.saved') });
    } catch (error) {
      setMessage({ ok: false, text: describeError(language, error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="template-form"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <section className="form">
        <div className="field">
          <label className="field__label" htmlFor="template-name">
            {t(language, 'workshop.edit.name')}
          </label>
          <input
            id="template-name"
            type="text"
            maxLength={WORKSHOP_LIMITS.templateNameMax}
            value={body.name}
            onChange={(event) => setBody({ ...body, name: event.target.value })}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="template-minutes">
            {t(language, 'workshop.edit.minutes')}
          </label>
          <input
            id="template-minutes"
            type="text"
            inputMode="numeric"
            value={minutesText}
            onChange={(event) => {
              setMinutesText(event.target.value);
              const value = Number(event.target.value.trim());
              setBody({ ...body, minutes: event.target.value.trim() === '' ? -1 : value });
            }}
          />
        </div>
      </section>
      <h2 className="section-title">{t(language, 'workshop.edit.activities')}</h2>
      <ol className="activity-editors">
        {body.activities.map((activity, i) => (
          <li key={activity.id} className="form activity-editor">
            <ActivityEditor
              boardId={boardId}
              activity={activity}
              n={i + 1}
              language={language}
              onChange={(next) => setActivities(replaceItem(body.activities, i, next))}
            />
            <div className="state-buttons">
              <button
                type="button"
                className="small-button"
                disabled={i === 0}
                onClick={() => setActivities(moveItem(body.activities, i, -1))}
              >
                ↑ {t(language, 'workshop.edit.up')}
              </button>
              <button
                type="button"
                className="small-button"
                disabled={i === body.activities.length - 1}
                onClick={() => setActivities(moveItem(body.activities, i, 1))}
              >
                ↓ {t(language, 'workshop.edit.down')}
              </button>
              <button
                type="button"
                className="small-button small-button--danger"
                disabled={body.activities.length <= 1}
                onClick={() => setActivities(removeItem(body.activities, i))}
              >
                {t(language, 'workshop.edit.remove')}
              </button>
            </div>
          </li>
        ))}
      </ol>
      <section className="form add-activity">
        <label className="field__label" htmlFor="new-kind">
          {t(language, 'workshop.edit.addKind')}
        </label>
        <div className="row">
          <select
            id="new-kind"
            value={kind}
            onChange={(event) => setKind(event.target.value as ActivityKind)}
          >
            {ACTIVITY_KINDS.map((option) => (
              <option key={option} value={option}>
                {t(language, `workshop.kind.${option}`)}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="small-button"
            disabled={body.activities.length >= WORKSHOP_LIMITS.activitiesMax}
            onClick={() =>
              setActivities([
                ...body.activities,
                newActivity(kind, newActivityId(body.activities, kind)),
              ])
            }
          >
            {t(language, 'workshop.edit.add')}
          </button>
        </div>
      </section>
      <section className="form">
        {problems.length > 0 ? (
          <ul className="problems" role="status">
            {problems.map((problem, i) => (
              <li key={i}>{t(language, problem.key, problem.params)}</li>
            ))}
          </ul>
        ) : null}
        <button type="submit" className="submit" disabled={busy || problems.length > 0}>
          {t(language, 'workshop.edit.save')}
        </button>
        <Feedback message={message} />
      </section>
    </form>
  );
}

function Field(props: {
  label: string;
  id: string;
  value: string;
  max: number;
  multiline?: boolean;
  onChange: (value: string) => void;
}) {
  return (
    <div className="field">
      <label className="field__label" htmlFor={props.id}>
        {props.label}
      </label>
      {props.multiline ? (
        <textarea
          id={props.id}
          rows={3}
          maxLength={props.max}
          value={props.value}
          onChange={(event) => props.onChange(event.target.value)}
        />
      ) : (
        <input
          id={props.id}
          type="text"
          maxLength={props.max}
          value={props.value}
          onChange={(event) => props.onChange(event.target.value)}
        />
      )}
    </div>
  );
}

function ActivityEditor(props: {
  boardId: string;
  activity: Activity;
  n: number;
  language: Language;
  onChange: (activity: Activity) => void;
}) {
  const { boardId, activity, n, language, onChange } = props;
  const id = (name: string) => `a-${activity.id}-${name}`;
  return (
    <>
      <h3>
        {t(language, 'workshop.edit.numbered', {
          n,
          kind: t(language, `workshop.kind.${activity.kind}`),
        })}
      </h3>
      <Field
        label={t(language, 'workshop.edit.activityTitle')}
        id={id('title')}
        value={activity.title}
        max={WORKSHOP_LIMITS.titleMax}
        onChange={(title) => onChange({ ...activity, title })}
      />
      <Field
        label={t(language, 'workshop.edit.text')}
        id={id('text')}
        value={activity.text}
        max={WORKSHOP_LIMITS.textMax}
        multiline
        onChange={(text) => onChange({ ...activity, text })}
      />
      {activity.kind === 'poll' || activity.kind === 'quiz' ? (
        <fieldset className="options-editor">
          <legend>{t(language, 'workshop.edit.options')}</legend>
          {activity.options.map((option, i) => (
            <div key={i} className="option-row">
              {activity.kind === 'quiz' ? (
                <label className="option-row__correct">
                  <input
                    type="radio"
                    name={id('correct')}
                    checked={activity.correct === i}
                    onChange={() => onChange({ ...activity, correct: i })}
                  />
                  <span className="visually-hidden">{t(language, 'workshop.edit.correct')}</span>
                </label>
              ) : null}
              <input
                type="text"
                aria-label={t(language, 'workshop.edit.option', { n: i + 1 })}
                maxLength={WORKSHOP_LIMITS.optionMax}
                value={option}
                onChange={(event) =>
                  onChange({
                    ...activity,
                    options: replaceItem(activity.options, i, event.target.value),
                  })
                }
              />
              <button
                type="button"
                className="small-button small-button--danger"
                aria-label={t(language, 'workshop.edit.removeOption', { n: i + 1 })}
                disabled={activity.options.length <= WORKSHOP_LIMITS.optionsMin}
                onClick={() => onChange(removeOption(activity, i))}
              >
                ×
              </button>
            </div>
          ))}
          {activity.kind === 'quiz' ? (
            <p className="field__hint">◉ = {t(language, 'workshop.edit.correct')}</p>
          ) : null}
          <button
            type="button"
            className="small-button"
            disabled={activity.options.length >= WORKSHOP_LIMITS.optionsMax}
            onClick={() => onChange(addOption(activity))}
          >
            + {t(language, 'workshop.edit.addOption')}
          </button>
        </fieldset>
      ) : null}
      {activity.kind === 'poll' ? (
        <>
          <label className="check">
            <input
              type="checkbox"
              checked={activity.multiple}
              onChange={(event) => onChange({ ...activity, multiple: event.target.checked })}
            />
            {t(language, 'workshop.edit.multiple')}
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={activity.hideResults}
              onChange={(event) => onChange({ ...activity, hideResults: event.target.checked })}
            />
            {t(language, 'workshop.edit.hideResults')}
          </label>
        </>
      ) : null}
      {activity.kind === 'slide' ? (
        <SlidePhoto
          boardId={boardId}
          photoId={activity.photoId}
          language={language}
          onChange={(photoId) => onChange({ ...activity, photoId })}
        />
      ) : null}
      {activity.kind === 'scale' ? (
        <div className="row">
          <Field
            label={t(language, 'workshop.edit.low')}
            id={id('low')}
            value={activity.low}
            max={WORKSHOP_LIMITS.optionMax}
            onChange={(low) => onChange({ ...activity, low })}
          />
          <Field
            label={t(language, 'workshop.edit.high')}
            id={id('high')}
            value={activity.high}
            max={WORKSHOP_LIMITS.optionMax}
            onChange={(high) => onChange({ ...activity, high })}
          />
        </div>
      ) : null}
    </>
  );
}

/** A slide's optional photo: shrunk on the phone, uploaded as the board's, shown small. */
function SlidePhoto(props: {
  boardId: string;
  photoId: string | null;
  language: Language;
  onChange: (photoId: string | null) => void;
}) {
  const { boardId, photoId, language, onChange } = props;
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function choose(file: File | undefined) {
    if (!file) return;
    setBusy(true);
    setFailure(null);
    try {
      onChange((await uploadBoardPhoto(boardId, await shrinkPhoto(file))).id);
    } catch (error) {
      setFailure(describeError(language, error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="field">
      <span className="field__label">{t(language, 'workshop.edit.photo')}</span>
      {photoId ? (
        <div className="photo-preview">
          <img src={boardPhotoUrls(photoId).thumbUrl} alt="" width={96} />
          <button type="button" className="small-button" onClick={() => onChange(null)}>
            {t(language, 'workshop.edit.photoRemove')}
          </button>
        </div>
      ) : (
        <label className="photo-pick">
          {busy
            ? t(language, 'workshop.edit.photoUploading')
            : t(language, 'workshop.edit.photoChoose')}
          <input
            type="file"
            accept="image/*"
            disabled={busy}
            onChange={(e) => void choose(e.target.files?.[0])}
          />
        </label>
      )}
      {failure ? (
        <p className="field__error" role="alert">
          {failure}
        </p>
      ) : null}
    </div>
  );
}
