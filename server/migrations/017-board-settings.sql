-- Board settings (issue 14): who is named on a phone's suggestion, how long Done suggestions
-- stay on the wall, and archiving. Added to `boards` itself, because every write already
-- resolves the board's row: the archive check and the naming rule cost no extra read.
-- The defaults are what every board did before: the name optional, Done on the wall for 30
-- days (DONE_ON_WALL_DAYS), not archived.
ALTER TABLE boards ADD COLUMN naming TEXT NOT NULL DEFAULT 'optional'
  CHECK (naming IN ('anonymous', 'optional', 'required'));
ALTER TABLE boards ADD COLUMN done_days INTEGER NOT NULL DEFAULT 30
  CHECK (done_days BETWEEN 1 AND 365);
-- When an admin archived the board (read-only until restored); NULL while it is in use.
ALTER TABLE boards ADD COLUMN archived_at TEXT;
