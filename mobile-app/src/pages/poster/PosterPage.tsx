import { useState } from 'react';
import type { Language, Poster } from '@tavla/shared';
import { LANGUAGES } from '@tavla/shared/domain';
import { t } from '@tavla/shared/i18n';
import { describeError, request } from '../../api.js';
import { leadGate } from '../../components/MethodFrame.js';
import { phoneLanguage, useDocumentLanguage } from '../../language.js';
import { useFetched } from '../../use-fetched.js';
import { useViewer } from '../../use-viewer.js';
import { addressLines, kickerShown, nameSize, printedWidthMm, qrSymbol } from './poster-layout.js';
import { ScanPictogram, SendPictogram, WritePictogram } from './PosterPictograms.js';
import '../../poster-messages.js';
import './poster.css';

/** The code itself on paper: 10.5 cm, so a phone reads it from 2 m (the quiet zone is extra). */
const CODE_MM = 105;

const fetchPoster = (boardId: string) =>
  request<Poster>('GET', `/api/boards/${encodeURIComponent(boardId)}/poster`);

const locale = (language: Language) => (language === 'sv' ? 'sv-SE' : 'en-GB');

/** The language asked for in the address (`?lang=en`), so a printed poster can be asked again. */
function languageFromAddress(): Language | null {
  const asked = new URLSearchParams(window.location.search).get('lang');
  return LANGUAGES.find((language) => language === asked) ?? null;
}

/**
 * A board's QR poster, for its leads and admins: one A4 page to hang by the board (or where
 * the board is not), in the board's language or the other one. On screen the page says when the
 * QR code last changed and has a Print button; in print only the poster is left.
 */
export function PosterPage({ boardId }: { boardId: string }) {
  const viewer = useViewer(boardId);
  const language = phoneLanguage();
  const gate = leadGate(viewer, language);
  const { data: poster, failure } = useFetched(gate === null ? () => fetchPoster(boardId) : null, [
    boardId,
  ]);
  const [asked, setAsked] = useState(languageFromAddress);
  const posterLanguage = asked ?? poster?.board.language ?? language;
  useDocumentLanguage(
    language,
    poster
      ? `${t(language, 'poster.title')} · ${poster.board.name}`
      : `${t(language, 'poster.title')} · Tavla`,
  );

  const choose = (next: Language) => {
    const query = new URLSearchParams(window.location.search);
    query.set('lang', next);
    window.history.replaceState(null, '', `${window.location.pathname}?${query.toString()}`);
    setAsked(next);
  };

  if (gate) return <main className="page">{gate}</main>;
  return (
    <div className="poster-screen">
      <div className="poster-tools">
        <p className="poster-tools__back">
          <a href="/m/lead">{t(language, 'poster.back')}</a>
        </p>
        <h1 className="poster-tools__title">
          {t(language, 'poster.title')}
          {poster ? ` · ${poster.board.name}` : ''}
        </h1>
        {poster ? (
          <p
            className={poster.linkChangedAt ? 'poster-tools__changed' : 'poster-tools__since'}
            role="status"
          >
            {poster.linkChangedAt
              ? t(language, 'poster.changedAt', {
                  date: new Date(poster.linkChangedAt).toLocaleString(locale(language), {
                    dateStyle: 'long',
                    timeStyle: 'short',
                  }),
                })
              : t(language, 'poster.neverChanged')}
          </p>
        ) : null}
        <div className="poster-tools__row">
          <fieldset className="poster-tools__language">
            <legend>{t(language, 'poster.language')}</legend>
            {LANGUAGES.map((code) => (
              <label key={code}>
                <input
                  type="radio"
                  name="posterLanguage"
                  value={code}
                  checked={posterLanguage === code}
                  onChange={() => choose(code)}
                />
                {code === 'sv' ? 'Svenska' : 'English'}
              </label>
            ))}
          </fieldset>
          <button type="button" onClick={() => window.print()} disabled={!poster}>
            {t(language, 'poster.print')}
          </button>
        </div>
        <p className="poster-tools__hint">{t(language, 'poster.printHint')}</p>
      </div>
      {failure && !poster ? (
        <p className="feedback feedback--error poster-notice" role="alert">
          {describeError(language, failure)}
        </p>
      ) : null}
      {poster ? (
        <PosterSheet poster={poster} language={posterLanguage} />
      ) : failure ? null : (
        <p className="poster-notice">{t(language, 'phone.loading')}</p>
      )}
    </div>
  );
}

/** The poster itself: what the paper shows, sized in millimetres. */
export function PosterSheet({ poster, language }: { poster: Poster; language: Language }) {
  const symbol = qrSymbol(poster.joinUrl);
  const address = addressLines(poster.joinUrl);
  const steps = [
    { key: 'scan', picture: <ScanPictogram /> },
    { key: 'write', picture: <WritePictogram /> },
    { key: 'send', picture: <SendPictogram /> },
  ] as const;
  return (
    <article className="poster-sheet" lang={language}>
      <header className="poster-head">
        {kickerShown(poster.board.name, t(language, 'app.title')) ? (
          <p className="poster-head__kicker">{t(language, 'poster.kicker')}</p>
        ) : null}
        <h2 className={`poster-head__name poster-head__name--${nameSize(poster.board.name)}`}>
          {poster.board.name}
        </h2>
        <p className="poster-head__call">{t(language, 'poster.call')}</p>
      </header>

      <div className="poster-code">
        <svg
          className="poster-code__svg"
          role="img"
          aria-label={t(language, 'poster.qrAlt', { board: poster.board.name })}
          viewBox={`0 0 ${symbol.size} ${symbol.size}`}
          shapeRendering="crispEdges"
          style={{ width: `calc(${printedWidthMm(symbol, CODE_MM).toFixed(2)} * var(--mm))` }}
        >
          <rect width={symbol.size} height={symbol.size} fill="#fff" />
          <path d={symbol.path} fill="#000" />
        </svg>
      </div>

      <ol className="poster-steps">
        {steps.map(({ key, picture }, index) => (
          <li key={key} className="poster-step">
            <span className="poster-step__picture" aria-hidden="true">
              {picture}
            </span>
            <span className="poster-step__title">
              <span className="poster-step__number">{index + 1}</span>
              {t(language, `poster.step.${key}`)}
            </span>
            <span className="poster-step__text">{t(language, `poster.step.${key}.text`)}</span>
          </li>
        ))}
      </ol>

      <footer className="poster-address">
        <p className="poster-address__lead">{t(language, 'poster.type')}</p>
        <p className="poster-address__url">
          <span className="poster-address__start">{address.start}</span>
          <span className="poster-address__token">
            {address.groups.map((group, index) => (
              // The same group may come twice; its place is what tells them apart.
              <span key={index} className="poster-address__group">
                {group}
              </span>
            ))}
          </span>
        </p>
        {poster.linkChangedAt ? (
          <p className="poster-address__valid">
            {t(language, 'poster.validFrom', {
              date: new Date(poster.linkChangedAt).toLocaleDateString(locale(language), {
                dateStyle: 'long',
              }),
            })}
          </p>
        ) : null}
      </footer>
    </article>
  );
}
