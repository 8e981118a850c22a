-- Team leads and admins, their sessions, and login throttling that survives a restart.

CREATE TABLE users (
  id            TEXT PRIMARY KEY,
  username      TEXT NOT NULL UNIQUE COLLATE NOCASE,
  display_name  TEXT NOT NULL,
  role          TEXT NOT NULL CHECK (role IN ('admin', 'lead')),
  password_hash TEXT NOT NULL,
  created_at    TEXT NOT NULL
) STRICT;

-- Which boards a lead may manage. Admins manage every board.
CREATE TABLE lead_boards (
  user_id       TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  board_id      TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
  PRIMARY KEY (user_id, board_id)
) STRICT, WITHOUT ROWID;

-- Server-side sessions. Only a SHA-256 of the cookie value is stored, so a copy of the
-- database does not hand out live sessions.
CREATE TABLE sessions (
  id_hash       TEXT PRIMARY KEY,
  user_id       TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at    TEXT NOT NULL,
  expires_at    TEXT NOT NULL
) STRICT;

CREATE INDEX sessions_by_user ON sessions (user_id);

-- Failed sign-ins per account ('user:<name>') and per client address ('ip:<address>').
CREATE TABLE login_failures (
  key           TEXT PRIMARY KEY,
  failures      INTEGER NOT NULL,
  first_at      TEXT NOT NULL,
  locked_until  TEXT
) STRICT;
