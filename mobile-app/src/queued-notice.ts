/** What the suggestion form says under its button after a tap. */
export type FormFeedback =
  | { kind: 'sent' }
  /** Saved on the phone; `id` is the suggestion waiting in the outbox. */
  | { kind: 'queued'; id: string }
  | { kind: 'error'; message: string }
  | null;

/**
 * The feedback to show now: "sent when there is network" stays only while its suggestion is
 * still waiting in the outbox. Once it left (sent, or refused, which the board page says), the
 * notice is gone.
 */
export function shownFeedback(feedback: FormFeedback, waiting: ReadonlySet<string>): FormFeedback {
  return feedback?.kind === 'queued' && !waiting.has(feedback.id) ? null : feedback;
}
