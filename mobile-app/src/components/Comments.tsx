import { useEffect, useState, type SubmitEvent } from 'react';
import type { Comment, CreateCommentBody, Language } from '@tavla/shared';
import { LIMITS } from '@tavla/shared/domain';
import { t, type FieldLabels } from '@tavla/shared/i18n';
import { describeError, fetchComments, hideComment } from '../api.js';
import { newClientId } from '../client-id.js';
import {
  withEarlierPage,
  withNewestPage,
  withoutComment,
  type CommentThread,
} from '../comment-thread.js';
import { useOutbox } from '../use-outbox.js';

/** The comment box's own label for the text a refusal may name. */
const COMMENT_LABELS: FieldLabels = { text: 'phone.comments.text' };

/**
 * The comments of one suggestion, a form to add one (through the outbox, so a comment written
 * on weak Wi-Fi waits and is sent later), and for leads a way to hide one. The newest page of
 * comments comes first; "show earlier comments" puts the page before it on top.
 */
export function Comments(props: {
  boardId: string;
  suggestionId: string;
  /** Changes whenever the suggestion changes live; the newest page is fetched again then. */
  version: number | undefined;
  isLead: boolean;
  language: Language;
}) {
  const { boardId, suggestionId, version, isLead, language } = props;
  const [thread, setThread] = useState<CommentThread | null>(null);
  const [loadingEarlier, setLoadingEarlier] = useState(false);
  const [text, setText] = useState('');
  const [clientId, setClientId] = useState(newClientId);
  const [error, setError] = useState<string | null>(null);
  const [reload, setReload] = useState(0);
  const outbox = useOutbox({
    onResult: (item, result) => {
      const { write } = item;
      if (write.kind !== 'comment' || write.suggestionId !== suggestionId) return;
      if (result.kind === 'sent') {
        setReload((n) => n + 1);
        return;
      }
      if (result.error === null) return; // dropped with a refused suggestion, said there
      setError(describeError(language, result.error, COMMENT_LABELS));
      // The refused text comes back into the box (unless something new was typed), to fix.
      setText((current) => (current.trim() === '' ? write.body.text : current));
    },
  });
  const waiting = outbox.items.flatMap((item) =>
    item.write.kind === 'comment' && item.write.suggestionId === suggestionId
      ? [item.write.body]
      : [],
  );

  useEffect(() => {
    fetchComments(boardId, suggestionId, null)
      .then((page) => setThread((current) => withNewestPage(current, page)))
      .catch(() => undefined);
  }, [boardId, suggestionId, version, reload]);

  function showEarlier() {
    const cursor = thread?.earlier;
    if (!cursor) return;
    setLoadingEarlier(true);
    fetchComments(boardId, suggestionId, cursor)
      .then((page) => setThread((current) => withEarlierPage(current, cursor, page)))
      .catch(() => undefined)
      .finally(() => setLoadingEarlier(false));
  }

  async function send(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!text.trim()) return;
    setError(null);
    const body = { id: clientId, text: text.trim() };
    setText('');
    setClientId(newClientId());
    await outbox.comment(boardId, suggestionId, body);
  }

  async function hide(event: SubmitEvent<HTMLFormElement>, commentId: string) {
    event.preventDefault();
    const reason = new FormData(event.currentTarget).get('reason');
    if (typeof reason !== 'string') return;
    setError(null);
    try {
      await hideComment(boardId, suggestionId, commentId, reason);
      setThread((current) => withoutComment(current, commentId));
    } catch (failure) {
      setError(describeError(language, failure));
    }
    setReload((n) => n + 1);
  }

  return (
    <section className="form">
      <h2>{t(language, 'phone.comments.title')}</h2>
      <CommentItems
        thread={thread}
        waiting={waiting}
        isLead={isLead}
        language={language}
        loadingEarlier={loadingEarlier}
        onShowEarlier={showEarlier}
        onHide={(event, commentId) => void hide(event, commentId)}
      />
      <form onSubmit={(event) => void send(event)}>
        <label className="field">
          <span className="field__label">{t(language, 'phone.comments.text')}</span>
          <textarea
            name="comment"
            rows={2}
            maxLength={LIMITS.commentMax}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </label>
        <button className="submit" type="submit">
          {t(language, 'phone.comments.send')}
        </button>
        {error ? (
          <p className="feedback feedback--error" role="alert">
            {error}
          </p>
        ) : null}
      </form>
    </section>
  );
}

/** The list itself: "show earlier" on top, the thread oldest first, then what waits to send. */
export function CommentItems(props: {
  thread: CommentThread | null;
  waiting: readonly CreateCommentBody[];
  isLead: boolean;
  language: Language;
  loadingEarlier: boolean;
  onShowEarlier: () => void;
  onHide: (event: SubmitEvent<HTMLFormElement>, commentId: string) => void;
}) {
  const { thread, waiting, isLead, language, loadingEarlier, onShowEarlier, onHide } = props;
  const comments: readonly Comment[] = thread?.comments ?? [];
  return (
    <>
      {comments.length === 0 && waiting.length === 0 ? (
        <p className="list__empty">{t(language, 'phone.comments.none')}</p>
      ) : null}
      {thread?.earlier ? (
        <button
          type="button"
          className="show-more"
          disabled={loadingEarlier}
          onClick={onShowEarlier}
        >
          {t(
            language,
            loadingEarlier ? 'phone.comments.loadingEarlier' : 'phone.comments.showEarlier',
          )}
        </button>
      ) : null}
      <ul className="comments">
        {comments.map((comment) => (
          <li key={comment.id} className={comment.byLead ? 'comment comment--lead' : 'comment'}>
            <p className="comment__text">{comment.text}</p>
            <p className="comment__meta">
              {comment.authorName ?? t(language, 'phone.list.anonymous')}
              {comment.byLead ? (
                <span className="chip">{t(language, 'phone.comments.lead')}</span>
              ) : null}
            </p>
            {isLead ? (
              <details>
                <summary>{t(language, 'phone.comments.hide')}</summary>
                <form className="row" onSubmit={(event) => onHide(event, comment.id)}>
                  <input
                    name="reason"
                    aria-label={t(language, 'lead.hide.reason')}
                    placeholder={t(language, 'lead.hide.reason')}
                    required
                    minLength={3}
                  />
                  <button type="submit" className="small-button small-button--danger">
                    {t(language, 'phone.comments.hide')}
                  </button>
                </form>
              </details>
            ) : null}
          </li>
        ))}
        {waiting.map((comment) => (
          <li key={comment.id} className="comment comment--waiting">
            <p className="comment__text">{comment.text}</p>
            <p className="comment__meta">
              <span className="chip chip--waiting">{t(language, 'phone.list.waiting')}</span>
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
