package api

import (
	"context"
	"net/http"
	"strings"
	"testing"
)

// Every answer under /api/ is JSON with nosniff, whatever the path looks
// like: ServeMux's own redirects (text/html) must never get out.
func TestOddPathsAnswerJSON(t *testing.T) {
	s := New(nil)
	cases := []struct {
		method, path string
		status       int
		code         string
	}{
		{http.MethodGet, "/api//health", 404, "not_found"},
		{http.MethodGet, "/api/./health", 404, "not_found"},
		{http.MethodGet, "/api/shares/../health", 404, "not_found"},
		{http.MethodGet, "/api/health/", 404, "not_found"},
		{http.MethodGet, "/api/shares//AAAAAAAAAAAAAAAAAAAAAA", 404, "not_found"},
		{http.MethodPost, "/api//shares", 404, "not_found"},
		{http.MethodGet, "/api/", 404, "not_found"},
		{http.MethodPost, "/api/health", 405, "method_not_allowed"},
		{http.MethodDelete, "/api/health", 405, "method_not_allowed"},
		{http.MethodOptions, "/api/shares", 405, "method_not_allowed"},
	}
	for _, c := range cases {
		w := serve(t, s, c.method, c.path, "", "")
		wantError(t, w, c.status, c.code)
		if w.Header().Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("%s %s: no nosniff", c.method, c.path)
		}
	}
	w := serve(t, s, http.MethodGet, "/api//health", "", "")
	if !strings.Contains(w.Body.String(), "/api/health") {
		t.Errorf("the 404 for /api//health should name /api/health: %s", w.Body)
	}
}

// panickingBatcher fails the way a bug would: by panicking.
type panickingBatcher struct{}

func (panickingBatcher) Batch(context.Context, ...Stmt) error { panic("storage bug") }

func TestPanicAnswersJSON500AndTheNextRequestIsServed(t *testing.T) {
	s := New(nil, WithBatcher(panickingBatcher{}))
	w := serve(t, s, http.MethodPost, "/api/shares", "application/json", validShare)
	wantError(t, w, http.StatusInternalServerError, "internal")
	if w.Header().Get("X-Content-Type-Options") != "nosniff" || w.Header().Get("Location") != "" {
		t.Errorf("headers after a panic: %v", w.Header())
	}
	w = serve(t, s, http.MethodGet, "/api/shares/x", "", "")
	wantError(t, w, http.StatusNotFound, "share_not_found")
}
