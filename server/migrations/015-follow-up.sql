-- Step 7 of the method (issue 13): the weekly board meeting ("since last time"), follow-ups
-- with their notes, votes, pulse and actions, and the board's meeting schedule and
-- participation target.

-- A board meeting a lead started from the phone. Its window "since last time" starts at the
-- previous meeting's start (or FIRST_MEETING_LOOKBACK_DAYS before the first one).
CREATE TABLE board_meetings (
  id          TEXT PRIMARY KEY,
  board_id    TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
  since       TEXT NOT NULL,
  started_at  TEXT NOT NULL,
  started_by  TEXT REFERENCES users (id) ON DELETE SET NULL,
  ended_at    TEXT
) STRICT;

CREATE INDEX board_meetings_by_board ON board_meetings (board_id, started_at);
CREATE UNIQUE INDEX board_meetings_one_live ON board_meetings (board_id) WHERE ended_at IS NULL;

-- A follow-up the lead runs through its steps (which steps depends on its kind).
CREATE TABLE follow_ups (
  id          TEXT PRIMARY KEY,
  board_id    TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
  kind        TEXT NOT NULL CHECK (kind IN ('monthly', 'quarterly', 'yearly')),
  step        TEXT NOT NULL CHECK (step IN
                ('actions', 'goals', 'write', 'vote', 'new_actions', 'learning', 'pulse')),
  started_at  TEXT NOT NULL,
  started_by  TEXT REFERENCES users (id) ON DELETE SET NULL,
  ended_at    TEXT,
  -- "What did we learn", one line.
  learning    TEXT,
  -- The date (YYYY-MM-DD) of the next follow-up, set when this one ends.
  next_date   TEXT,
  -- A yearly follow-up compares the latest finished analysis round with the one before.
  round_id    TEXT REFERENCES analysis_rounds (id) ON DELETE SET NULL,
  -- Tallies (notes, voters, pulse) are stored at once but broadcast in batches; a follow-up
  -- whose `answers` differs from `answers_sent` was left unsent by a crash and is sent at start.
  answers       INTEGER NOT NULL DEFAULT 0,
  answers_sent  INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE INDEX follow_ups_by_board ON follow_ups (board_id, started_at);
CREATE UNIQUE INDEX follow_ups_one_live ON follow_ups (board_id) WHERE ended_at IS NULL;

-- Each active goal as it stood when the follow-up started, and the lead's "did we get there?".
CREATE TABLE follow_up_goals (
  follow_up_id  TEXT NOT NULL REFERENCES follow_ups (id) ON DELETE CASCADE,
  goal_id       TEXT NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
  -- Progress toward the target (0–100, computeProgress) at the start; null without numbers.
  percent       INTEGER,
  status        TEXT CHECK (status IS NULL OR status IN ('on_track', 'at_risk', 'off_track')),
  outcome       TEXT CHECK (outcome IS NULL OR outcome IN ('yes', 'partly', 'no')),
  PRIMARY KEY (follow_up_id, goal_id)
) STRICT, WITHOUT ROWID;

-- "What went well" / "what can be done better", written from the phones. The id is the
-- phone's client id, so a retried post is stored once.
CREATE TABLE follow_up_notes (
  id            TEXT PRIMARY KEY,
  follow_up_id  TEXT NOT NULL REFERENCES follow_ups (id) ON DELETE CASCADE,
  kind          TEXT NOT NULL CHECK (kind IN ('went_well', 'do_better')),
  text          TEXT NOT NULL,
  device_id     TEXT REFERENCES devices (id) ON DELETE SET NULL,
  user_id       TEXT REFERENCES users (id) ON DELETE SET NULL,
  created_at    TEXT NOT NULL,
  hidden_at     TEXT,
  hidden_by     TEXT REFERENCES users (id) ON DELETE SET NULL
) STRICT;

CREATE INDEX follow_up_notes_by_follow_up ON follow_up_notes (follow_up_id, created_at);
CREATE INDEX follow_up_notes_by_device ON follow_up_notes (follow_up_id, device_id);

-- A device's votes (at most FOLLOW_UP_LIMITS.votesPerDevice notes per follow-up).
CREATE TABLE follow_up_votes (
  note_id       TEXT NOT NULL REFERENCES follow_up_notes (id) ON DELETE CASCADE,
  device_id     TEXT NOT NULL REFERENCES devices (id) ON DELETE CASCADE,
  follow_up_id  TEXT NOT NULL REFERENCES follow_ups (id) ON DELETE CASCADE,
  created_at    TEXT NOT NULL,
  PRIMARY KEY (note_id, device_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX follow_up_votes_by_device ON follow_up_votes (follow_up_id, device_id);

-- The workshop's two pulse questions (1–5), answered once per device and follow-up.
CREATE TABLE follow_up_pulse (
  follow_up_id  TEXT NOT NULL REFERENCES follow_ups (id) ON DELETE CASCADE,
  device_id     TEXT NOT NULL REFERENCES devices (id) ON DELETE CASCADE,
  question      TEXT NOT NULL CHECK (question IN ('involved', 'contribute')),
  value         INTEGER NOT NULL CHECK (value BETWEEN 1 AND 5),
  answered_at   TEXT NOT NULL,
  PRIMARY KEY (follow_up_id, device_id, question)
) STRICT, WITHOUT ROWID;

-- An action decided at a follow-up: who (free text) does what by when. Open and ongoing
-- actions are carried over to the next follow-up and shown on the wall with their due colour.
CREATE TABLE actions (
  id            TEXT PRIMARY KEY,
  board_id      TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
  follow_up_id  TEXT REFERENCES follow_ups (id) ON DELETE SET NULL,
  text          TEXT NOT NULL,
  owner         TEXT NOT NULL,
  due_date      TEXT NOT NULL,
  state         TEXT NOT NULL DEFAULT 'open'
                CHECK (state IN ('open', 'ongoing', 'done', 'dropped')),
  created_at    TEXT NOT NULL,
  created_by    TEXT REFERENCES users (id) ON DELETE SET NULL,
  closed_at     TEXT
) STRICT;

CREATE INDEX actions_by_board ON actions (board_id, state, due_date);

-- How a follow-up judged each action carried over to it.
CREATE TABLE follow_up_action_reviews (
  follow_up_id  TEXT NOT NULL REFERENCES follow_ups (id) ON DELETE CASCADE,
  action_id     TEXT NOT NULL REFERENCES actions (id) ON DELETE CASCADE,
  outcome       TEXT CHECK (outcome IS NULL OR outcome IN ('done', 'ongoing', 'dropped')),
  PRIMARY KEY (follow_up_id, action_id)
) STRICT, WITHOUT ROWID;

-- The board's settings gain the weekly meeting's slot (the wall shows the meeting view then),
-- the participation target, and the wall's follow-up scene. SQLite cannot change a CHECK
-- constraint, so the table is rebuilt.
CREATE TABLE board_method_settings_new (
  board_id       TEXT PRIMARY KEY REFERENCES boards (id) ON DELETE CASCADE,
  matrix_split   TEXT NOT NULL DEFAULT 'fixed' CHECK (matrix_split IN ('fixed', 'median')),
  wall_view      TEXT NOT NULL DEFAULT 'cycle' CHECK (wall_view IN
                   ('cycle', 'board', 'goals', 'recent', 'announcements', 'analysis', 'matrix',
                    'follow_up')),
  wall_until     TEXT,
  wall_cycle     TEXT CHECK (wall_cycle IS NULL OR json_valid(wall_cycle)),
  employees      INTEGER CHECK (employees IS NULL OR employees BETWEEN 1 AND 100000),
  -- ISO weekday (1 = Monday), local time 'HH:MM' and length of the weekly board meeting.
  meeting_weekday  INTEGER CHECK (meeting_weekday IS NULL OR meeting_weekday BETWEEN 1 AND 7),
  meeting_time     TEXT CHECK (meeting_time IS NULL OR meeting_time GLOB '[0-2][0-9]:[0-5][0-9]'),
  meeting_minutes  INTEGER CHECK (meeting_minutes IS NULL OR meeting_minutes BETWEEN 5 AND 120),
  -- Share (percent) of employees that should contribute each quarter; null: no target.
  participation_target INTEGER
    CHECK (participation_target IS NULL OR participation_target BETWEEN 1 AND 100)
) STRICT;

INSERT INTO board_method_settings_new
    (board_id, matrix_split, wall_view, wall_until, wall_cycle, employees)
  SELECT board_id, matrix_split, wall_view, wall_until, wall_cycle, employees
    FROM board_method_settings;

DROP TABLE board_method_settings;
ALTER TABLE board_method_settings_new RENAME TO board_method_settings;

-- The meeting view reads "new measurements since" by when they were recorded.
CREATE INDEX measurements_by_created ON measurements (goal_id, created_at);
