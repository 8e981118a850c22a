-- An employee may withdraw their own suggestion while it is still New. The suggestion is
-- deleted (with its votes, comments and photo): it never became part of the board's work, so
-- no screen, export, report or count shows it. What stays is this note that the id was
-- withdrawn, by which device (its hash, as everywhere) and when, so a retried withdrawal is
-- answered as done and a late retry of the original post does not bring it back.
CREATE TABLE withdrawn_suggestions (
  id            TEXT PRIMARY KEY,
  board_id      TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
  device_id     TEXT,
  posted_at     TEXT NOT NULL,
  withdrawn_at  TEXT NOT NULL
) STRICT, WITHOUT ROWID;

-- The author's own hidden suggestions (with the lead's reason) are read by device.
CREATE INDEX suggestions_hidden_by_device ON suggestions (board_id, device_id, hidden_at)
  WHERE hidden_at IS NOT NULL;
