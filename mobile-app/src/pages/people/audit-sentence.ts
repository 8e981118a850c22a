import type { AuditEntry, Language } from '@tavla/shared';
import { t } from '@tavla/shared/i18n';
import { auditSentenceKey, operationWords } from '@tavla/shared/i18n-people';
import '../../people-messages.js';

/**
 * An audit entry as a sentence in the reader's language: who did what (by the action's
 * operationId), to whom when the target is a person. An action the table has no sentence
 * for (a route added later) still reads: "Anna did “start widget”".
 */
export function auditSentence(language: Language, entry: AuditEntry): string {
  const actor = entry.actor.displayName ?? t(language, 'audit.someone');
  const target = entry.target?.name ?? entry.target?.id ?? '';
  const key = auditSentenceKey(entry.operationId);
  const action = key
    ? t(language, key, { target })
    : t(language, 'audit.op.fallback', { action: operationWords(entry.operationId) });
  return `${actor} ${action}`;
}

/** "on Line 3" for an action on a board, or '' for one on no board. */
export function auditBoard(language: Language, entry: AuditEntry): string {
  if (!entry.board) return '';
  return t(language, 'audit.onBoard', { board: entry.board.name ?? t(language, 'audit.aBoard') });
}
