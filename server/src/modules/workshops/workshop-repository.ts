import type { Dimension, Language } from '@tavla/shared';
import type { Db } from '../../db/open-database.js';

export interface TemplateRow {
  id: string;
  board_id: string;
  name: string;
  language: Language;
  minutes: number;
  /** Activity[] as JSON. */
  activities: string;
  created_at: string;
  updated_at: string;
}

export interface SessionRow {
  id: string;
  board_id: string;
  template_id: string;
  title: string;
  /** Activity[] as JSON, copied from the template at the start. */
  activities: string;
  current_index: number;
  started_at: string;
  started_by: string | null;
  ended_at: string | null;
  answers_made: number;
  answers_sent: number;
}

export interface ActivityStateRow {
  session_id: string;
  activity_id: string;
  closed_at: string | null;
  revealed_at: string | null;
  vote_id: string | null;
}

export interface IdeaRow {
  id: string;
  board_id: string;
  session_id: string;
  activity_id: string;
  device_id: string | null;
  text: string;
  dimension: Dimension;
  created_at: string;
  suggestion_id: string | null;
}

export type IdeaWithVotes = IdeaRow & { upvotes: number };

/** An activity of a session, as most statements take it. */
interface Where {
  sessionId: string;
  activityId: string;
}
type DeviceWhere = Where & { deviceId: string };

