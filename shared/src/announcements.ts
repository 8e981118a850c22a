import Type, { type Static } from 'typebox';
import { EntityId, MultilineText, Timestamp } from './schema-primitives.js';

// The rules (pinned, in force, photo URLs) are TypeBox-free, for the apps' bundles.
export * from './announcement-rules.js';
import { ANNOUNCEMENT_KINDS, ANNOUNCEMENT_LIMITS } from './announcement-rules.js';

/**
 * Step 5 of the method, implementation: "the employees are told about the new goals and any
 * routines that now apply". A lead publishes an announcement; phones show it pinned at the top
 * until the device acknowledges it; the wall shows the share of devices that did. Counts are
 * of devices, never of people.
 *
 * Routes, under `/api/boards/:boardId`:
 *
 * | method | path                                          | who   | body → answer                    |
 * |--------|-----------------------------------------------|-------|----------------------------------|
 * | GET    | /announcements                                | board | → AnnouncementList (phone: + own)|
 * | POST   | /announcements                                | lead  | AnnouncementBody → 201           |
 * | PUT    | /announcements/:announcementId                | lead  | AnnouncementBody → Announcement  |
 * | POST   | /announcements/:announcementId/retire         | lead  | → Announcement                   |
 * | POST   | /announcements/:announcementId/acknowledgement| phone | AcknowledgeBody → Announcement   |
 * | POST   | /announcements/:announcementId/meetings       | lead  | MeetingBody → Announcement       |
 * | PUT    | /employees                                    | lead  | EmployeesBody → EmployeesBody    |
 * | POST   | /photos                                       | lead  | image bytes → BoardPhoto (201)   |
 *
 * `GET /announcements?all=true` gives a lead every announcement, retired and run out too. An
 * announcement's photo is shown at `boardPhotoUrls(photoId)`.
 *
 * Live changes reach screens in the method state's `announcements` part (`method:updated`),
 * acknowledgement counts coalesced like the interest vote's voter count.
 */
export const AnnouncementBodySchema = Type.Object(
  {
    kind: Type.Enum(ANNOUNCEMENT_KINDS),
    title: Type.String({
      minLength: ANNOUNCEMENT_LIMITS.titleMin,
      maxLength: ANNOUNCEMENT_LIMITS.titleMax,
    }),
    text: MultilineText({ maxLength: ANNOUNCEMENT_LIMITS.textMax }),
    photoId: Type.Union([EntityId, Type.Null()]),
    /** An active goal of the board this tells about (kind `goal`), or null. */
    goalId: Type.Union([EntityId, Type.Null()]),
    requiresAck: Type.Boolean(),
    /** Days it stays pinned at the top of every phone and in the wall's scene. */
    pinnedDays: Type.Integer({
      minimum: ANNOUNCEMENT_LIMITS.pinnedDaysMin,
      maximum: ANNOUNCEMENT_LIMITS.pinnedDaysMax,
    }),
  },
  { additionalProperties: false },
);
export type AnnouncementBody = Static<typeof AnnouncementBodySchema>;

export const MeetingRecordSchema = Type.Object({
  at: Timestamp,
  /** People present at the board meeting where it was gone through (for those without phones). */
  present: Type.Integer({ minimum: 1, maximum: ANNOUNCEMENT_LIMITS.presentMax }),
});

export const AnnouncementSchema = Type.Object({
  id: EntityId,
  kind: Type.Enum(ANNOUNCEMENT_KINDS),
  title: Type.String(),
  text: Type.String(),
  photoId: Type.Union([EntityId, Type.Null()]),
  goalId: Type.Union([EntityId, Type.Null()]),
  requiresAck: Type.Boolean(),
  pinnedDays: Type.Integer(),
  publishedAt: Timestamp,
  /** When its text last changed; a changed routine asks every device again (a new version). */
  changedAt: Timestamp,
  version: Type.Integer({ minimum: 1 }),
  pinnedUntil: Timestamp,
  retiredAt: Type.Union([Timestamp, Type.Null()]),
  /** Devices that acknowledged the current version. */
  acks: Type.Integer({ minimum: 0 }),
  meetings: Type.Array(MeetingRecordSchema),
  /** Only in a phone's own list: whether this device acknowledged the current version. */
  acknowledged: Type.Optional(Type.Boolean()),
});
export type Announcement = Static<typeof AnnouncementSchema>;

export const AnnouncementListSchema = Type.Object({
  announcements: Type.Array(AnnouncementSchema),
  employees: Type.Union([Type.Integer({ minimum: 1 }), Type.Null()]),
});
export type AnnouncementList = Static<typeof AnnouncementListSchema>;

export const AnnouncementListQuerySchema = Type.Object(
  {
    /** A lead's whole list: retired and run-out announcements too (ignored for others). */
    all: Type.Optional(Type.Enum(['true', 'false'])),
  },
  { additionalProperties: false },
);

export const AcknowledgeBodySchema = Type.Object(
  { version: Type.Integer({ minimum: 1 }) },
  { additionalProperties: false },
);
export type AcknowledgeBody = Static<typeof AcknowledgeBodySchema>;

export const MeetingBodySchema = Type.Object(
  { present: Type.Integer({ minimum: 1, maximum: ANNOUNCEMENT_LIMITS.presentMax }) },
  { additionalProperties: false },
);
export type MeetingBody = Static<typeof MeetingBodySchema>;

/** The board's number of employees, for "27 of about 40" (null: not set). */
export const EmployeesBodySchema = Type.Object(
  {
    employees: Type.Union([
      Type.Integer({ minimum: 1, maximum: ANNOUNCEMENT_LIMITS.employeesMax }),
      Type.Null(),
    ]),
  },
  { additionalProperties: false },
);
export type EmployeesBody = Static<typeof EmployeesBodySchema>;
export const AnnouncementParamsSchema = Type.Object({
  boardId: EntityId,
  announcementId: EntityId,
});

/** What the wall's scene and the phones' banner show: the announcements current now. */
export const AnnouncementsStateSchema = Type.Object({
  /** Pinned now (newest first), and routines in force after their pin (they still apply). */
  current: Type.Array(AnnouncementSchema),
  employees: Type.Union([Type.Integer({ minimum: 1 }), Type.Null()]),
});
export type AnnouncementsState = Static<typeof AnnouncementsStateSchema>;

/** A photo a lead uploaded for the board itself (`POST /api/boards/:boardId/photos`). */
export const BoardPhotoSchema = Type.Object({
  id: EntityId,
  url: Type.String(),
  thumbUrl: Type.String(),
});
export type BoardPhoto = Static<typeof BoardPhotoSchema>;
