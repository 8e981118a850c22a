-- The interest vote and the materiality matrix (the method's step 3), what the wall shows of
-- the method, and where a goal came from.

-- A lead opens a vote; each phone of the board places up to five dots on the fifteen
-- analysis categories until the lead closes it. One open vote per board at a time.
CREATE TABLE interest_votes (
  id           TEXT PRIMARY KEY,
  board_id     TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
  opened_at    TEXT NOT NULL,
  opened_by    TEXT REFERENCES users (id) ON DELETE SET NULL,
  closed_at    TEXT,
  closed_by    TEXT REFERENCES users (id) ON DELETE SET NULL,
  -- The voter count last broadcast. Dots are stored at once but the count goes out in
  -- batches; an open vote whose count differs was left unsent by a crash and is sent at start.
  voters_sent  INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE INDEX interest_votes_by_board ON interest_votes (board_id, opened_at);
CREATE UNIQUE INDEX interest_votes_one_open ON interest_votes (board_id) WHERE closed_at IS NULL;

-- A device's dots, once per (vote, device, category): a placement replaces the device's rows.
-- Devices are the hashed device-cookie identities; no names, ever.
CREATE TABLE interest_dots (
  vote_id      TEXT NOT NULL REFERENCES interest_votes (id) ON DELETE CASCADE,
  device_id    TEXT NOT NULL REFERENCES devices (id) ON DELETE CASCADE,
  category_id  TEXT NOT NULL,
  dots         INTEGER NOT NULL CHECK (dots BETWEEN 1 AND 3),
  placed_at    TEXT NOT NULL,
  PRIMARY KEY (vote_id, device_id, category_id)
) STRICT, WITHOUT ROWID;

-- The matrix as it was when a vote closed, kept with its vote and analysis round, so a later
-- report shows what the goals were chosen from. `points` is the MatrixPoint list as JSON.
CREATE TABLE materiality_matrices (
  vote_id      TEXT PRIMARY KEY REFERENCES interest_votes (id) ON DELETE CASCADE,
  board_id     TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
  round_id     TEXT REFERENCES analysis_rounds (id) ON DELETE SET NULL,
  split        TEXT NOT NULL CHECK (split IN ('fixed', 'median')),
  points       TEXT NOT NULL,
  created_at   TEXT NOT NULL
) STRICT;

CREATE INDEX materiality_matrices_by_board ON materiality_matrices (board_id, created_at);

-- Per-board method settings: the matrix's quadrant split, and what a lead put on the wall
-- (the analysis or the matrix) until when. No row: the defaults.
CREATE TABLE board_method_settings (
  board_id      TEXT PRIMARY KEY REFERENCES boards (id) ON DELETE CASCADE,
  matrix_split  TEXT NOT NULL DEFAULT 'fixed' CHECK (matrix_split IN ('fixed', 'median')),
  wall_view     TEXT NOT NULL DEFAULT 'board' CHECK (wall_view IN ('board', 'analysis', 'matrix')),
  wall_until    TEXT
) STRICT;

-- A goal drafted from a point of the matrix: which closed vote and which category.
ALTER TABLE goals ADD COLUMN origin_vote_id TEXT REFERENCES interest_votes (id);
ALTER TABLE goals ADD COLUMN origin_category_id TEXT;
