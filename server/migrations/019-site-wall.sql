-- The site wall: one read-only screen (canteen, entrance) that shows several boards'
-- summaries. One per site. Its key is kept in plain text, like the boards' display keys,
-- because the admin must be shown its URL again; replaced keys only as SHA-256.

CREATE TABLE site_wall (
  id            INTEGER PRIMARY KEY CHECK (id = 1),
  name          TEXT NOT NULL,
  language      TEXT NOT NULL CHECK (language IN ('sv', 'en')),
  layout        TEXT NOT NULL CHECK (layout IN ('side_by_side', 'in_turn')),
  turn_seconds  INTEGER NOT NULL,
  display_key   TEXT NOT NULL UNIQUE,
  updated_at    TEXT NOT NULL
) STRICT;

CREATE TABLE site_wall_boards (
  board_id  TEXT PRIMARY KEY REFERENCES boards (id) ON DELETE CASCADE,
  position  INTEGER NOT NULL
) STRICT;

CREATE TABLE site_wall_replaced_keys (
  key_hash     TEXT PRIMARY KEY,
  replaced_at  TEXT NOT NULL
) STRICT, WITHOUT ROWID;
