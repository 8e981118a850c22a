-- Device ids are stored only as hashes, like session ids: the `tavla_device` cookie carries
-- the secret, the database its SHA-256 (hex). A device id read from a backup is not a live
-- cookie. Existing phones keep working: their cookie hashes to the converted id.
-- `sha256_hex` is registered on the connection by migrate.ts (SQLite has no SHA-256).

-- devices.id is referenced without ON UPDATE CASCADE: check the keys once, at commit.
PRAGMA defer_foreign_keys = ON;

UPDATE devices SET id = sha256_hex(id);
UPDATE device_boards SET device_id = sha256_hex(device_id);
UPDATE suggestions SET device_id = sha256_hex(device_id) WHERE device_id IS NOT NULL;
UPDATE votes SET device_id = sha256_hex(device_id);
UPDATE comments SET device_id = sha256_hex(device_id) WHERE device_id IS NOT NULL;

-- Join tokens and display keys an admin replaced: only their SHA-256, so an old QR code or
-- wall URL can be told apart from a wrong one ("this code was replaced").
CREATE TABLE replaced_links (
  board_id     TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
  kind         TEXT NOT NULL CHECK (kind IN ('join', 'display')),
  token_hash   TEXT NOT NULL,
  replaced_at  TEXT NOT NULL,
  PRIMARY KEY (token_hash, kind)
) STRICT, WITHOUT ROWID;

-- Photos are served only while a visible suggestion shows them: look the name up fast.
CREATE INDEX suggestions_by_photo ON suggestions (photo_name) WHERE photo_name IS NOT NULL;
CREATE INDEX suggestions_by_thumb ON suggestions (thumb_name) WHERE thumb_name IS NOT NULL;

-- Suggestions hidden before this version forget their photo too (files are no longer served).
UPDATE suggestions SET photo_name = NULL, thumb_name = NULL WHERE hidden_at IS NOT NULL;
