import Type, { type Static } from 'typebox';
import { EntityId, Timestamp } from './schema-primitives.js';

/**
 * People (issue 14): an admin gives a team lead more boards or takes one away, disables and
 * enables accounts, and reads the audit log of what leads and admins did.
 */

/** A lead and one board: `PUT` gives the board, `DELETE` takes it away. */
export const UserBoardParamsSchema = Type.Object({ userId: EntityId, boardId: EntityId });

export const AUDIT_PAGE_MAX = 100;

export const AuditQuerySchema = Type.Object(
  {
    /** Only what was done on this board. */
    boardId: Type.Optional(EntityId),
    /** The `next` of the page before: entries older than it. */
    before: Type.Optional(Type.Integer({ minimum: 1 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: AUDIT_PAGE_MAX })),
  },
  { additionalProperties: false },
);
export type AuditQuery = Static<typeof AuditQuerySchema>;

/**
 * One thing a lead or admin did: the action is the API route's `operationId` (the phone turns
 * it into a sentence), with the board and the item it was on. Never a request body.
 */
export const AuditEntrySchema = Type.Object({
  id: Type.Integer({ minimum: 1 }),
  at: Timestamp,
  operationId: Type.String(),
  actor: Type.Object({
    id: Type.String(),
    displayName: Type.Union([Type.String(), Type.Null()]),
  }),
  board: Type.Union([
    Type.Object({ id: Type.String(), name: Type.Union([Type.String(), Type.Null()]) }),
    Type.Null(),
  ]),
  /** `kind` is the route's id parameter without `Id` (`suggestion`, `goal`, `user`, …). */
  target: Type.Union([
    Type.Object({
      kind: Type.String(),
      id: Type.String(),
      /** A person's display name when the target is a user; otherwise null. */
      name: Type.Union([Type.String(), Type.Null()]),
    }),
    Type.Null(),
  ]),
});
export type AuditEntry = Static<typeof AuditEntrySchema>;

export const AuditPageSchema = Type.Object({
  entries: Type.Array(AuditEntrySchema),
  /** Pass as `before` for the next (older) page; null when there is none. */
  next: Type.Union([Type.Integer({ minimum: 1 }), Type.Null()]),
});
export type AuditPage = Static<typeof AuditPageSchema>;
