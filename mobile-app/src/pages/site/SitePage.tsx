import { useEffect, useState, type SubmitEvent } from 'react';
import { SITE_LAYOUTS, SITE_WALL_LIMITS, type SiteLayout } from '@tavla/shared/site-rules';
import type { BoardOverview, Language, SiteWallSettings } from '@tavla/shared';
import { t } from '@tavla/shared/i18n';
import { ApiError, describeError } from '../../api.js';
import { Feedback, MethodFrame } from '../../components/MethodFrame.js';
import { phoneLanguage, useDocumentLanguage } from '../../language.js';
import {
  fetchSiteOverview,
  fetchSiteWall,
  replaceSiteWallKey,
  saveSiteWall,
} from '../../site-api.js';
import { useFetched } from '../../use-fetched.js';
import {
  activityText,
  archivedText,
  goalsText,
  needsLook,
  participationText,
  roadmapText,
  screensText,
} from './site-view.js';
import '../../site-messages.js';
import './site.css';

const TURNS = [10, 15, 20, 30, 45, 60, 120];

function BoardCard({ board, language }: { board: BoardOverview; language: Language }) {
  const look = needsLook(board);
  const archived = archivedText(language, board);
  return (
    <li
      className={`site-card${look ? ' site-card--look' : ''}${archived ? ' site-card--archived' : ''}`}
    >
      <h3 className="site-card__name">
        <a
          href={`/m/b/${board.id}/roadmap`}
          aria-label={t(language, 'site.overview.open', { name: board.name })}
        >
          {board.name}
        </a>
        <span className="site-card__language">{board.language.toUpperCase()}</span>
      </h3>
      <ul className="site-card__facts">
        {archived ? (
          <li className="site-fact site-fact--archived">{archived}</li>
        ) : (
          <li
            className={
              board.screens.live > 0 ? 'site-fact site-fact--ok' : 'site-fact site-fact--warn'
            }
          >
            {screensText(language, board)}
          </li>
        )}
        <li className="site-fact">{activityText(language, board)}</li>
        <li className="site-fact">{participationText(language, board)}</li>
        <li className={board.goals.offTrack > 0 ? 'site-fact site-fact--warn' : 'site-fact'}>
          {goalsText(language, board)}
        </li>
        <li className="site-fact">{roadmapText(language, board)}</li>
      </ul>
    </li>
  );
}

