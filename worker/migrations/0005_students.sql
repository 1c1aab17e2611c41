-- Students without accounts, and what a teacher chose about the key.
--
-- A student is made by their first hand-in (or by the teacher's roster)
-- and is told apart from others by secrets, never by the name alone: two
-- students may type the same name and are then "Kabir" and "Kabir (2)".
-- Only SHA-256 digests of a student's secrets and code are kept.

-- The exercise's own entity types (JSON array of custom types, as sent),
-- and whether each student sees the key in the answer to their hand-in.
ALTER TABLE exercises ADD COLUMN custom_types TEXT NOT NULL DEFAULT '[]';
ALTER TABLE exercises ADD COLUMN key_after_hand_in INTEGER NOT NULL DEFAULT 0
  CHECK (key_after_hand_in IN (0, 1));

-- name: the display form (NFC, trimmed, case kept); name_key: the folded
-- form names are compared by; ordinal: 1 for the first student with a
-- name_key in the exercise, 2 for the next ("Kabir (2)"), and so on.
-- code_sha256: SHA-256 of "<exercise id>:<code>", the short code a student
-- writes down to continue on another device. on_roster: the teacher listed
-- the name; claimed: a hand-in has taken it. merged_into: the teacher
-- merged this student into another, who now holds their work.
CREATE TABLE students (
  id          TEXT PRIMARY KEY CHECK (length(id) = 22),
  exercise_id TEXT NOT NULL REFERENCES exercises (id),
  name        TEXT NOT NULL,
  name_key    TEXT NOT NULL,
  ordinal     INTEGER NOT NULL CHECK (ordinal >= 1),
  code_sha256 TEXT UNIQUE CHECK (code_sha256 IS NULL OR length(code_sha256) = 64),
  on_roster   INTEGER NOT NULL DEFAULT 0 CHECK (on_roster IN (0, 1)),
  claimed     INTEGER NOT NULL DEFAULT 1 CHECK (claimed IN (0, 1)),
  merged_into TEXT REFERENCES students (id),
  created     TEXT NOT NULL,
  UNIQUE (exercise_id, name_key, ordinal)
);
CREATE INDEX students_by_exercise ON students (exercise_id, merged_into, name_key, ordinal);

-- A student's secrets: one per device (the first hand-in's, then one for
-- each device that continued with the code), each the SHA-256 of a
-- 128-bit random value.
CREATE TABLE student_secrets (
  secret_sha256 TEXT PRIMARY KEY CHECK (length(secret_sha256) = 64),
  student_id    TEXT NOT NULL REFERENCES students (id),
  created       TEXT NOT NULL
);

-- Hand-ins are immutable versions of a student's work. annotations is
-- cleared (NULL) for versions older than the last few kept in full; score
-- (JSON, package score's Result) stays, so the history is summarized, not
-- lost. Hand-ins from before this migration have no stored score: it is
-- computed when read.
CREATE TABLE hand_ins (
  student_id  TEXT NOT NULL REFERENCES students (id),
  version     INTEGER NOT NULL CHECK (version >= 1),
  annotations TEXT,
  score       TEXT,
  created     TEXT NOT NULL,
  PRIMARY KEY (student_id, version)
);

-- Earlier submissions become students (one per exercise and name, without
-- secrets: they cannot continue, but the teacher keeps their work) and
-- their versions become hand-ins.
CREATE TABLE migrated AS
  SELECT substr(lower(hex(randomblob(16))), 1, 22) AS id,
         exercise_id, name, MIN(created) AS created,
         ROW_NUMBER() OVER (PARTITION BY exercise_id, lower(trim(name)) ORDER BY MIN(created), name) AS ordinal
    FROM submissions GROUP BY exercise_id, name;
INSERT INTO students (id, exercise_id, name, name_key, ordinal, created)
  SELECT id, exercise_id, name, lower(trim(name)), ordinal, created FROM migrated;
INSERT INTO hand_ins (student_id, version, annotations, score, created)
  SELECT m.id, s.version, s.annotations, NULL, s.created
    FROM submissions s JOIN migrated m ON m.exercise_id = s.exercise_id AND m.name = s.name;
DROP TABLE migrated;
DROP TABLE submissions;
