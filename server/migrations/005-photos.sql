-- A photo with a suggestion: stored re-encoded in DATA_DIR/photos under generated names.

ALTER TABLE suggestions ADD COLUMN photo_name TEXT;
ALTER TABLE suggestions ADD COLUMN thumb_name TEXT;
