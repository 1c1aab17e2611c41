package api

import (
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"os"
	"slices"
	"strings"
)

// maxBody caps every request body before it is parsed. The largest valid
// body (a 200 KB text, 5,000 annotations with short notes) fits well
// inside; anything larger is refused without being read in full.
const maxBody = 1 << 20

// readJSON checks that r carries a JSON body no larger than maxBody and
// returns it. On failure it has already answered (415 or 413 or 400) and
// returns ok=false.
func readJSON(w http.ResponseWriter, r *http.Request) (body []byte, ok bool) {
	return readJSONOf(w, r, "application/json")
}

// readJSONOf is readJSON for a body of one of the media types given (the
// first is named in the refusal), such as JSON-LD.
func readJSONOf(w http.ResponseWriter, r *http.Request, mediaTypes ...string) (body []byte, ok bool) {
	ct := r.Header.Get("Content-Type")
	mt, params, err := mime.ParseMediaType(ct)
	if err != nil || !slices.Contains(mediaTypes, mt) {
		writeError(w, http.StatusUnsupportedMediaType, "unsupported_media_type",
			fmt.Sprintf("Content-Type must be %s, not %q", strings.Join(mediaTypes, " or "), ct))
		return nil, false
	}
	if cs, has := params["charset"]; has && !strings.EqualFold(cs, "utf-8") {
		writeError(w, http.StatusUnsupportedMediaType, "unsupported_media_type",
			fmt.Sprintf("the body must be UTF-8, not %q", cs))
		return nil, false
	}
	if r.ContentLength > maxBody {
		writeError(w, http.StatusRequestEntityTooLarge, "body_too_large",
			fmt.Sprintf("the request body is over the %d-byte limit", maxBody))
		return nil, false
	}
	body, err = io.ReadAll(http.MaxBytesReader(w, r.Body, maxBody))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			drain(r)
			writeError(w, http.StatusRequestEntityTooLarge, "body_too_large",
				fmt.Sprintf("the request body is over the %d-byte limit", maxBody))
		} else {
			writeError(w, http.StatusBadRequest, "bad_body", "the request body could not be read")
		}
		return nil, false
	}
	return body, true
}

// drainLimit bounds how much of an oversized body is read and thrown away.
const drainLimit = 16 << 20

// drain reads and discards what is left of a refused body (up to
// drainLimit). Answering while a body is still streaming in leaves the
// connection that carries it to the Worker unusable for the next request
// under wrangler dev, so the body is consumed first.
func drain(r *http.Request) {
	io.Copy(io.Discard, io.LimitReader(r.Body, drainLimit))
}

// clientAddress names the client for rate limiting. On Cloudflare the
// CF-Connecting-IP header is set by the edge from the connection itself,
// so a client cannot choose it.
func clientAddress(r *http.Request) string {
	if ip := r.Header.Get("CF-Connecting-IP"); ip != "" {
		return ip
	}
	return "unknown"
}

// retryAfter is the Retry-After a refused write carries, in seconds: the
// limiter's whole window, which is when a full allowance is sure to be back.
const retryAfter = "60"

// admit charges one write to key and answers 429 when the allowance is
// spent. It returns whether the request may proceed.
func (s *Server) admit(w http.ResponseWriter, r *http.Request, key string) bool {
	if s.limiter == nil {
		return true
	}
	ok, err := s.limiter.Allow(r.Context(), key)
	if err != nil {
		logf("rate limiter: %v", err) // fail open; see Limiter
		return true
	}
	if !ok {
		w.Header().Set("Retry-After", retryAfter)
		writeError(w, http.StatusTooManyRequests, "rate_limited",
			"too many writes from this address; try again in a minute")
		return false
	}
	return true
}

// logf writes one line to the worker's log. It never receives request
// headers, so secrets such as a teacher's token cannot end up there.
func logf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "api: "+format+"\n", args...)
}
