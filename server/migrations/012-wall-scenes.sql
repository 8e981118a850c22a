-- The wall cycles through scenes (issue 12): a board keeps the cycle a lead set (JSON, null for
-- the default one) and its number of employees (for "27 of about 40"). What a lead puts on the
-- wall now may be any scene of the cycle, or 'cycle' to let it cycle again (it was 'board').
-- SQLite cannot change a CHECK constraint, so the table is rebuilt.
CREATE TABLE board_method_settings_new (
  board_id      TEXT PRIMARY KEY REFERENCES boards (id) ON DELETE CASCADE,
  matrix_split  TEXT NOT NULL DEFAULT 'fixed' CHECK (matrix_split IN ('fixed', 'median')),
  wall_view     TEXT NOT NULL DEFAULT 'cycle' CHECK (wall_view IN
                  ('cycle', 'board', 'goals', 'recent', 'announcements', 'analysis', 'matrix')),
  wall_until    TEXT,
  wall_cycle    TEXT CHECK (wall_cycle IS NULL OR json_valid(wall_cycle)),
  employees     INTEGER CHECK (employees IS NULL OR employees BETWEEN 1 AND 100000)
) STRICT;

INSERT INTO board_method_settings_new (board_id, matrix_split, wall_view, wall_until)
  SELECT board_id, matrix_split,
         CASE wall_view WHEN 'board' THEN 'cycle' ELSE wall_view END,
         CASE wall_view WHEN 'board' THEN NULL ELSE wall_until END
    FROM board_method_settings;

DROP TABLE board_method_settings;
ALTER TABLE board_method_settings_new RENAME TO board_method_settings;
