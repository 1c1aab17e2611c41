package api

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// discardBatcher accepts every batch and keeps nothing, so a benchmark
// measures the handler alone.
type discardBatcher struct{}

func (discardBatcher) Batch(context.Context, ...Stmt) error { return nil }

// BenchmarkCreateShare is one POST /api/shares of a 2 KB Hindi text with
// a few annotations: what one write costs the Go side, allocations
// included (go test -bench CreateShare -benchmem -memprofile mem.out).
func BenchmarkCreateShare(b *testing.B) {
	text := strings.Repeat("भारत और इज़राइल ने रक्षा सहयोग पर समझौता किया। ", 30)
	body := `{"title":"बेंच","text":"` + text + `","annotations":[{"start":0,"end":4,"type":"LOC","note":"देश"},{"start":8,"end":15,"type":"LOC"}]}`
	s := New(nil, WithBatcher(discardBatcher{}))
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		req := httptest.NewRequest(http.MethodPost, "http://127.0.0.1/api/shares", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		w := httptest.NewRecorder()
		s.ServeHTTP(w, req)
		if w.Code != http.StatusCreated {
			b.Fatalf("status %d: %s", w.Code, w.Body)
		}
	}
}
