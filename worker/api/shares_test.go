package api

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
)

const validShare = `{"title":"नमूना","text":"नमस्ते भारत","annotations":[{"start":7,"end":11,"type":"LOC","note":"देश 🇮🇳"}]}`

func TestCreateShareStoresTextAndShareInOneBatch(t *testing.T) {
	b := &recordingBatcher{}
	s := New(nil, WithBatcher(b))
	w := serve(t, s, http.MethodPost, "/api/shares", "application/json; charset=utf-8", validShare)
	if w.Code != http.StatusCreated {
		t.Fatalf("status %d: %s", w.Code, w.Body)
	}
	var got struct{ ID, URL string }
	if err := json.Unmarshal(w.Body.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if !validID(got.ID) {
		t.Errorf("id %q is not a 22-character base64url id", got.ID)
	}
	if want := "/s/" + got.ID; got.URL != want || w.Header().Get("Location") != want {
		t.Errorf("url %q, Location %q, want %q", got.URL, w.Header().Get("Location"), want)
	}
	if len(b.batches) != 1 || len(b.batches[0]) != 2 {
		t.Fatalf("batches = %v, want one batch of two statements", b.batches)
	}
	text, share := b.batches[0][0], b.batches[0][1]
	if text.Args[0] != textHash("नमस्ते भारत") || text.Args[1] != "नमस्ते भारत" {
		t.Errorf("text statement args %v", text.Args)
	}
	if share.Args[0] != got.ID || share.Args[2] != text.Args[0] {
		t.Errorf("share statement args %v do not reference id and text hash", share.Args)
	}
	if anns := share.Args[3].(string); anns != `[{"start":7,"end":11,"type":"LOC","note":"देश 🇮🇳"}]` {
		t.Errorf("stored annotations %s", anns)
	}
}

func TestCreateShareRefusesBadRequestsWithoutStoring(t *testing.T) {
	big := `{"text":"` + strings.Repeat("क", maxBody) + `"}`
	cases := []struct {
		name, contentType, body string
		status                  int
		code                    string
	}{
		{"not JSON", "application/json", `{"text":`, 400, "bad_json"},
		{"wrong content type", "text/plain", validShare, 415, "unsupported_media_type"},
		{"form body", "application/x-www-form-urlencoded", "text=x", 415, "unsupported_media_type"},
		{"latin-1 charset", "application/json; charset=iso-8859-1", validShare, 415, "unsupported_media_type"},
		{"body over the cap", "application/json", big, 413, "body_too_large"},
		{"text not in display form", "application/json", `{"text":"नमस्ते\r\nभारत"}`, 422, "text_not_normalized"},
		{"offset outside", "application/json", `{"text":"abc","annotations":[{"start":1,"end":9,"type":"PER"}]}`, 422, "offset_out_of_range"},
		{"start after end", "application/json", `{"text":"abc","annotations":[{"start":2,"end":1,"type":"PER"}]}`, 422, "empty_span"},
		{"overlap", "application/json", `{"text":"abcdef","annotations":[{"start":0,"end":3,"type":"PER"},{"start":2,"end":4,"type":"LOC"}]}`, 422, "overlap"},
		{"unknown type", "application/json", `{"text":"abc","annotations":[{"start":0,"end":1,"type":"THING"}]}`, 422, "unknown_type"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b := &recordingBatcher{}
			s := New(nil, WithBatcher(b))
			w := serve(t, s, http.MethodPost, "/api/shares", c.contentType, c.body)
			wantError(t, w, c.status, c.code)
			if len(b.batches) != 0 {
				t.Errorf("a refused request was stored: %v", b.batches)
			}
		})
	}
}

func TestCreateShareIsRateLimitedPerAddress(t *testing.T) {
	b := &recordingBatcher{}
	s := New(nil, WithBatcher(b), WithLimiter(&countingLimiter{n: 2}))
	for i := range 2 {
		w := serve(t, s, http.MethodPost, "/api/shares", "application/json", validShare, "CF-Connecting-IP", "192.0.2.1")
		if w.Code != http.StatusCreated {
			t.Fatalf("write %d: status %d", i, w.Code)
		}
	}
	w := serve(t, s, http.MethodPost, "/api/shares", "application/json", validShare, "CF-Connecting-IP", "192.0.2.1")
	wantError(t, w, http.StatusTooManyRequests, "rate_limited")
	if w.Header().Get("Retry-After") == "" {
		t.Error("429 without Retry-After")
	}
	if len(b.batches) != 2 {
		t.Errorf("%d batches stored, want 2 (the refused write must store nothing)", len(b.batches))
	}
	// Another address has its own allowance.
	w = serve(t, s, http.MethodPost, "/api/shares", "application/json", validShare, "CF-Connecting-IP", "192.0.2.2")
	if w.Code != http.StatusCreated {
		t.Errorf("other address: status %d", w.Code)
	}
}

func TestShareRoutesAnswerWrongMethodsWith405(t *testing.T) {
	s := New(nil)
	for _, c := range []struct{ method, path, allow string }{
		{http.MethodGet, "/api/shares", "POST"},
		{http.MethodPut, "/api/shares", "POST"},
		{http.MethodDelete, "/api/shares/AAAAAAAAAAAAAAAAAAAAAA", "GET, HEAD"},
		{http.MethodPost, "/api/shares/AAAAAAAAAAAAAAAAAAAAAA", "GET, HEAD"},
	} {
		w := serve(t, s, c.method, c.path, "", "")
		wantError(t, w, http.StatusMethodNotAllowed, "method_not_allowed")
		if got := w.Header().Get("Allow"); got != c.allow {
			t.Errorf("%s %s: Allow %q, want %q", c.method, c.path, got, c.allow)
		}
	}
}

func TestGetShareRefusesMalformedIDsBeforeStorage(t *testing.T) {
	s := New(nil) // no database: a malformed id must not need one
	for _, id := range []string{"x", "AAAAAAAAAAAAAAAAAAAAA", "AAAAAAAAAAAAAAAAAAAAAAA", "AAAAAAAAAAAAAAAAAAAA+A", "AAAAAAAAAAAAAAAAAAAAA_"} {
		w := serve(t, s, http.MethodGet, "/api/shares/"+id, "", "")
		wantError(t, w, http.StatusNotFound, "share_not_found")
	}
}

func TestNewIDsAreDistinctAndWellFormed(t *testing.T) {
	seen := map[string]bool{}
	for range 1000 {
		id := newID()
		if !validID(id) || seen[id] {
			t.Fatalf("id %q invalid or repeated", id)
		}
		seen[id] = true
	}
}
