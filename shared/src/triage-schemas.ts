import Type, { type Static } from 'typebox';
import { DIMENSIONS, LIMITS, SUGGESTION_STATUSES } from './domain.js';
import { ClientId, EntityId, MultilineText, Timestamp } from './schema-primitives.js';
import { SuggestionSchema } from './schemas.js';
import {
  BULK_STATUSES,
  TRIAGE_BULK_MAX,
  TRIAGE_PAGE_MAX,
  TRIAGE_SEARCH_MAX,
  TRIAGE_SORTS,
} from './triage.js';

/**
 * Wire shapes of the lead's triage list. Routes, all under `/api/boards/:boardId/triage`, for
 * the board's leads and admins:
 *
 * | method | path     | body / answer                                                  |
 * |--------|----------|----------------------------------------------------------------|
 * | GET    |          | TriageQuery → TriagePage (filtered, sorted, keyset-paged)      |
 * | POST   | /status  | BulkStatusBody → BulkResult (all moved, or none)               |
 * | POST   | /hide    | BulkHideBody → BulkResult (all hidden with one reason, or none)|
 * | POST   | /unhide  | BulkIdsBody → BulkResult (all shown again, or none)            |
 */

export const TriageQuerySchema = Type.Object(
  {
    status: Type.Optional(Type.Enum(SUGGESTION_STATUSES)),
    dimension: Type.Optional(Type.Enum(DIMENSIONS)),
    goal: Type.Optional(EntityId),
    /** Only suggestions still new after WAITING_DAYS (the meeting's bottleneck). */
    waiting: Type.Optional(Type.Boolean()),
    /** Only the hidden ones (otherwise only the visible ones). */
    hidden: Type.Optional(Type.Boolean()),
    /** Words the text or the author's name contains (any case). */
    q: Type.Optional(Type.String({ maxLength: TRIAGE_SEARCH_MAX })),
    sort: Type.Optional(Type.Enum(TRIAGE_SORTS)),
    /** The `next` of the previous page; absent for the first page. */
    after: Type.Optional(
      Type.String({ minLength: 1, maxLength: 300, pattern: '^[A-Za-z0-9_-]+$' }),
    ),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: TRIAGE_PAGE_MAX })),
  },
  { additionalProperties: false },
);
export type TriageQuery = Static<typeof TriageQuerySchema>;

/** Who hid a suggestion, when and why (null while it is visible). */
export const TriageHiddenSchema = Type.Object({
  at: Timestamp,
  reason: Type.String(),
  /** The lead's name, or null when their account is gone. */
  byName: Type.Union([Type.String(), Type.Null()]),
});

export const TriageItemSchema = Type.Object({
  suggestion: SuggestionSchema,
  hidden: Type.Union([TriageHiddenSchema, Type.Null()]),
});
export type TriageItem = Static<typeof TriageItemSchema>;

export const TriagePageSchema = Type.Object({
  items: Type.Array(TriageItemSchema),
  /** How many suggestions match the filters (on every page, not only this one). */
  total: Type.Integer({ minimum: 0 }),
  /** Cursor for the next page; null when this was the last one. */
  next: Type.Union([Type.String(), Type.Null()]),
});
export type TriagePage = Static<typeof TriagePageSchema>;

const Ids = Type.Array(ClientId, { minItems: 1, maxItems: TRIAGE_BULK_MAX, uniqueItems: true });

export const BulkIdsBodySchema = Type.Object({ ids: Ids }, { additionalProperties: false });
export type BulkIdsBody = Static<typeof BulkIdsBodySchema>;

export const BulkStatusBodySchema = Type.Object(
  {
    ids: Ids,
    status: Type.Enum(BULK_STATUSES),
    /** Required for Not doing: one reason for all of them (everyone sees it). */
    note: Type.Optional(MultilineText({ maxLength: LIMITS.statusNoteMax })),
  },
  { additionalProperties: false },
);
export type BulkStatusBody = Static<typeof BulkStatusBodySchema>;

export const BulkHideBodySchema = Type.Object(
  {
    ids: Ids,
    reason: MultilineText({ minLength: LIMITS.reasonMin, maxLength: LIMITS.statusNoteMax }),
  },
  { additionalProperties: false },
);
export type BulkHideBody = Static<typeof BulkHideBodySchema>;

export const BulkResultSchema = Type.Object({
  /** The suggestions as they now are, in the order asked. */
  suggestions: Type.Array(SuggestionSchema),
});
export type BulkResult = Static<typeof BulkResultSchema>;
