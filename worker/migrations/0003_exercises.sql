-- Classroom exercises and students' submissions.
--
-- The exercise text lives in texts (0002), shared with shares. Only a
-- SHA-256 of the teacher's token is kept, so a copy of the database does
-- not let anyone read students' work.
CREATE TABLE exercises (
  id           TEXT PRIMARY KEY CHECK (length(id) = 22),
  token_sha256 TEXT NOT NULL CHECK (length(token_sha256) = 64),
  title        TEXT NOT NULL,
  instructions TEXT NOT NULL,
  text_hash    TEXT NOT NULL REFERENCES texts (hash),
  types        TEXT NOT NULL,             -- JSON array of type codes
  answer_key   TEXT NOT NULL,             -- JSON array of annotations
  hints        INTEGER NOT NULL CHECK (hints IN (0, 1)),
  reveal_key   INTEGER NOT NULL CHECK (reveal_key IN (0, 1)),
  closed       INTEGER NOT NULL DEFAULT 0 CHECK (closed IN (0, 1)),
  created      TEXT NOT NULL
);

-- Submissions are immutable: handing in again adds the next version for
-- the same name. The primary key also serves the teacher's listing.
CREATE TABLE submissions (
  exercise_id TEXT NOT NULL REFERENCES exercises (id),
  name        TEXT NOT NULL,
  version     INTEGER NOT NULL CHECK (version >= 1),
  annotations TEXT NOT NULL,              -- JSON array of annotations
  created     TEXT NOT NULL,
  PRIMARY KEY (exercise_id, name, version)
);