/** SQL for workshop templates, sessions and the answers they keep. */
export function createWorkshopRepository(db: Db) {
  const q = {
    templates: db.prepare<[string], TemplateRow>(
      'SELECT * FROM workshop_templates WHERE board_id = ? ORDER BY created_at, rowid',
    ),
    template: db.prepare<[string], TemplateRow>('SELECT * FROM workshop_templates WHERE id = ?'),
    insertTemplate: db.prepare<[TemplateRow]>(
      `INSERT INTO workshop_templates (id, board_id, name, language, minutes, activities,
                                       created_at, updated_at)
       VALUES (@id, @board_id, @name, @language, @minutes, @activities, @created_at, @updated_at)`,
    ),
    updateTemplate: db.prepare<
      [Pick<TemplateRow, 'id' | 'name' | 'minutes' | 'activities' | 'updated_at'>]
    >(
      `UPDATE workshop_templates SET name = @name, minutes = @minutes, activities = @activities,
                                     updated_at = @updated_at
       WHERE id = @id`,
    ),
    deleteTemplate: db.prepare<[string]>('DELETE FROM workshop_templates WHERE id = ?'),

    insertSession: db.prepare<[SessionRow]>(
      `INSERT INTO workshop_sessions (id, board_id, template_id, title, activities, current_index,
                                      started_at, started_by, ended_at, answers_made, answers_sent)
       VALUES (@id, @board_id, @template_id, @title, @activities, @current_index, @started_at,
               @started_by, @ended_at, @answers_made, @answers_sent)`,
    ),
    session: db.prepare<[string], SessionRow>('SELECT * FROM workshop_sessions WHERE id = ?'),
    liveSession: db.prepare<[string], SessionRow>(
      'SELECT * FROM workshop_sessions WHERE board_id = ? AND ended_at IS NULL',
    ),
    liveSessions: db.prepare<[], SessionRow>(
      'SELECT * FROM workshop_sessions WHERE ended_at IS NULL',
    ),
    sessions: db.prepare<[string], SessionRow>(
      'SELECT * FROM workshop_sessions WHERE board_id = ? ORDER BY started_at DESC, rowid DESC',
    ),
    setIndex: db.prepare<[number, string, number]>(
      'UPDATE workshop_sessions SET current_index = ? WHERE id = ? AND current_index = ?',
    ),
    endSession: db.prepare<[string, string]>(
      'UPDATE workshop_sessions SET ended_at = ? WHERE id = ? AND ended_at IS NULL',
    ),
    answerMade: db.prepare<[string]>(
      'UPDATE workshop_sessions SET answers_made = answers_made + 1 WHERE id = ?',
    ),
    markSent: db.prepare<[string]>(
      'UPDATE workshop_sessions SET answers_sent = answers_made WHERE id = ?',
    ),

    activityState: db.prepare<[string, string], ActivityStateRow>(
      'SELECT * FROM workshop_activity_states WHERE session_id = ? AND activity_id = ?',
    ),
    upsertState: db.prepare<[ActivityStateRow]>(
      `INSERT INTO workshop_activity_states (session_id, activity_id, closed_at, revealed_at, vote_id)
       VALUES (@session_id, @activity_id, @closed_at, @revealed_at, @vote_id)
       ON CONFLICT (session_id, activity_id) DO UPDATE SET
         closed_at = excluded.closed_at, revealed_at = excluded.revealed_at,
         vote_id = excluded.vote_id`,
    ),

    answerId: db.prepare<
      [string],
      { client_id: string; session_id: string; activity_id: string; device_id: string }
    >('SELECT * FROM workshop_answer_ids WHERE client_id = ?'),
    insertAnswerId: db.prepare<[string, string, string, string, string]>(
      `INSERT INTO workshop_answer_ids (client_id, session_id, activity_id, device_id, answered_at)
       VALUES (?, ?, ?, ?, ?)`,
    ),

    deleteChoices: db.prepare<[DeviceWhere]>(
      `DELETE FROM workshop_choices
       WHERE session_id = @sessionId AND activity_id = @activityId AND device_id = @deviceId`,
    ),
    insertChoice: db.prepare<[DeviceWhere & { choice: number }]>(
      `INSERT INTO workshop_choices (session_id, activity_id, device_id, choice)
       VALUES (@sessionId, @activityId, @deviceId, @choice)`,
    ),
    choicesOf: db.prepare<[DeviceWhere], { choice: number }>(
      `SELECT choice FROM workshop_choices
       WHERE session_id = @sessionId AND activity_id = @activityId AND device_id = @deviceId
       ORDER BY choice`,
    ),
    choiceCounts: db.prepare<[Where], { choice: number; n: number }>(
      `SELECT choice, COUNT(*) AS n FROM workshop_choices
       WHERE session_id = @sessionId AND activity_id = @activityId GROUP BY choice`,
    ),
    choiceDevices: db.prepare<[Where], { n: number }>(
      `SELECT COUNT(DISTINCT device_id) AS n FROM workshop_choices
       WHERE session_id = @sessionId AND activity_id = @activityId`,
    ),

    insertWord: db.prepare<[DeviceWhere & { key: string; text: string; at: string }]>(
      `INSERT INTO workshop_words (session_id, activity_id, device_id, word_key, text, created_at)
       VALUES (@sessionId, @activityId, @deviceId, @key, @text, @at)`,
    ),
    wordsOf: db.prepare<[DeviceWhere], { text: string }>(
      `SELECT text FROM workshop_words
       WHERE session_id = @sessionId AND activity_id = @activityId AND device_id = @deviceId
       ORDER BY id`,
    ),
    // The first writer's text shows for a merged word; hidden keys are left out.
    cloud: db.prepare<[Where & { limit: number }], { key: string; text: string; count: number }>(
      `SELECT w.word_key AS key,
              (SELECT text FROM workshop_words f WHERE f.session_id = w.session_id
                 AND f.activity_id = w.activity_id AND f.word_key = w.word_key
               ORDER BY f.id LIMIT 1) AS text,
              COUNT(*) AS count
         FROM workshop_words w
        WHERE w.session_id = @sessionId AND w.activity_id = @activityId
          AND NOT EXISTS (SELECT 1 FROM workshop_hidden h WHERE h.session_id = w.session_id
                            AND h.activity_id = w.activity_id AND h.entry = w.word_key)
        GROUP BY w.word_key
        ORDER BY count DESC, MIN(w.id)
        LIMIT @limit`,
    ),
    visibleWordCount: db.prepare<[Where], { n: number }>(
      `SELECT COUNT(*) AS n FROM workshop_words w
        WHERE w.session_id = @sessionId AND w.activity_id = @activityId
          AND NOT EXISTS (SELECT 1 FROM workshop_hidden h WHERE h.session_id = w.session_id
                            AND h.activity_id = w.activity_id AND h.entry = w.word_key)`,
    ),
    wordKeyExists: db.prepare<[Where & { key: string }], { n: number }>(
      `SELECT COUNT(*) AS n FROM workshop_words
       WHERE session_id = @sessionId AND activity_id = @activityId AND word_key = @key`,
    ),
    wordDevices: db.prepare<[Where], { n: number }>(
      `SELECT COUNT(DISTINCT device_id) AS n FROM workshop_words
       WHERE session_id = @sessionId AND activity_id = @activityId`,
    ),

    insertIdea: db.prepare<[IdeaRow]>(
      `INSERT INTO workshop_ideas (id, board_id, session_id, activity_id, device_id, text,
                                   dimension, created_at, suggestion_id)
       VALUES (@id, @board_id, @session_id, @activity_id, @device_id, @text, @dimension,
               @created_at, @suggestion_id)`,
    ),
    idea: db.prepare<[string], IdeaRow>('SELECT * FROM workshop_ideas WHERE id = ?'),
    ideasOf: db.prepare<[DeviceWhere], { id: string }>(
      `SELECT id FROM workshop_ideas
       WHERE session_id = @sessionId AND activity_id = @activityId AND device_id = @deviceId
       ORDER BY created_at, rowid`,
    ),
    // Every idea of an activity with its upvotes; `hidden` says whether a lead hid it.
    ideasWithVotes: db.prepare<[Where], IdeaWithVotes & { hidden: number }>(
      `SELECT i.*, (SELECT COUNT(*) FROM workshop_upvotes u WHERE u.idea_id = i.id) AS upvotes,
              EXISTS (SELECT 1 FROM workshop_hidden h WHERE h.session_id = i.session_id
                        AND h.activity_id = i.activity_id AND h.entry = i.id) AS hidden
         FROM workshop_ideas i
        WHERE i.session_id = @sessionId AND i.activity_id = @activityId`,
    ),
    sessionIdeas: db.prepare<[string], IdeaWithVotes>(
      `SELECT i.*, (SELECT COUNT(*) FROM workshop_upvotes u WHERE u.idea_id = i.id) AS upvotes
         FROM workshop_ideas i WHERE i.session_id = ?`,
    ),
    setSuggestion: db.prepare<[string, string]>(
      'UPDATE workshop_ideas SET suggestion_id = ? WHERE id = ? AND suggestion_id IS NULL',
    ),
    ideaDevices: db.prepare<[Where], { n: number }>(
      `SELECT COUNT(*) AS n FROM (
         SELECT device_id FROM workshop_ideas
          WHERE session_id = @sessionId AND activity_id = @activityId AND device_id IS NOT NULL
         UNION
         SELECT device_id FROM workshop_upvotes
          WHERE session_id = @sessionId AND activity_id = @activityId)`,
    ),

    upvotesOf: db.prepare<[DeviceWhere], { idea_id: string }>(
      `SELECT idea_id FROM workshop_upvotes
       WHERE session_id = @sessionId AND activity_id = @activityId AND device_id = @deviceId
       ORDER BY idea_id`,
    ),
    insertUpvote: db.prepare<[DeviceWhere & { ideaId: string }]>(
      `INSERT OR IGNORE INTO workshop_upvotes (idea_id, device_id, session_id, activity_id)
       VALUES (@ideaId, @deviceId, @sessionId, @activityId)`,
    ),
    deleteUpvote: db.prepare<[string, string]>(
      'DELETE FROM workshop_upvotes WHERE idea_id = ? AND device_id = ?',
    ),

    hide: db.prepare<[Where & { entry: string; at: string }]>(
      `INSERT OR IGNORE INTO workshop_hidden (session_id, activity_id, entry, hidden_at)
       VALUES (@sessionId, @activityId, @entry, @at)`,
    ),

    sessionDevices: db.prepare<[{ s: string }], { n: number }>(
      `SELECT COUNT(*) AS n FROM (
         SELECT device_id FROM workshop_answer_ids WHERE session_id = @s
         UNION SELECT device_id FROM workshop_choices WHERE session_id = @s
         UNION SELECT device_id FROM workshop_words WHERE session_id = @s
         UNION SELECT device_id FROM workshop_ideas WHERE session_id = @s AND device_id IS NOT NULL
         UNION SELECT device_id FROM workshop_upvotes WHERE session_id = @s
         UNION SELECT device_id FROM interest_dots WHERE vote_id IN
           (SELECT vote_id FROM workshop_activity_states WHERE session_id = @s))`,
    ),
    sessionIdeaCount: db.prepare<[string], { ideas: number; suggestions: number }>(
      `SELECT COUNT(*) AS ideas, COUNT(suggestion_id) AS suggestions
         FROM workshop_ideas WHERE session_id = ?`,
    ),
  };

  const clear = (table: string) =>
    db.prepare<[Where]>(
      `DELETE FROM ${table} WHERE session_id = @sessionId AND activity_id = @activityId`,
    );
  const clears = [
    'workshop_answer_ids',
    'workshop_choices',
    'workshop_words',
    'workshop_upvotes',
    'workshop_ideas',
    'workshop_hidden',
  ].map(clear);

  return {
    templates: (boardId: string) => q.templates.all(boardId),
    template: (id: string) => q.template.get(id),
    insertTemplate: (row: TemplateRow) => q.insertTemplate.run(row),
    updateTemplate: (
      row: Pick<TemplateRow, 'id' | 'name' | 'minutes' | 'activities' | 'updated_at'>,
    ) => q.updateTemplate.run(row),
    deleteTemplate: (id: string) => q.deleteTemplate.run(id),

    insertSession: (row: SessionRow) => q.insertSession.run(row),
    session: (id: string) => q.session.get(id),
    liveSession: (boardId: string) => q.liveSession.get(boardId),
    /** Every live session of every board (the start sends tallies a crash left unsent). */
    liveSessions: () => q.liveSessions.all(),
    sessions: (boardId: string) => q.sessions.all(boardId),
    /** Moves from `from` to `to`; false when the session was no longer at `from`. */
    move: (sessionId: string, from: number, to: number) =>
      q.setIndex.run(to, sessionId, from).changes === 1,
    end: (sessionId: string, at: string) => q.endSession.run(at, sessionId).changes === 1,
    answerMade: (sessionId: string) => q.answerMade.run(sessionId),
    /** The live state going out now holds every answer stored so far. */
    markSent: (sessionId: string) => q.markSent.run(sessionId),

    activityState: (sessionId: string, activityId: string): ActivityStateRow =>
      q.activityState.get(sessionId, activityId) ?? {
        session_id: sessionId,
        activity_id: activityId,
        closed_at: null,
        revealed_at: null,
        vote_id: null,
      },
    setActivityState: (row: ActivityStateRow) => q.upsertState.run(row),

    answerId: (clientId: string) => q.answerId.get(clientId),
    insertAnswerId: (clientId: string, where: DeviceWhere, at: string) =>
      q.insertAnswerId.run(clientId, where.sessionId, where.activityId, where.deviceId, at),

    /** Replaces the device's choices (or scale value) for the activity. */
    replaceChoices(where: DeviceWhere, choices: readonly number[]): void {
      q.deleteChoices.run(where);
      for (const choice of choices) q.insertChoice.run({ ...where, choice });
    },
    choicesOf: (where: DeviceWhere) => q.choicesOf.all(where).map((row) => row.choice),
    choiceCounts: (where: Where) => q.choiceCounts.all(where),
    choiceDevices: (where: Where) => q.choiceDevices.get(where)?.n ?? 0,

    insertWord: (where: DeviceWhere, key: string, text: string, at: string) =>
      q.insertWord.run({ ...where, key, text, at }),
    wordsOf: (where: DeviceWhere) => q.wordsOf.all(where).map((row) => row.text),
    cloud: (where: Where, limit: number) => q.cloud.all({ ...where, limit }),
    visibleWordCount: (where: Where) => q.visibleWordCount.get(where)?.n ?? 0,
    hasWord: (where: Where, key: string) => (q.wordKeyExists.get({ ...where, key })?.n ?? 0) > 0,
    wordDevices: (where: Where) => q.wordDevices.get(where)?.n ?? 0,

    insertIdea: (row: IdeaRow) => q.insertIdea.run(row),
    idea: (id: string) => q.idea.get(id),
    ideasOf: (where: DeviceWhere) => q.ideasOf.all(where).map((row) => row.id),
    ideasWithVotes: (where: Where) => q.ideasWithVotes.all(where),
    sessionIdeas: (sessionId: string) => q.sessionIdeas.all(sessionId),
    setSuggestion: (ideaId: string, suggestionId: string) =>
      q.setSuggestion.run(suggestionId, ideaId).changes === 1,
    ideaDevices: (where: Where) => q.ideaDevices.get(where)?.n ?? 0,

    upvotesOf: (where: DeviceWhere) => q.upvotesOf.all(where).map((row) => row.idea_id),
    /** True when the upvote is new. */
    upvote: (where: DeviceWhere, ideaId: string) =>
      q.insertUpvote.run({ ...where, ideaId }).changes === 1,
    /** True when there was an upvote to take back. */
    unvote: (ideaId: string, deviceId: string) =>
      q.deleteUpvote.run(ideaId, deviceId).changes === 1,

    hide: (where: Where, entry: string, at: string) => q.hide.run({ ...where, entry, at }),

    /** Every answer of the activity (its client ids too, so retries of them count again). */
    clearActivity(where: Where): void {
      for (const statement of clears) statement.run(where);
    },

    /** Devices that answered anything in the session (their answers still stored). */
    sessionDevices: (sessionId: string) => q.sessionDevices.get({ s: sessionId })?.n ?? 0,
    sessionIdeaCount: (sessionId: string) =>
      q.sessionIdeaCount.get(sessionId) ?? { ideas: 0, suggestions: 0 },
  };
}

export type WorkshopRepository = ReturnType<typeof createWorkshopRepository>;
