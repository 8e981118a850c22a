import Type, { type Static } from 'typebox';
import { BoardSchema } from './schemas.js';
import { Timestamp } from './schema-primitives.js';

/**
 * The QR poster (`GET /api/boards/:boardId/poster`, leads and admins): what a printed A4 poster
 * of a board needs. The join URL is the secret the QR code holds, so only the board's leads and
 * admins read it here (the wall gets it over its own socket).
 */
export const PosterSchema = Type.Object({
  board: BoardSchema,
  /** What the QR code holds and the poster spells out for those who type it. */
  joinUrl: Type.String(),
  /**
   * When an admin last replaced the join link (a new QR code): posters printed before then
   * open "this code was replaced". Null while the board still has the link it was made with.
   */
  linkChangedAt: Type.Union([Timestamp, Type.Null()]),
});
export type Poster = Static<typeof PosterSchema>;
