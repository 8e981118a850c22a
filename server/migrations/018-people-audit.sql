-- People (issue 14): an admin disables and re-enables accounts, and an audit log of what
-- leads and admins did.

-- When the account was disabled (NULL: enabled). A disabled account has no sessions and
-- cannot sign in; enabling it again lets it sign in, its old sessions stay ended.
ALTER TABLE users ADD COLUMN disabled_at TEXT;

-- Every successful write a signed-in lead or admin made (http/audit-log.ts writes it before
-- the answer leaves). Only the action's name (the route's operationId) and ids are kept,
-- never a body: no passwords, tokens or display keys. Newest first by id.
CREATE TABLE audit_log (
  id           INTEGER PRIMARY KEY,
  at           TEXT NOT NULL,
  user_id      TEXT NOT NULL,
  operation    TEXT NOT NULL,
  board_id     TEXT,
  -- What the action was on, from the route's last id parameter: `suggestion`, `user`, …
  target_kind  TEXT,
  target_id    TEXT
) STRICT;

-- One board's entries, newest first (the log filtered by board).
CREATE INDEX audit_log_by_board ON audit_log (board_id, id);
