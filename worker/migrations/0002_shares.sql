-- Shares: immutable snapshots of an annotated article.
--
-- Article texts are stored once, keyed by the SHA-256 (lower-case hex) of
-- their UTF-8 bytes, however many shares and exercises use them. A share
-- row is written in the same D1 batch (one transaction) as its text.
CREATE TABLE texts (
  hash TEXT PRIMARY KEY CHECK (length(hash) = 64),
  body TEXT NOT NULL
);

-- id: 16 random bytes in base64url (22 characters), never sequential.
-- annotations: the JSON array as served, offsets in code points.
-- created: UTC, RFC 3339 with milliseconds.
CREATE TABLE shares (
  id          TEXT PRIMARY KEY CHECK (length(id) = 22),
  title       TEXT NOT NULL,
  text_hash   TEXT NOT NULL REFERENCES texts (hash),
  annotations TEXT NOT NULL,
  created     TEXT NOT NULL
);
