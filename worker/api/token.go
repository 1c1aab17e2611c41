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
	return authorizeBearer(w, r, stored, "the teacher's token", "token", "the token does not open this exercise")
}

// bearerToken is the token of the request's "Authorization: Bearer"
// header, or "".
func bearerToken(r *http.Request) string {
	// Values, joined: the Workers bridge splits header values at commas.
	auth := strings.Join(r.Header.Values("Authorization"), ",")
	scheme, token, found := strings.Cut(strings.TrimSpace(auth), " ")
	if !found || !strings.EqualFold(scheme, "Bearer") {
		return ""
	}
	return strings.TrimSpace(token)
}

// authorizeBearer checks the request's bearer token against stored, the
// SHA-256 of the secret that opens the resource (what names the secret
// and the resource in messages). It answers 401 (no token, with
// WWW-Authenticate) or 403 (wrong token, the message wrong) itself and
// returns false.
func authorizeBearer(w http.ResponseWriter, r *http.Request, stored, what, tokenName, wrong string) bool {
	token := bearerToken(r)
	if token == "" {
		w.Header().Set("WWW-Authenticate", `Bearer realm="tippani"`)
		writeError(w, http.StatusUnauthorized, "token_required",
			"this needs "+what+": send Authorization: Bearer <"+tokenName+">")
		return false
	}
	if subtle.ConstantTimeCompare([]byte(tokenSHA256(token)), []byte(stored)) != 1 {
		writeError(w, http.StatusForbidden, "wrong_token", wrong)
		return false
	}
	return true
}
