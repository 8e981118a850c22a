import { useState } from 'react';
import type { Board, Language } from '@tavla/shared';
import { t } from '@tavla/shared/i18n';
import { describeError, rotateDisplayKey, rotateJoinToken } from '../api.js';
import '../account-messages.js';
import '../poster-messages.js';

type Kind = 'join' | 'display';

/**
 * An admin replaces a board's QR code (join token) or wall-screen link (display key), after
 * confirming what that does, and then sees the new link.
 */
export function BoardLinkRotation(props: {
  board: Board;
  language: Language;
  onRotated: () => void;
}) {
  const { board, language, onRotated } = props;
  const [confirming, setConfirming] = useState<Kind | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ kind: Kind; url: string } | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function rotate(kind: Kind) {
    setBusy(true);
    setError(null);
    try {
      const links =
        kind === 'join' ? await rotateJoinToken(board.id) : await rotateDisplayKey(board.id);
      setResult({ kind, url: kind === 'join' ? links.joinUrl : links.kioskUrl });
      setConfirming(null);
      onRotated();
    } catch (caught) {
      setError(describeError(language, caught));
    } finally {
      setBusy(false);
    }
  }

  const name = board.name;
  return (
    <div className="rotation">
      {confirming === null ? (
        <div className="row">
          <button type="button" className="small-button" onClick={() => setConfirming('join')}>
            {t(language, 'admin.rotateJoin')}
          </button>
          <button type="button" className="small-button" onClick={() => setConfirming('display')}>
            {t(language, 'admin.rotateDisplay')}
          </button>
        </div>
      ) : (
        <div
          role="alertdialog"
          aria-label={t(
            language,
            confirming === 'join' ? 'admin.rotateJoin' : 'admin.rotateDisplay',
          )}
        >
          <p>
            {t(
              language,
              confirming === 'join' ? 'admin.rotateJoinConfirm' : 'admin.rotateDisplayConfirm',
              { board: name },
            )}
          </p>
          <div className="row">
            <button
              type="button"
              className="small-button"
              disabled={busy}
              onClick={() => void rotate(confirming)}
            >
              {t(language, 'admin.rotateYes')}
            </button>
            <button
              type="button"
              className="small-button"
              disabled={busy}
              onClick={() => setConfirming(null)}
            >
              {t(language, 'admin.rotateCancel')}
            </button>
          </div>
        </div>
      )}
      {result ? (
        <p role="status" className="feedback feedback--sent">
          {t(language, result.kind === 'join' ? 'admin.newJoinLink' : 'admin.newKioskLink')}{' '}
          <code className="link">{result.url}</code>
        </p>
      ) : null}
      {result?.kind === 'join' ? (
        // Paper does not follow a new link like the wall does: the printed poster must go.
        <p role="alert" className="feedback feedback--queued">
          <strong>{t(language, 'poster.oldPoster')}</strong>{' '}
          <a href={`/m/b/${board.id}/poster`}>{t(language, 'poster.printNew')}</a>
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="feedback feedback--error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
