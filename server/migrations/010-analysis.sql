-- The current-state analysis (the method's step 2). Each board adapts its own copy of the
-- shipped question bank: an edit makes a new version of a question, answers keep the version
-- they answered, and a retired question stays (its old answers still point at it) but takes no
-- new answers. The copy is made from the shipped bank the first time the board's analysis is
-- used, so boards created later get it too.

CREATE TABLE analysis_questions (
  board_id         TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
  -- `<categoryId>.<slug>` for the shipped bank (the same on every board), random when added.
  id               TEXT NOT NULL,
  category_id      TEXT NOT NULL,
  type             TEXT NOT NULL CHECK (type IN ('yes_no', 'yes_partly_no', 'maturity')),
  position         INTEGER NOT NULL,
  current_version  INTEGER NOT NULL CHECK (current_version >= 1),
  retired_at       TEXT,
  created_at       TEXT NOT NULL,
  PRIMARY KEY (board_id, id)
) STRICT, WITHOUT ROWID;

CREATE INDEX analysis_questions_by_category ON analysis_questions (board_id, category_id, position);

CREATE TABLE analysis_question_versions (
  board_id     TEXT NOT NULL,
  question_id  TEXT NOT NULL,
  version      INTEGER NOT NULL CHECK (version >= 1),
  text_sv      TEXT NOT NULL,
  text_en      TEXT NOT NULL,
  help_sv      TEXT NOT NULL,
  help_en      TEXT NOT NULL,
  -- Null for the shipped bank's version 1; the admin who wrote it otherwise.
  created_by   TEXT REFERENCES users (id) ON DELETE SET NULL,
  created_at   TEXT NOT NULL,
  PRIMARY KEY (board_id, question_id, version),
  FOREIGN KEY (board_id, question_id) REFERENCES analysis_questions (board_id, id)
    ON DELETE CASCADE
) STRICT, WITHOUT ROWID;

-- A round: the board's leads fill in the three forms together; finishing freezes its scores.
CREATE TABLE analysis_rounds (
  id            TEXT PRIMARY KEY,
  board_id      TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
  -- 1, 2, 3 … per board: "the previous round" is the one before in this order.
  ordinal       INTEGER NOT NULL,
  name          TEXT NOT NULL,
  started_at    TEXT NOT NULL,
  started_by    TEXT REFERENCES users (id) ON DELETE SET NULL,
  finished_at   TEXT,
  finished_by   TEXT REFERENCES users (id) ON DELETE SET NULL,
  UNIQUE (board_id, ordinal)
) STRICT;

-- At most one open round per board, whatever races the requests run.
CREATE UNIQUE INDEX analysis_rounds_one_open ON analysis_rounds (board_id) WHERE finished_at IS NULL;

-- One answer per round and question, saved one by one (the latest wins, who and when kept).
CREATE TABLE analysis_answers (
  round_id          TEXT NOT NULL REFERENCES analysis_rounds (id) ON DELETE CASCADE,
  question_id       TEXT NOT NULL,
  question_version  INTEGER NOT NULL,
  -- Exactly one of them: the points (0–4), or "don't know" / "not relevant".
  points            INTEGER CHECK (points BETWEEN 0 AND 4),
  skip              TEXT CHECK (skip IN ('dont_know', 'not_relevant')),
  comment           TEXT,
  answered_by       TEXT REFERENCES users (id) ON DELETE SET NULL,
  answered_by_name  TEXT NOT NULL,
  answered_at       TEXT NOT NULL,
  PRIMARY KEY (round_id, question_id),
  CHECK ((points IS NULL) != (skip IS NULL))
) STRICT, WITHOUT ROWID;

-- A finished round's scores per category, frozen: later edits and retirements change nothing.
CREATE TABLE analysis_round_scores (
  round_id      TEXT NOT NULL REFERENCES analysis_rounds (id) ON DELETE CASCADE,
  category_id   TEXT NOT NULL,
  dimension     TEXT NOT NULL CHECK (dimension IN ('ecological', 'economic', 'social')),
  position      INTEGER NOT NULL,
  percent       INTEGER CHECK (percent BETWEEN 0 AND 100),
  scored        INTEGER NOT NULL,
  dont_know     INTEGER NOT NULL,
  not_relevant  INTEGER NOT NULL,
  unanswered    INTEGER NOT NULL,
  PRIMARY KEY (round_id, category_id)
) STRICT, WITHOUT ROWID;
