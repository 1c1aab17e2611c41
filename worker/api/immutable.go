package api

import (
	"crypto/sha256"
	"encoding/base64"
	"net/http"
	"strings"
)

// immutableCacheControl lets browsers and shared caches keep a response for
// a year without asking again; it suits resources that never change.
const immutableCacheControl = "public, max-age=31536000, immutable"

// immutableResponse wraps a JSON body that will never change with the
// headers that say so: a strong ETag computed from the bytes, and a year
// of caching.
func immutableResponse(body []byte) *CachedResponse {
	sum := sha256.Sum256(body)
	h := http.Header{}
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("ETag", `"`+base64.RawURLEncoding.EncodeToString(sum[:16])+`"`)
	h.Set("Cache-Control", immutableCacheControl)
	// The headers ServeHTTP sets on every response go into the cached copy
	// too, so whatever serves it from the cache serves them.
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	return &CachedResponse{Header: h, Body: body}
}

// serveImmutable writes res, or 304 Not Modified when the client already
// holds it (If-None-Match names its ETag).
func serveImmutable(w http.ResponseWriter, r *http.Request, res *CachedResponse) {
	h := w.Header()
	etag := res.Header.Get("ETag")
	h.Set("ETag", etag)
	h.Set("Cache-Control", immutableCacheControl)
	// Values, not Get: the Workers bridge splits a header at its commas.
	if etagMatches(strings.Join(r.Header.Values("If-None-Match"), ","), etag) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	writeBody(w, http.StatusOK, res.Body)
}

// etagMatches reports whether an If-None-Match header value names etag,
// comparing weakly as RFC 9110 asks for If-None-Match.
func etagMatches(header, etag string) bool {
	if header == "" || etag == "" {
		return false
	}
	if strings.TrimSpace(header) == "*" {
		return true
	}
	want := strings.TrimPrefix(etag, "W/")
	for _, tag := range strings.Split(header, ",") {
		if strings.TrimPrefix(strings.TrimSpace(tag), "W/") == want {
			return true
		}
	}
	return false
}
