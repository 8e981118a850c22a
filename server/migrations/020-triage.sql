-- The lead's triage list (issue 14): filters on a board of 10,000 suggestions read an index
-- (triage.test.ts checks the query plans), and a hide can be undone.

-- Filtering by dimension, newest first (status filters use suggestions_by_status, no filter
-- suggestions_by_board, "longest waiting" suggestions_by_change).
CREATE INDEX suggestions_by_dimension ON suggestions (board_id, dimension, created_at);
-- The hidden ones, newest first: few, so a partial index.
CREATE INDEX suggestions_hidden ON suggestions (board_id, created_at) WHERE hidden_at IS NOT NULL;

-- A lead showed a hidden suggestion again: who, when, and the hide it undid. Kept apart from
-- suggestion_events, whose kinds are fixed by a CHECK that only a table rebuild could widen.
CREATE TABLE suggestion_unhides (
  id             INTEGER PRIMARY KEY,
  suggestion_id  TEXT NOT NULL REFERENCES suggestions (id) ON DELETE CASCADE,
  -- What the hide was, so the timeline keeps it after the suggestion is visible again.
  hidden_at      TEXT NOT NULL,
  hidden_reason  TEXT,
  actor_id       TEXT REFERENCES users (id) ON DELETE SET NULL,
  actor_name     TEXT NOT NULL,
  created_at     TEXT NOT NULL
) STRICT;

CREATE INDEX suggestion_unhides_by_suggestion ON suggestion_unhides (suggestion_id, id);
