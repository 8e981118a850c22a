import { useState } from 'react';
import type { CycleScene, Language, MethodState, WallCycle, WallView } from '@tavla/shared';
import { t } from '@tavla/shared/i18n';
import { describeError } from '../../api.js';
import { Feedback, leadGate, MethodFrame } from '../../components/MethodFrame.js';
import { phoneLanguage, useDocumentLanguage } from '../../language.js';
import { setWallCycle, showOnWall } from '../../method-api.js';
import { formatTime } from '../../method-format.js';
import { usePhoneBoard } from '../../use-phone-board.js';
import { useViewer } from '../../use-viewer.js';
import '../../wall-settings-messages.js';
import {
  changedFrom,
  cycleFromDraft,
  draftFromCycle,
  isLastOn,
  moveScene,
  roundSeconds,
  sameCycle,
  SHOW_MINUTES,
  stepSeconds,
  setSeconds,
  toggleScene,
  type Draft,
  type DraftScene,
} from './wall-cycle.js';
import { formatDuration, sceneName, useShownNow } from './wall-text.js';

type Message = { ok: boolean; text: string } | null;

/**
 * The lead's wall settings: which scenes the wall cycles through, in which order and for how
 * long, and a scene to put on the wall now for a while.
 */
export function WallSettingsPage({ boardId }: { boardId: string }) {
  const { snapshot } = usePhoneBoard(boardId);
  const viewer = useViewer(boardId);
  const language = phoneLanguage(snapshot?.board.language);
  useDocumentLanguage(language, `${t(language, 'wallSettings.title')} · Tavla`);

  // The wall as the last answer of this page said, until the board's next change says more.
  const [answered, setAnswered] = useState<{ wall: MethodState['wall']; after: unknown } | null>(
    null,
  );
  const method = snapshot?.method ?? null;
  const wall = answered && answered.after === method ? answered.wall : (method?.wall ?? null);

  const gate = leadGate(viewer, language);
  return (
    <MethodFrame
      title={t(language, 'wallSettings.title')}
      back={`/m/b/${boardId}`}
      backLabel="phone.detail.back"
      language={language}
    >
      {gate ??
        (wall ? (
          <WallSettings
            boardId={boardId}
            wall={wall}
            language={language}
            onAnswer={(next) => setAnswered({ wall: next.wall, after: method })}
          />
        ) : (
          <p className="page--notice">{t(language, 'phone.loading')}</p>
        ))}
    </MethodFrame>
  );
}

function WallSettings(props: {
  boardId: string;
  wall: MethodState['wall'];
  language: Language;
  onAnswer: (state: MethodState) => void;
}) {
  const { boardId, wall, language, onAnswer } = props;
  const [draft, setDraft] = useState<Draft>(() => draftFromCycle(wall.cycle));
  // The saved cycle the draft started from: a cycle saved elsewhere replaces an unchanged draft.
  const [base, setBase] = useState<WallCycle>(wall.cycle);
  if (base !== wall.cycle) {
    setBase(wall.cycle);
    if (!sameCycle(base, wall.cycle) && !changedFrom(draft, base))
      setDraft(draftFromCycle(wall.cycle));
  }
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const [choosing, setChoosing] = useState<CycleScene | null>(null);
  const shown = useShownNow(wall);
  const changed = changedFrom(draft, wall.cycle);
  // A change after "Saved." is not saved: the message goes.
  const edit = (next: Draft) => {
    setDraft(next);
    setMessage(null);
  };

  async function send(action: () => Promise<MethodState>, saved?: string) {
    setBusy(true);
    setMessage(null);
    try {
      const state = await action();
      onAnswer(state);
      if (saved) setMessage({ ok: true, text: saved });
    } catch (error) {
      setMessage({ ok: false, text: describeError(language, error) });
    } finally {
      setBusy(false);
    }
  }

  // The draft stays as it is once saved (scenes that are off keep their places).
  const save = () =>
    send(() => setWallCycle(boardId, cycleFromDraft(draft)), t(language, 'admin.saved'));

  async function show(view: WallView, minutes?: number) {
    setChoosing(null);
    await send(() => showOnWall(boardId, view, minutes));
  }

  return (
    <>
      <section className="form wall-now">
        {shown ? (
          <>
            <p className="wall-now__state" role="status">
              {shown.until
                ? t(language, 'wallSettings.showingUntil', {
                    scene: sceneName(language, shown.scene),
                    time: formatTime(language, shown.until),
                  })
                : t(language, 'wallSettings.showing', { scene: sceneName(language, shown.scene) })}
            </p>
            <button
              type="button"
              className="submit"
              disabled={busy}
              onClick={() => void show('cycle')}
            >
              {t(language, 'wallSettings.backToCycle')}
            </button>
          </>
        ) : (
          <p className="wall-now__state" role="status">
            {t(language, 'wallSettings.cycling')}
          </p>
        )}
      </section>

      <p className="lead-text">{t(language, 'wallSettings.intro')}</p>

      <ol className="wall-scenes">
        {draft.map((entry, index) => (
          <SceneRow
            key={entry.scene}
            entry={entry}
            first={index === 0}
            last={index === draft.length - 1}
            lastOn={isLastOn(draft, entry.scene)}
            shownNow={shown?.scene === entry.scene}
            choosing={choosing === entry.scene}
            busy={busy}
            language={language}
            onToggle={() => edit(toggleScene(draft, entry.scene))}
            onMove={(by) => edit(moveScene(draft, entry.scene, by))}
            onStep={(by) => edit(setSeconds(draft, entry.scene, stepSeconds(entry.seconds, by)))}
            onChoose={(open) => setChoosing(open ? entry.scene : null)}
            onShow={(minutes) => void show(entry.scene, minutes)}
          />
        ))}
      </ol>
      <p className="item__meta wall-hint">{t(language, 'wallSettings.skipped')}</p>
      <p className="item__meta wall-hint">{t(language, 'wallSettings.live')}</p>

      <section className="wall-save">
        <p className="wall-save__round">
          {t(language, 'wallSettings.round', {
            duration: formatDuration(language, roundSeconds(draft)),
          })}
        </p>
        {changed ? (
          <p className="wall-save__unsaved">{t(language, 'wallSettings.unsaved')}</p>
        ) : null}
        <button
          type="button"
          className="submit"
          disabled={busy || !changed}
          onClick={() => void save()}
        >
          {t(language, 'wallSettings.save')}
        </button>
        <Feedback message={message} />
      </section>
    </>
  );
}

