-- The status workflow: who moved a suggestion where and why, and moderation (hiding).

ALTER TABLE suggestions ADD COLUMN status_note TEXT;
ALTER TABLE suggestions ADD COLUMN duplicate_of TEXT REFERENCES suggestions (id);
ALTER TABLE suggestions ADD COLUMN status_changed_at TEXT;
ALTER TABLE suggestions ADD COLUMN hidden_at TEXT;
ALTER TABLE suggestions ADD COLUMN hidden_reason TEXT;
ALTER TABLE suggestions ADD COLUMN hidden_by TEXT REFERENCES users (id);

UPDATE suggestions SET status_changed_at = created_at;

-- The timeline of each suggestion: status changes (from, to, note) and moderation, with the
-- lead who did it. Append-only.
CREATE TABLE suggestion_events (
  id             INTEGER PRIMARY KEY,
  suggestion_id  TEXT NOT NULL REFERENCES suggestions (id) ON DELETE CASCADE,
  kind           TEXT NOT NULL CHECK (kind IN ('status', 'hidden', 'comment_hidden')),
  from_status    TEXT,
  to_status      TEXT,
  note           TEXT,
  actor_id       TEXT REFERENCES users (id) ON DELETE SET NULL,
  actor_name     TEXT NOT NULL,
  created_at     TEXT NOT NULL
) STRICT;

CREATE INDEX suggestion_events_by_suggestion ON suggestion_events (suggestion_id, id);
