-- Step 5 of the method, implementation (issue 12): announcements that phones acknowledge, and
-- photos a lead uploads for the board itself (an announcement's, a workshop slide's).

-- A photo of the board, not of a suggestion: stored re-encoded in DATA_DIR/photos as
-- `<id>.webp` and `<id>-thumb.webp`, so its id is enough to show it.
CREATE TABLE board_photos (
  id           TEXT PRIMARY KEY,
  board_id     TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
  uploaded_at  TEXT NOT NULL,
  uploaded_by  TEXT REFERENCES users (id) ON DELETE SET NULL
) STRICT;

CREATE INDEX board_photos_by_board ON board_photos (board_id);

-- An announcement. A change of its title or text makes a new `version`: acknowledgements of
-- older versions no longer count and every phone is asked again.
CREATE TABLE announcements (
  id            TEXT PRIMARY KEY,
  board_id      TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
  kind          TEXT NOT NULL CHECK (kind IN ('goal', 'routine', 'information')),
  title         TEXT NOT NULL,
  text          TEXT NOT NULL,
  photo_id      TEXT REFERENCES board_photos (id) ON DELETE SET NULL,
  goal_id       TEXT REFERENCES goals (id) ON DELETE SET NULL,
  requires_ack  INTEGER NOT NULL CHECK (requires_ack IN (0, 1)),
  pinned_days   INTEGER NOT NULL CHECK (pinned_days BETWEEN 1 AND 14),
  published_at  TEXT NOT NULL,
  published_by  TEXT REFERENCES users (id) ON DELETE SET NULL,
  changed_at    TEXT NOT NULL,
  version       INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  pinned_until  TEXT NOT NULL,
  retired_at    TEXT,
  retired_by    TEXT REFERENCES users (id) ON DELETE SET NULL,
  -- The acknowledgement count of the current version last broadcast. Acknowledgements are
  -- stored at once but the count goes out in batches; one whose count differs was left unsent
  -- by a crash and is sent at start.
  acks_sent     INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE INDEX announcements_by_board ON announcements (board_id, published_at);

-- A device's acknowledgement of one version, stored once. Devices are the hashed device-cookie
-- identities: counts are of devices, never of people.
CREATE TABLE announcement_acks (
  announcement_id  TEXT NOT NULL REFERENCES announcements (id) ON DELETE CASCADE,
  version          INTEGER NOT NULL,
  device_id        TEXT NOT NULL REFERENCES devices (id) ON DELETE CASCADE,
  acknowledged_at  TEXT NOT NULL,
  PRIMARY KEY (announcement_id, version, device_id)
) STRICT, WITHOUT ROWID;

-- "Gone through at the board meeting with N present", for people without phones.
CREATE TABLE announcement_meetings (
  announcement_id  TEXT NOT NULL REFERENCES announcements (id) ON DELETE CASCADE,
  at               TEXT NOT NULL,
  present          INTEGER NOT NULL CHECK (present BETWEEN 1 AND 1000),
  recorded_by      TEXT REFERENCES users (id) ON DELETE SET NULL
) STRICT;

CREATE INDEX announcement_meetings_by_announcement ON announcement_meetings (announcement_id, at);
