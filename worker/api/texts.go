package api

import (
	"crypto/sha256"
	"encoding/hex"
	"time"
)

// Article texts are stored once however many shares and exercises use
// them: the texts table is keyed by the SHA-256 of the text's UTF-8 bytes.

// textHash is the key of text in the texts table (lower-case hex SHA-256).
func textHash(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}

// putText is the statement that stores text under its hash unless it is
// already there. It belongs in the same batch as the row that refers to it.
func putText(hash, text string) Stmt {
	return Stmt{
		SQL:  "INSERT INTO texts (hash, body) VALUES (?, ?) ON CONFLICT (hash) DO NOTHING",
		Args: []any{hash, text},
	}
}

// timestamp is the creation time the API stores and returns: UTC, RFC 3339
// with milliseconds, as JavaScript's Date prints it.
func timestamp(t time.Time) string {
	return t.UTC().Format("2006-01-02T15:04:05.000Z07:00")
}
