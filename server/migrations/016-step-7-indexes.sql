-- Indexes the analytics, the participation figure, the meeting view and the report need on a
-- board of 100,000 suggestions (issue 13; analytics-indexes.test.ts checks the query plans).

-- Waiting suggestions (still new after 7 days): the bottleneck, in the meeting view and analytics.
CREATE INDEX suggestions_by_status ON suggestions (board_id, status, created_at);
-- Suggestions done, or first decided, in a period.
CREATE INDEX suggestions_by_change ON suggestions (board_id, status_changed_at);
-- A suggestion's first decision, read from the index alone.
CREATE INDEX suggestion_events_by_kind ON suggestion_events (suggestion_id, kind, created_at);
-- Contributions in a period ("me too" and comments carry no board of their own).
CREATE INDEX votes_by_created ON votes (created_at);
CREATE INDEX comments_by_created ON comments (created_at);
-- The board's devices (active in the last 30 days).
CREATE INDEX device_boards_by_board ON device_boards (board_id);

-- Who answered a workshop activity (the "answered" count, a reset, the session's devices).
-- Added to 013 after 013 had shipped, where a database that already ran 013 never got it: it
-- belongs here. IF NOT EXISTS keeps a database that ran the edited 013 as it is.
CREATE INDEX IF NOT EXISTS workshop_answer_ids_by_activity
  ON workshop_answer_ids (session_id, activity_id, device_id);
