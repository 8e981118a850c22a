-- SMART sustainability goals, their measurements, and the suggestions that push them forward.

CREATE TABLE goals (
  id                   TEXT PRIMARY KEY,
  board_id             TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
  title                TEXT NOT NULL,
  description          TEXT NOT NULL,
  dimension            TEXT NOT NULL CHECK (dimension IN ('ecological', 'economic', 'social')),
  focus_area           TEXT NOT NULL,
  metric               TEXT NOT NULL,
  unit                 TEXT NOT NULL,
  baseline_value       REAL,
  baseline_date        TEXT,
  target_value         REAL,
  direction            TEXT CHECK (direction IN ('decrease', 'increase')),
  deadline             TEXT,
  responsible          TEXT NOT NULL,
  achievable_confirmed INTEGER NOT NULL CHECK (achievable_confirmed IN (0, 1)),
  achievable_note      TEXT NOT NULL,
  state                TEXT NOT NULL CHECK (state IN ('draft', 'active', 'achieved', 'archived')),
  state_changed_at     TEXT NOT NULL,
  created_at           TEXT NOT NULL,
  updated_at           TEXT NOT NULL,
  seq                  INTEGER NOT NULL
) STRICT;

CREATE INDEX goals_by_board ON goals (board_id, state);

CREATE TABLE measurements (
  id           TEXT PRIMARY KEY,
  goal_id      TEXT NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
  value        REAL NOT NULL,
  measured_on  TEXT NOT NULL,
  note         TEXT,
  recorded_by  TEXT NOT NULL,
  created_at   TEXT NOT NULL
) STRICT;

CREATE INDEX measurements_by_goal ON measurements (goal_id, measured_on);

ALTER TABLE suggestions ADD COLUMN goal_id TEXT REFERENCES goals (id);
