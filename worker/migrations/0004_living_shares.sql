-- Living shares: one link per document, updated as new versions.
--
-- A share keeps its id and gains versions: each update (the owner's PUT of
-- the whole document, or a write through its annotation container) adds a
-- row to share_versions; shares.version names the latest. Every version
-- stays readable at its own address and never changes.
--
-- owner_hash: SHA-256 (lower-case hex) of the owner's secret, which is
-- handed out once when the share is made; NULL for shares made before
-- versions, which stay read-only.
ALTER TABLE shares ADD COLUMN owner_hash TEXT CHECK (owner_hash IS NULL OR length(owner_hash) = 64);
ALTER TABLE shares ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

-- One row per version. (share_id, version) is the key, so two updates made
-- from the same version cannot both be stored: the second fails and is
-- retried on the new latest version or refused (412).
-- annotations: the JSON array as served, sorted, offsets in code points.
-- custom_types: the JSON array of the custom types they may use.
-- annotation_ids: a JSON array of each annotation's id in the share's
-- annotation container, in the order of annotations ('[]' for versions
-- made before containers: their annotations are numbered a1, a2, ...).
-- annotation_via: a JSON object from container id to the id a client gave
-- the annotation when it posted it.
-- created: when this version was stored (UTC, RFC 3339 with milliseconds).
CREATE TABLE share_versions (
  share_id       TEXT NOT NULL REFERENCES shares (id),
  version        INTEGER NOT NULL CHECK (version >= 1),
  title          TEXT NOT NULL,
  text_hash      TEXT NOT NULL REFERENCES texts (hash),
  annotations    TEXT NOT NULL,
  custom_types   TEXT NOT NULL DEFAULT '[]',
  annotation_ids TEXT NOT NULL DEFAULT '[]',
  annotation_via TEXT NOT NULL DEFAULT '{}',
  created        TEXT NOT NULL,
  PRIMARY KEY (share_id, version)
);

INSERT INTO share_versions (share_id, version, title, text_hash, annotations, created)
  SELECT id, 1, title, text_hash, annotations, created FROM shares;
