-- A "me too" changes the tally at once, but the new tally is logged and broadcast in batches
-- (a workshop can send thousands of votes a second). This marks a suggestion whose tally has
-- not been broadcast yet, so a crash in between is repaired at the next start.

ALTER TABLE suggestions ADD COLUMN tally_pending INTEGER NOT NULL DEFAULT 0;

CREATE INDEX suggestions_tally_pending ON suggestions (board_id) WHERE tally_pending = 1;
