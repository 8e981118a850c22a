import Type, { type Static } from 'typebox';
import { LIMITS } from './domain.js';
import { ClientId, MultilineText, Timestamp } from './schema-primitives.js';
import { DimensionSchema } from './schemas.js';

/**
 * What an employee does with their own suggestion while it is still New: edit it (the whole
 * suggestion as it should be: sending the same body twice changes it once) or withdraw it.
 * Only the phone that posted it may; once a lead moved it on, both answer 409
 * `suggestion_not_new`.
 */
export const EditSuggestionBodySchema = Type.Object(
  {
    text: MultilineText({
      minLength: LIMITS.suggestionTextMin,
      maxLength: LIMITS.suggestionTextMax,
    }),
    dimension: DimensionSchema,
    /** The name shown with it; left out, null or blank: anonymous. */
    authorName: Type.Optional(
      Type.Union([Type.String({ maxLength: LIMITS.authorNameMax }), Type.Null()]),
    ),
  },
  { additionalProperties: false },
);
export type EditSuggestionBody = Static<typeof EditSuggestionBodySchema>;

/**
 * A suggestion of this phone that a lead hid, as only its author sees it: what it said and
 * the lead's reason. (Its photo was deleted when it was hidden.)
 */
export const HiddenOwnSuggestionSchema = Type.Object({
  id: ClientId,
  text: Type.String(),
  dimension: DimensionSchema,
  createdAt: Timestamp,
  hiddenAt: Timestamp,
  reason: Type.String(),
});
export type HiddenOwnSuggestion = Static<typeof HiddenOwnSuggestionSchema>;

export const HiddenOwnSuggestionsSchema = Type.Object({
  suggestions: Type.Array(HiddenOwnSuggestionSchema),
});
export type HiddenOwnSuggestions = Static<typeof HiddenOwnSuggestionsSchema>;
