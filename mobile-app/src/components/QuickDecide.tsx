import { useState, type SubmitEvent } from 'react';
import type { Language, Suggestion, SuggestionStatus } from '@tavla/shared';
import { LIMITS } from '@tavla/shared/domain';
import { statusLabel, t, type FieldLabels } from '@tavla/shared/i18n';
import { oneTapMoves } from '@tavla/shared/triage';
import { changeStatus, describeError } from '../api.js';
import '../triage-messages.js';
import './quick-decide.css';

const LABELS: FieldLabels = { note: 'triage.decide.reason' };

/**
 * One tap moves a suggestion to one of the common next statuses; "Not doing" asks for its
 * required reason inline first. Used by the triage list, the suggestion's page and the weekly
 * meeting. Duplicates stay on the suggestion's own page, where the original is picked.
 */
export function QuickDecide(props: {
  boardId: string;
  suggestion: Pick<Suggestion, 'id' | 'status'>;
  language: Language;
  /** The one-tap statuses; by default every common move but where the suggestion is. */
  moves?: readonly SuggestionStatus[];
  onDecided?: (suggestion: Suggestion) => void;
}) {
  const { boardId, suggestion, language } = props;
  const moves = props.moves ?? oneTapMoves(suggestion.status);
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function decide(status: SuggestionStatus, note?: string) {
    setBusy(true);
    setMessage(null);
    try {
      const updated = await changeStatus(boardId, suggestion.id, {
        status,
        ...(note ? { note } : {}),
      });
      setMessage({
        ok: true,
        text: t(language, 'triage.decided', { status: statusLabel(language, status) }),
      });
      setAsking(false);
      setReason('');
      props.onDecided?.(updated);
    } catch (error) {
      setMessage({ ok: false, text: describeError(language, error, LABELS) });
    } finally {
      setBusy(false);
    }
  }

  function notDoing(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    void decide('not_doing', reason.trim());
  }

  return (
    <div className="quick-decide">
      {asking ? (
        <form className="quick-decide__reason" onSubmit={notDoing}>
          <label className="field">
            <span className="field__label">{t(language, 'triage.decide.reason')}</span>
            <textarea
              name="reason"
              rows={2}
              required
              minLength={LIMITS.reasonMin}
              maxLength={LIMITS.statusNoteMax}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          </label>
          <div className="quick-decide__buttons">
            <button type="submit" className="small-button" disabled={busy}>
              {t(language, 'triage.decide.confirm')}
            </button>
            <button
              type="button"
              className="small-button small-button--quiet"
              onClick={() => setAsking(false)}
            >
              {t(language, 'triage.decide.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <div className="quick-decide__buttons">
          {moves.map((status) => (
            <button
              key={status}
              type="button"
              className="small-button"
              disabled={busy}
              onClick={() => void decide(status)}
            >
              {statusLabel(language, status)}
            </button>
          ))}
          {suggestion.status === 'not_doing' ? null : (
            <button
              type="button"
              className="small-button small-button--danger"
              disabled={busy}
              onClick={() => setAsking(true)}
            >
              {t(language, 'triage.decide.notDoing')}
            </button>
          )}
        </div>
      )}
      {message ? (
        <p
          className={`feedback feedback--${message.ok ? 'sent' : 'error'}`}
          role={message.ok ? 'status' : 'alert'}
        >
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
