package api

import (
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"net/http"
	"strings"
)

// A teacher's token is a 128-bit random secret handed out once, when the
// exercise is made, inside the fragment of the teacher's link (after "#",
// which browsers never send to servers or in Referer). Only its SHA-256 is
// stored. Requests present it as "Authorization: Bearer <token>", never in
// a query string, and nothing here logs request headers.

// tokenSHA256 is the stored form of a teacher's token.
func tokenSHA256(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}

// authorizeTeacher checks the request's bearer token against the stored
// hash. It answers 401 (no token) or 403 (wrong token) itself and returns
// false; the answers carry no data about the exercise.
func authorizeTeacher(w http.ResponseWriter, r *http.Request, stored string) bool {
	// Values, joined: the Workers bridge splits header values at commas.
	auth := strings.Join(r.Header.Values("Authorization"), ",")
	scheme, token, found := strings.Cut(strings.TrimSpace(auth), " ")
	if !found || !strings.EqualFold(scheme, "Bearer") || strings.TrimSpace(token) == "" {
		w.Header().Set("WWW-Authenticate", `Bearer realm="tippani"`)
		writeError(w, http.StatusUnauthorized, "token_required",
			"this needs the teacher's token: send Authorization: Bearer <token>")
		return false
	}
	got := tokenSHA256(strings.TrimSpace(token))
	if subtle.ConstantTimeCompare([]byte(got), []byte(stored)) != 1 {
		writeError(w, http.StatusForbidden, "wrong_token", "the token does not open this exercise")
		return false
	}
	return true
}
