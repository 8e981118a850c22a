import Type, { type Static } from 'typebox';
import { DONE_DAYS_MAX, DONE_DAYS_MIN } from './board-settings.js';
import { LIMITS } from './domain.js';
import { BoardSchema, LanguageSchema, NamingModeSchema } from './schemas.js';

/** `GET /api/boards/:boardId/settings`: the board with its settings, for its leads and admins. */
export const BoardSettingsSchema = Type.Object({
  board: BoardSchema,
  /**
   * The board's number of employees (participation, acknowledgements): the method settings'
   * own value, set with `PUT …/employees`; null while not set.
   */
  employees: Type.Union([Type.Integer({ minimum: 1 }), Type.Null()]),
});
export type BoardSettings = Static<typeof BoardSettingsSchema>;

/**
 * `PATCH /api/boards/:boardId/settings`: what to change, at least one field. A lead may change
 * everything here but the name; only an admin renames a board.
 */
export const UpdateBoardSettingsBodySchema = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: LIMITS.boardNameMax })),
    language: Type.Optional(LanguageSchema),
    naming: Type.Optional(NamingModeSchema),
    doneDays: Type.Optional(Type.Integer({ minimum: DONE_DAYS_MIN, maximum: DONE_DAYS_MAX })),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateBoardSettingsBody = Static<typeof UpdateBoardSettingsBodySchema>;
