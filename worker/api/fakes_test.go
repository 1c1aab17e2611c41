package api

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
)

// recordingBatcher stores nothing; it remembers every batch it was given.
type recordingBatcher struct {
	mu      sync.Mutex
	batches [][]Stmt
}

func (b *recordingBatcher) Batch(_ context.Context, stmts ...Stmt) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.batches = append(b.batches, stmts)
	return nil
}

// countingLimiter allows the first n writes per key.
type countingLimiter struct {
	mu    sync.Mutex
	n     int
	count map[string]int
}

func (l *countingLimiter) Allow(_ context.Context, key string) (bool, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.count == nil {
		l.count = map[string]int{}
	}
	l.count[key]++
	return l.count[key] <= l.n, nil
}

// serve sends one request to s and returns the recorded response.
func serve(t *testing.T, s *Server, method, path, contentType, body string, header ...string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(method, "http://127.0.0.1:8787"+path, strings.NewReader(body))
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	w := httptest.NewRecorder()
	s.ServeHTTP(w, req)
	return w
}

func wantError(t *testing.T, w *httptest.ResponseRecorder, status int, code string) {
	t.Helper()
	if w.Code != status {
		t.Fatalf("status %d, want %d; body %s", w.Code, status, w.Body)
	}
	if ct := w.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("Content-Type %q", ct)
	}
	if !strings.Contains(w.Body.String(), `"code":"`+code+`"`) {
		t.Errorf("body %s lacks code %q", w.Body, code)
	}
}

var _ http.Handler = (*Server)(nil)
