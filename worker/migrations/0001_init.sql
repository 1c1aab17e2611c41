-- Tippani's D1 schema starts empty: this first migration only records the
-- schema's identity, so /api/health can prove migrations ran. Feature tables
-- arrive in later, numbered migrations; a migration is never edited once
-- shipped.
CREATE TABLE IF NOT EXISTS schema_info (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
INSERT OR IGNORE INTO schema_info (key, value) VALUES ('product', 'tippani');
