-- Wall screens report a heartbeat, so an admin can see when each was last alive.

CREATE TABLE displays (
  id            TEXT NOT NULL,
  board_id      TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
  build         TEXT NOT NULL,
  heap_bytes    INTEGER,
  user_agent    TEXT NOT NULL,
  first_seen_at TEXT NOT NULL,
  last_seen_at  TEXT NOT NULL,
  PRIMARY KEY (board_id, id)
) STRICT, WITHOUT ROWID;
