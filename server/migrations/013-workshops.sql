-- The workshop (the method's step 1): templates a lead copies and edits, sessions run on the
-- wall with every phone of the board as a clicker, and the answers each session keeps.

-- A board's own templates (copies of a built-in one or of another copy). The built-in
-- templates live in the code (shared/src/workshop-template.ts), never in this table.
-- `activities` is the Activity list as JSON.
CREATE TABLE workshop_templates (
  id          TEXT PRIMARY KEY,
  board_id    TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
  name        TEXT NOT NULL,
  language    TEXT NOT NULL CHECK (language IN ('sv', 'en')),
  minutes     INTEGER NOT NULL CHECK (minutes >= 0),
  activities  TEXT NOT NULL CHECK (json_valid(activities)),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
) STRICT;

CREATE INDEX workshop_templates_by_board ON workshop_templates (board_id, created_at);

-- A session keeps a copy of the activities it was started with: editing or deleting the
-- template later changes nothing of it. One live (not ended) session per board.
CREATE TABLE workshop_sessions (
  id             TEXT PRIMARY KEY,
  board_id       TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
  template_id    TEXT NOT NULL,
  title          TEXT NOT NULL,
  activities     TEXT NOT NULL CHECK (json_valid(activities)),
  current_index  INTEGER NOT NULL DEFAULT 0 CHECK (current_index >= 0),
  started_at     TEXT NOT NULL,
  started_by     TEXT REFERENCES users (id) ON DELETE SET NULL,
  ended_at       TEXT,
  -- Answers are stored at once, their tallies broadcast in batches: `answers_made` counts
  -- stored answers, `answers_sent` is its value when the live state last went out. A live
  -- session where they differ was left unsent by a crash and is sent at the next start.
  answers_made   INTEGER NOT NULL DEFAULT 0,
  answers_sent   INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE INDEX workshop_sessions_by_board ON workshop_sessions (board_id, started_at);
CREATE UNIQUE INDEX workshop_sessions_one_live ON workshop_sessions (board_id)
  WHERE ended_at IS NULL;

-- What the lead did to an activity of a session (no row: open, not revealed), and the
-- interest vote an interest-vote activity opened.
CREATE TABLE workshop_activity_states (
  session_id   TEXT NOT NULL REFERENCES workshop_sessions (id) ON DELETE CASCADE,
  activity_id  TEXT NOT NULL,
  closed_at    TEXT,
  revealed_at  TEXT,
  vote_id      TEXT REFERENCES interest_votes (id) ON DELETE SET NULL,
  PRIMARY KEY (session_id, activity_id)
) STRICT, WITHOUT ROWID;

-- Every stored answer's client id: a retry with the same id is answered without storing it
-- again. Refused answers leave no row.
CREATE TABLE workshop_answer_ids (
  client_id    TEXT PRIMARY KEY,
  session_id   TEXT NOT NULL REFERENCES workshop_sessions (id) ON DELETE CASCADE,
  activity_id  TEXT NOT NULL,
  device_id    TEXT NOT NULL REFERENCES devices (id) ON DELETE CASCADE,
  answered_at  TEXT NOT NULL
) STRICT;

-- A device's choice in a poll or quiz (one row per chosen option) or its value on a scale
-- (`choice` 1–5): a new answer replaces the device's rows for the activity.
CREATE TABLE workshop_choices (
  session_id   TEXT NOT NULL REFERENCES workshop_sessions (id) ON DELETE CASCADE,
  activity_id  TEXT NOT NULL,
  device_id    TEXT NOT NULL REFERENCES devices (id) ON DELETE CASCADE,
  choice       INTEGER NOT NULL CHECK (choice >= 0),
  PRIMARY KEY (session_id, activity_id, device_id, choice)
) STRICT, WITHOUT ROWID;

-- Word-cloud entries, up to three per device and activity, merged on `word_key` (wordKey()).
CREATE TABLE workshop_words (
  id           INTEGER PRIMARY KEY,
  session_id   TEXT NOT NULL REFERENCES workshop_sessions (id) ON DELETE CASCADE,
  activity_id  TEXT NOT NULL,
  device_id    TEXT NOT NULL REFERENCES devices (id) ON DELETE CASCADE,
  word_key     TEXT NOT NULL,
  text         TEXT NOT NULL,
  created_at   TEXT NOT NULL
) STRICT;

CREATE INDEX workshop_words_by_activity ON workshop_words (session_id, activity_id, word_key);
CREATE INDEX workshop_words_by_device ON workshop_words (session_id, activity_id, device_id);

-- Ideas of an idea board. `suggestion_id` is the suggestion a lead made of it (once).
CREATE TABLE workshop_ideas (
  id             TEXT PRIMARY KEY,
  board_id       TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
  session_id     TEXT NOT NULL REFERENCES workshop_sessions (id) ON DELETE CASCADE,
  activity_id    TEXT NOT NULL,
  device_id      TEXT REFERENCES devices (id) ON DELETE SET NULL,
  text           TEXT NOT NULL,
  dimension      TEXT NOT NULL CHECK (dimension IN ('ecological', 'economic', 'social')),
  created_at     TEXT NOT NULL,
  suggestion_id  TEXT REFERENCES suggestions (id) ON DELETE SET NULL
) STRICT;

CREATE INDEX workshop_ideas_by_activity ON workshop_ideas (session_id, activity_id, created_at);

-- Up to three upvotes per device and idea-board activity.
CREATE TABLE workshop_upvotes (
  idea_id      TEXT NOT NULL REFERENCES workshop_ideas (id) ON DELETE CASCADE,
  device_id    TEXT NOT NULL REFERENCES devices (id) ON DELETE CASCADE,
  session_id   TEXT NOT NULL,
  activity_id  TEXT NOT NULL,
  PRIMARY KEY (idea_id, device_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX workshop_upvotes_by_device ON workshop_upvotes (session_id, activity_id, device_id);

-- Entries a lead hid from the screens: a word by its key, an idea by its id.
CREATE TABLE workshop_hidden (
  session_id   TEXT NOT NULL REFERENCES workshop_sessions (id) ON DELETE CASCADE,
  activity_id  TEXT NOT NULL,
  entry        TEXT NOT NULL,
  hidden_at    TEXT NOT NULL,
  PRIMARY KEY (session_id, activity_id, entry)
) STRICT, WITHOUT ROWID;
