package api

import (
	"crypto/rand"
	"encoding/base64"
)

// idBytes is the randomness in every public id and secret: 128 bits, so
// ids cannot be guessed or enumerated.
const idBytes = 16

// idLen is the length of an id in unpadded base64url.
var idLen = base64.RawURLEncoding.EncodedLen(idBytes)

// newID returns a fresh id: 16 bytes from crypto/rand in unpadded
// base64url (22 characters, safe in URLs and file names).
func newID() string {
	b := make([]byte, idBytes)
	rand.Read(b) // never fails (crypto/rand panics rather than return short)
	return base64.RawURLEncoding.EncodeToString(b)
}

// validID reports whether s could be an id made by newID. Checking the
// shape first keeps garbage away from the database.
func validID(s string) bool {
	if len(s) != idLen {
		return false
	}
	b, err := base64.RawURLEncoding.Strict().DecodeString(s)
	return err == nil && len(b) == idBytes
}
