/**
 * The site's plain values (no TypeBox), so the apps can import them without the schema library:
 * the overview's "live" screens, the site wall's namespace, limits and layouts.
 */

/** A wall screen has sent a heartbeat within this long: it counts as live. */
export const SCREEN_LIVE_MS = 3 * 60 * 1000;
/** The Socket.IO namespace of site walls. */
export const SITE_NAMESPACE = '/site';
/** How many boards a site wall shows at most, and its turn length in seconds. */
export const SITE_WALL_LIMITS = { boardsMax: 12, turnMin: 10, turnMax: 300 } as const;
/** "Done lately" on the site wall: done within this many days. */
export const SITE_DONE_DAYS = 30;
export const SITE_LAYOUTS = ['side_by_side', 'in_turn'] as const;
export type SiteLayout = (typeof SITE_LAYOUTS)[number];
