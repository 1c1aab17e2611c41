//go:build integration

package apitest

import (
	"net/http"
	"testing"
	"time"
)

// writeAllowance is the [[ratelimits]] limit in wrangler.toml: writes per
// client address per 60-second window.
const writeAllowance = 300

// TestWritesOverTheAllowanceGet429 drives one client address past its
// allowance through the real rate-limiting binding under wrangler dev. The
// limiter counts in fixed 60-second windows, so a run that finishes within
// one minute spans at most two windows and must be refused by write
// 2×allowance+1 at the latest; the test fails if it is not.
func TestWritesOverTheAllowanceGet429(t *testing.T) {
	addr := address(t.Name(), 1)
	body := mustJSON(t, map[string]any{"text": "भारत", "annotations": []any{}})
	started := time.Now()
	for i := 1; i <= 2*writeAllowance+1; i++ {
		r := send(t, http.MethodPost, "/api/shares", "application/json", body, "CF-Connecting-IP", addr)
		switch r.status {
		case http.StatusCreated:
			continue
		case http.StatusTooManyRequests:
			if code := r.errorCode(t); code != "rate_limited" {
				t.Fatalf("429 with code %q, want rate_limited", code)
			}
			if ra := r.header.Get("Retry-After"); ra == "" {
				t.Fatal("429 without Retry-After")
			}
			if i <= writeAllowance {
				t.Fatalf("refused after only %d writes; the allowance is %d", i-1, writeAllowance)
			}
			// Another address is not affected by this one's allowance.
			other := send(t, http.MethodPost, "/api/shares", "application/json", body,
				"CF-Connecting-IP", address(t.Name(), 2))
			if other.status != http.StatusCreated {
				t.Fatalf("a second address got %d: %s", other.status, other.body)
			}
			return
		default:
			t.Fatalf("write %d: status %d, body %s", i, r.status, r.body)
		}
	}
	if took := time.Since(started); took > time.Minute {
		t.Fatalf("no 429, but the run took %v (over one window): rerun on a less loaded machine", took)
	}
	t.Fatalf("%d writes from one address within a minute and none refused", 2*writeAllowance+1)
}
