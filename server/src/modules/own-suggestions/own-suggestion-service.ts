import {
  LIMITS,
  normaliseText,
  type EditSuggestionBody,
  type HiddenOwnSuggestions,
  type Suggestion,
} from '@tavla/shared';
import { conflict, forbidden, invalid, notFound } from '../../http/app-error.js';
import type { BoardChanges } from '../boards/board-changes.js';
import type { BoardRepository, BoardRow } from '../boards/board-repository.js';
import type { SuggestionRepository, SuggestionRow } from '../suggestions/suggestion-repository.js';
import {
  assertNaming,
  suggestionUpdated,
  toSuggestion,
} from '../suggestions/suggestion-service.js';
import type { OwnSuggestionRepository } from './own-suggestion-repository.js';

const notNew = () =>
  conflict('A team lead already acted on this suggestion: it can no longer be changed.', {
    code: 'suggestion_not_new',
  });

/**
 * What an employee may do with their own suggestion: edit or withdraw it while it is New, and
 * see the ones a lead hid, with the reason. "Own" is the phone that posted it (the device id
 * stored with it); nobody else — not another phone, not a lead — may do either.
 */
export function createOwnSuggestionService(deps: {
  suggestions: SuggestionRepository;
  own: OwnSuggestionRepository;
  boards: BoardRepository;
  boardChanges: BoardChanges;
  /** Deletes the photo files of a withdrawn suggestion (after the commit). */
  discardPhotos: (names: readonly string[]) => void;
}) {
  const { suggestions, own, boards, boardChanges, discardPhotos } = deps;

  /** The board's visible suggestion `id`, posted by this device and still New. */
  function editable(board: BoardRow, deviceId: string, id: string): SuggestionRow {
    const row = suggestions.findVisible(board.id, id);
    if (!row) throw notFound('There is no such suggestion on this board.');
    if (row.device_id !== deviceId) {
      throw forbidden('Only the phone that posted a suggestion may change or withdraw it.');
    }
    // A duplicate pointing at it: a lead has decided about it too.
    if (row.status !== 'new' || own.hasDuplicates(row.id)) throw notNew();
    return row;
  }

  return {
    /**
     * Replaces the text, dimension and name of the author's New suggestion. The body is the
     * whole suggestion as it should be, so a retry changes nothing more; an edit that changes
     * nothing is not broadcast.
     */
    edit(
      board: BoardRow,
      deviceId: string,
      suggestionId: string,
      body: EditSuggestionBody,
    ): Suggestion {
      const row = editable(board, deviceId, suggestionId);
      const text = normaliseText(body.text);
      if (text.length < LIMITS.suggestionTextMin) {
        throw invalid(
          `The suggestion needs at least ${LIMITS.suggestionTextMin} characters of text.`,
          { field: 'text' },
        );
      }
      const authorName = body.authorName ? normaliseText(body.authorName) || null : null;
      // The board's naming rule binds an edit as it binds a new post.
      assertNaming(board, authorName);
      if (text === row.text && body.dimension === row.dimension && authorName === row.author_name) {
        return toSuggestion(row);
      }
      return boardChanges.commit(board, (seq, at) => {
        own.edit({ id: row.id, text, dimension: body.dimension, authorName, at, seq });
        return suggestionUpdated(suggestions, row.id, seq);
      }).payload.suggestion;
    },

    /**
     * Withdraws the author's New suggestion: it is deleted with its votes, comments and photo,
     * leaves every screen (`suggestion:removed`), and its text is blanked in the change log.
     * Withdrawing it again (a retry) is answered as done.
     */
    withdraw(board: BoardRow, deviceId: string, suggestionId: string): void {
      const gone = own.findWithdrawn(suggestionId);
      if (gone && gone.board_id === board.id && gone.device_id === deviceId) return;
      const row = editable(board, deviceId, suggestionId);
      boardChanges.commit(board, (seq, at) => {
        own.remove(row.id);
        own.insertWithdrawn({
          id: row.id,
          board_id: board.id,
          device_id: deviceId,
          posted_at: row.created_at,
          withdrawn_at: at,
        });
        boards.scrubSuggestion(board.id, row.id);
        return { event: 'suggestion:removed' as const, payload: { seq, suggestionId: row.id } };
      });
      discardPhotos([row.photo_name, row.thumb_name].filter((name) => name !== null));
    },

    /** Throws `suggestion_withdrawn` for an id its author withdrew (a late retry of the post). */
    refuseWithdrawn(suggestionId: string): void {
      if (own.findWithdrawn(suggestionId)) {
        throw conflict('The author withdrew this suggestion.', { code: 'suggestion_withdrawn' });
      }
    },

    /** This device's suggestions on the board that a lead hid, with the lead's reason. */
    hiddenOwn(board: BoardRow, deviceId: string): HiddenOwnSuggestions {
      return {
        suggestions: own.hiddenOwn(board.id, deviceId).map((row) => ({
          id: row.id,
          text: row.text,
          dimension: row.dimension,
          createdAt: row.created_at,
          hiddenAt: row.hidden_at,
          reason: row.hidden_reason ?? '',
        })),
      };
    },
  };
}

export type OwnSuggestionService = ReturnType<typeof createOwnSuggestionService>;