function SiteWallForm(props: {
  language: Language;
  boards: BoardOverview[];
  settings: SiteWallSettings;
  onSaved: (settings: SiteWallSettings) => void;
}) {
  const { language, boards, settings } = props;
  const [name, setName] = useState(settings.name);
  const [wallLanguage, setWallLanguage] = useState<Language>(settings.language);
  const [layout, setLayout] = useState<SiteLayout>(settings.layout);
  const [turn, setTurn] = useState(settings.turnSeconds);
  const [chosen, setChosen] = useState<string[]>(settings.boardIds);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const full = chosen.length >= SITE_WALL_LIMITS.boardsMax;
  const labels = { name: 'site.settings.name', boardIds: 'site.settings.boards' } as const;

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    try {
      const saved = await saveSiteWall({
        name: name.trim(),
        language: wallLanguage,
        layout,
        turnSeconds: turn,
        // In the order of the list (by name), whatever order they were ticked in.
        boardIds: boards.map((b) => b.id).filter((id) => chosen.includes(id)),
      });
      props.onSaved(saved);
      setMessage({ ok: true, text: t(language, 'site.settings.saved') });
    } catch (error) {
      setMessage({ ok: false, text: describeError(language, error, labels) });
    }
  }

  async function rotate() {
    setConfirming(false);
    try {
      props.onSaved(await replaceSiteWallKey());
      setMessage({ ok: true, text: t(language, 'site.settings.rotated') });
    } catch (error) {
      setMessage({ ok: false, text: describeError(language, error) });
    }
  }

  return (
    <form className="form site-form" onSubmit={(event) => void submit(event)}>
      <h2>{t(language, 'site.settings.title')}</h2>
      <p className="field__hint">{t(language, 'site.settings.hint')}</p>
      <label className="field">
        <span className="field__label">{t(language, 'site.settings.name')}</span>
        <input value={name} maxLength={80} onChange={(e) => setName(e.target.value)} />
      </label>
      <fieldset className="site-form__group">
        <legend className="field__label">
          {t(language, 'site.settings.boards', { max: SITE_WALL_LIMITS.boardsMax })}
        </legend>
        {boards.map((board) => {
          const checked = chosen.includes(board.id);
          return (
            <label key={board.id} className="site-check">
              <input
                type="checkbox"
                checked={checked}
                disabled={!checked && full}
                onChange={() =>
                  setChosen((ids) =>
                    checked ? ids.filter((id) => id !== board.id) : [...ids, board.id],
                  )
                }
              />
              <span>
                {board.name}
                {board.archivedAt === null ? null : (
                  <small> · {t(language, 'site.settings.archived')}</small>
                )}
              </span>
            </label>
          );
        })}
      </fieldset>
      <fieldset className="site-form__group">
        <legend className="field__label">{t(language, 'site.settings.layout')}</legend>
        {SITE_LAYOUTS.map((value) => (
          <label key={value} className="site-check">
            <input
              type="radio"
              name="site-layout"
              checked={layout === value}
              onChange={() => setLayout(value)}
            />
            <span>{t(language, `site.settings.layout.${value}`)}</span>
          </label>
        ))}
      </fieldset>
      <div className="site-form__row">
        <label className="field">
          <span className="field__label">{t(language, 'site.settings.turn')}</span>
          <select value={turn} onChange={(e) => setTurn(Number(e.target.value))}>
            {[...new Set([...TURNS, settings.turnSeconds])]
              .sort((a, b) => a - b)
              .map((seconds) => (
                <option key={seconds} value={seconds}>
                  {seconds}
                </option>
              ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t(language, 'site.settings.language')}</span>
          <select
            value={wallLanguage}
            onChange={(e) => setWallLanguage(e.target.value === 'en' ? 'en' : 'sv')}
          >
            <option value="sv">{t(language, 'site.chooser.language.sv')}</option>
            <option value="en">{t(language, 'site.chooser.language.en')}</option>
          </select>
        </label>
      </div>
      <button className="submit" type="submit">
        {t(language, 'site.settings.save')}
      </button>
      <Feedback message={message} />
      <div className="site-form__link">
        <span className="field__label">{t(language, 'site.settings.url')}</span>
        <code className="link">{settings.url}</code>
        {confirming ? (
          <div className="site-form__confirm" role="group">
            <p>{t(language, 'site.settings.rotateConfirm')}</p>
            <button className="small-button" type="button" onClick={() => void rotate()}>
              {t(language, 'site.settings.rotateYes')}
            </button>{' '}
            <button className="small-button" type="button" onClick={() => setConfirming(false)}>
              {t(language, 'site.settings.cancel')}
            </button>
          </div>
        ) : (
          <button className="small-button" type="button" onClick={() => setConfirming(true)}>
            {t(language, 'site.settings.rotate')}
          </button>
        )}
      </div>
    </form>
  );
}

/**
 * Many boards, one site (admins): every board at a glance (screens, last change,
 * participation, goals, roadmap step), in one request, and the site wall's settings.
 */
export function SitePage() {
  const language = phoneLanguage();
  useDocumentLanguage(language, `${t(language, 'site.overview.title')} · Tavla`);
  const overview = useFetched(fetchSiteOverview, []);
  const wall = useFetched(fetchSiteWall, []);
  const [settings, setSettings] = useState<SiteWallSettings | null>(null);
  const failure = overview.failure ?? wall.failure;

  useEffect(() => {
    if (failure instanceof ApiError && failure.status === 401) window.location.replace('/m/login');
  }, [failure]);

  const shown = settings ?? wall.data;
  return (
    <MethodFrame
      title={t(language, 'site.overview.title')}
      back="/m/lead"
      backLabel="site.overview.back"
      language={language}
      wide
    >
      {failure && !overview.data ? (
        <p className="feedback feedback--error" role="alert">
          {describeError(language, failure)}
        </p>
      ) : null}
      {overview.data === null ? (
        failure ? null : (
          <p className="page--notice">{t(language, 'phone.loading')}</p>
        )
      ) : overview.data.boards.length === 0 ? (
        <p className="page--notice">{t(language, 'site.overview.empty')}</p>
      ) : (
        <ul className="site-cards">
          {overview.data.boards.map((board) => (
            <BoardCard key={board.id} board={board} language={language} />
          ))}
        </ul>
      )}
      {overview.data && shown ? (
        <SiteWallForm
          language={language}
          boards={overview.data.boards}
          settings={shown}
          onSaved={setSettings}
        />
      ) : null}
    </MethodFrame>
  );
}