function SceneRow(props: {
  entry: DraftScene;
  first: boolean;
  last: boolean;
  lastOn: boolean;
  shownNow: boolean;
  choosing: boolean;
  busy: boolean;
  language: Language;
  onToggle: () => void;
  onMove: (by: -1 | 1) => void;
  onStep: (by: -1 | 1) => void;
  onChoose: (open: boolean) => void;
  onShow: (minutes: number) => void;
}) {
  const { entry, language } = props;
  const name = sceneName(language, entry.scene);
  const nameId = `wall-scene-${entry.scene}`;
  return (
    <li
      className={`wall-scene${entry.on ? '' : ' wall-scene--off'}${props.shownNow ? ' wall-scene--now' : ''}`}
      aria-labelledby={nameId}
    >
      <div className="wall-scene__body">
        <label className="wall-scene__toggle">
          <input
            type="checkbox"
            checked={entry.on}
            disabled={props.lastOn}
            onChange={props.onToggle}
          />
          <span>
            <strong id={nameId} className="wall-scene__name">
              {name}
            </strong>
            <span className="wall-scene__on">
              {t(language, entry.on ? 'wallSettings.on' : 'wallSettings.off')}
            </span>
          </span>
        </label>
        <p className="wall-scene__about">{t(language, `wallSettings.about.${entry.scene}`)}</p>
        {props.lastOn ? (
          <p className="wall-scene__about">{t(language, 'wallSettings.lastOn')}</p>
        ) : null}
        <div className="wall-scene__controls">
          {entry.on ? (
            <span className="wall-seconds">
              <button
                type="button"
                className="wall-seconds__button"
                aria-label={t(language, 'wallSettings.shorter', { scene: name })}
                disabled={entry.seconds <= 10}
                onClick={() => props.onStep(-1)}
              >
                −
              </button>
              <output className="wall-seconds__value" aria-live="polite">
                {t(language, 'wallSettings.seconds', { seconds: entry.seconds })}
              </output>
              <button
                type="button"
                className="wall-seconds__button"
                aria-label={t(language, 'wallSettings.longer', { scene: name })}
                disabled={entry.seconds >= 600}
                onClick={() => props.onStep(1)}
              >
                +
              </button>
            </span>
          ) : null}
          {props.choosing ? null : (
            <button
              type="button"
              className="small-button wall-scene__show"
              disabled={props.busy}
              onClick={() => props.onChoose(true)}
            >
              {t(language, 'wallSettings.showNow')}
            </button>
          )}
        </div>
        {props.choosing ? (
          <div
            className="wall-show"
            role="group"
            aria-label={t(language, 'wallSettings.showFor', { scene: name })}
          >
            <p className="wall-show__label">
              {t(language, 'wallSettings.showFor', { scene: name })}
            </p>
            <div className="wall-show__choices">
              {SHOW_MINUTES.map((minutes) => (
                <button
                  key={minutes}
                  type="button"
                  className="wall-show__minutes"
                  disabled={props.busy}
                  onClick={() => props.onShow(minutes)}
                >
                  {t(language, 'wallSettings.minutes', { minutes })}
                </button>
              ))}
              <button type="button" className="small-button" onClick={() => props.onChoose(false)}>
                {t(language, 'wallSettings.cancel')}
              </button>
            </div>
          </div>
        ) : null}
      </div>
      <span className="wall-scene__order">
        <button
          type="button"
          className="wall-scene__move"
          aria-label={t(language, 'wallSettings.up', { scene: name })}
          disabled={props.first}
          onClick={() => props.onMove(-1)}
        >
          ↑
        </button>
        <button
          type="button"
          className="wall-scene__move"
          aria-label={t(language, 'wallSettings.down', { scene: name })}
          disabled={props.last}
          onClick={() => props.onMove(1)}
        >
          ↓
        </button>
      </span>
    </li>
  );
}
