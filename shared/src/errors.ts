/** Error codes carried in `{ error: { code, message } }` bodies and in socket error acks. */
export const ERROR_CODES = [
  'validation_failed',
  'invalid_json',
  'unsupported_media_type',
  'payload_too_large',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'rate_limited',
  /** The server is too busy right now (e.g. too many sign-ins being checked); retry later. */
  'busy',
  /** The server's disk is full: nothing was stored. */
  'disk_full',
  /** The request named a host this server does not answer for (DNS rebinding guard). */
  'host_not_allowed',
  /** A join link or wall-screen link that an admin replaced. */
  'link_replaced',
  /** The request (its headers or body) did not arrive in time. */
  'request_timeout',
  /** Another analysis round of the board is still open: finish it before starting one. */
  'round_open',
  /** The analysis round is finished: its answers and scores are frozen. */
  'round_finished',
  /** Nothing is answered in the round yet, so there is nothing to finish. */
  'round_empty',
  /** The question was retired from the board's bank: it takes no new answers or edits. */
  'question_retired',
  /** An interest vote is already open on the board. */
  'vote_open',
  /** The interest vote is closed: its dots can no longer be moved. */
  'vote_closed',
  /** More than five dots in all. */
  'too_many_dots',
  /** More than three dots on one category. */
  'too_many_dots_on_one',
  /** A workshop session is already live on the board: end it before starting another. */
  'workshop_live',
  /** No workshop session is live on the board now. */
  'workshop_not_live',
  /** The workshop moved on: the answer was for an activity that is no longer on. */
  'activity_not_current',
  /** The lead closed the activity: it takes no more answers. */
  'activity_closed',
  /** More than three word-cloud entries from one device. */
  'too_many_words',
  /** More than three upvotes from one device on the idea board. */
  'too_many_upvotes',
  /** Built-in workshop templates cannot be changed or deleted (copy one instead). */
  'template_built_in',
  /** The idea already became a suggestion. */
  'idea_already_suggestion',
  /** The announcement was retired: it takes no acknowledgements or changes. */
  'announcement_retired',
  /** The acknowledgement was for an older version of a changed announcement. */
  'announcement_changed',
  /** A scene appears twice in the wall's cycle. */
  'wall_cycle_repeat',
  /** No board meeting of that id is running (it ended, or another one runs). */
  'meeting_not_live',
  /** A follow-up is already running on the board: finish it first. */
  'follow_up_live',
  /** The follow-up has ended: it takes no more answers or changes. */
  'follow_up_not_live',
  /** The follow-up is not at the step this answer or change belongs to. */
  'follow_up_wrong_step',
  /** Someone else moved the follow-up on: the lead's screen showed an older step. */
  'follow_up_step_moved',
  /** More notes from one device than a follow-up takes. */
  'too_many_notes',
  /** More than three votes from one device in a follow-up. */
  'too_many_votes',
  /** More than three new actions at one follow-up. */
  'too_many_actions',
  'internal',
  // Domain rules a user can break, each with its own words in both languages (i18n.ts).
  // Goals:
  'goal_target_equals_baseline',
  'goal_target_against_direction',
  'goal_deadline_not_in_future',
  'goal_deadline_before_baseline',
  /** Activating, or editing an active goal, needs Measurable and Time-bound. */
  'goal_not_measurable_time_bound',
  /** At most `MAX_ACTIVE_GOALS` goals are active on a board. */
  'goal_limit_reached',
  'goal_archived',
  'goal_state_unchanged',
  /** A suggestion may only be linked to an active goal of its board. */
  'goal_not_linkable',
  'measurement_in_future',
  'measurement_before_baseline',
  // Suggestions and comments:
  'suggestion_status_unchanged',
  /** Declining a suggestion or hiding one (or a comment) needs a reason of `LIMITS.reasonMin`. */
  'reason_required',
  'duplicate_of_required',
  'duplicate_of_self',
  'duplicate_of_duplicate',
  /** "Me too" on one's own suggestion. */
  'own_suggestion_vote',
  // Accounts:
  'username_taken',
  'wrong_credentials',
  'setup_code_wrong',
  'setup_done',
  /** An admin may set a team lead's password, but not another admin's. */
  'admin_password_not_yours',
  // Board settings (issue 14):
  /** The board is archived: it is read-only until an admin restores it. */
  'board_archived',
  /** The board is anonymous: a suggestion may not carry a name. */
  'author_name_not_allowed',
  /** The board asks for a name on every suggestion. */
  'author_name_required',
  /** An admin disabled the account: signing in is refused until it is enabled again. */
  'account_disabled',
  /** An admin cannot disable their own account. */
  'disable_self',
  /** The last enabled admin cannot be disabled. */
  'last_admin',
  /** Boards are given to team leads; an admin manages every board already. */
  'not_a_lead',
  /** Only a New suggestion can be edited or withdrawn by its author: a lead already acted on it. */
  'suggestion_not_new',
  /** The author withdrew the suggestion: its id is not used again. */
  'suggestion_withdrawn',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiErrorBody {
  /**
   * `message` is for developers and logs (English); screens translate `code` (and `field`)
   * with `errorMessage()` from i18n. `field` is the path of the field at fault ("username",
   * "boardIds/0"), given whenever one field is to blame. `retryAfterSeconds` comes with
   * `rate_limited` and `busy`.
   */
  error: { code: ErrorCode; message: string; field?: string; retryAfterSeconds?: number };
}

/** Result of every client→server socket event, delivered through its acknowledgement. */
export type Result<T> = { ok: true; data: T } | { ok: false; error: ApiErrorBody['error'] };
