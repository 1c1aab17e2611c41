//go:build integration

package apitest

import (
	"encoding/json"
	"net/http"
	"reflect"
	"strings"
	"testing"
)

// shareAnnotation mirrors the API's annotation JSON.
type shareAnnotation struct {
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Type   string `json:"type"`
	Note   string `json:"note,omitempty"`
	Source string `json:"source,omitempty"`
}

type shareBody struct {
	Title       string            `json:"title,omitempty"`
	Text        string            `json:"text"`
	Annotations []shareAnnotation `json:"annotations"`
}

type shareSnapshot struct {
	ID          string            `json:"id"`
	Title       string            `json:"title"`
	Text        string            `json:"text"`
	Annotations []shareAnnotation `json:"annotations"`
	Created     string            `json:"created"`
}

// articleShare is the sample article with a few entities whose notes hold
// astral characters (emoji, a flag) and markup-like text.
func articleShare(t *testing.T) shareBody {
	text := sampleArticle(t)
	var anns []shareAnnotation
	for _, e := range []struct{ word, typ, note string }{
		{"भारत", "LOC", "देश 🇮🇳 — <b>not bold</b>"},
		{"तेल अवीव", "LOC", "शहर 🏙️"},
		{"राजेश कुमार सिंह", "PER", "रक्षा सचिव 👤 𝒜"},
	} {
		s, e2 := span(t, text, e.word)
		anns = append(anns, shareAnnotation{Start: s, End: e2, Type: e.typ, Note: e.note, Source: "person"})
	}
	return shareBody{Title: "भारत-इज़राइल समझौता 📝", Text: text, Annotations: anns}
}

// createShare posts body and returns the new share's id, failing unless
// the API answered 201.
func createShare(t *testing.T, body []byte, header ...string) string {
	t.Helper()
	r := send(t, http.MethodPost, "/api/shares", "application/json", body, header...)
	if r.status != http.StatusCreated {
		t.Fatalf("POST /api/shares: status %d, body %q", r.status, r.body)
	}
	var created struct{ ID, URL string }
	if err := json.Unmarshal(r.body, &created); err != nil {
		t.Fatal(err)
	}
	if len(created.ID) != 22 || strings.Trim(created.ID, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") != "" {
		t.Fatalf("id %q is not 22 base64url characters", created.ID)
	}
	if want := baseURL(t) + "/s/" + created.ID; created.URL != want {
		t.Fatalf("url %q, want %q", created.URL, want)
	}
	return created.ID
}

func readShare(t *testing.T, id string) (shareSnapshot, response) {
	t.Helper()
	r := send(t, http.MethodGet, "/api/shares/"+id, "", nil)
	if r.status != http.StatusOK {
		t.Fatalf("GET share %s: status %d, body %q", id, r.status, r.body)
	}
	var snap shareSnapshot
	if err := json.Unmarshal(r.body, &snap); err != nil {
		t.Fatalf("share body: %v", err)
	}
	return snap, r
}

func TestShareRoundTripsAHindiArticle(t *testing.T) {
	want := articleShare(t)
	id := createShare(t, mustJSON(t, want), "CF-Connecting-IP", address(t.Name(), 0))

	got, r := readShare(t, id)
	if got.ID != id || got.Title != want.Title || got.Text != want.Text {
		t.Errorf("snapshot differs: id %q title %q, text equal %v", got.ID, got.Title, got.Text == want.Text)
	}
	if !reflect.DeepEqual(got.Annotations, want.Annotations) {
		t.Errorf("annotations\n got %+v\nwant %+v", got.Annotations, want.Annotations)
	}
	if !strings.HasSuffix(got.Created, "Z") {
		t.Errorf("created %q is not a UTC time", got.Created)
	}
	if ct := r.header.Get("Content-Type"); ct != "application/json; charset=utf-8" {
		t.Errorf("Content-Type %q", ct)
	}
	if got := r.header.Get("X-Content-Type-Options"); got != "nosniff" {
		t.Errorf("X-Content-Type-Options %q", got)
	}
	// The latest version may change: caches must ask again.
	if cc := r.header.Get("Cache-Control"); cc != "no-cache" || r.header.Get("ETag") != `"v1"` {
		t.Errorf("latest: Cache-Control %q, ETag %q", cc, r.header.Get("ETag"))
	}

	// A version never changes: cached for a year, the same bytes again
	// (from the edge cache), 304 for the tag a client holds.
	path := "/api/shares/" + id + "/v/1"
	r = send(t, http.MethodGet, path, "", nil)
	if cc := r.header.Get("Cache-Control"); r.status != http.StatusOK || cc != "public, max-age=31536000, immutable" {
		t.Errorf("version 1: status %d, Cache-Control %q", r.status, cc)
	}
	etag := r.header.Get("ETag")
	if !strings.HasPrefix(etag, `"`) {
		t.Fatalf("ETag %q is not a strong entity tag", etag)
	}
	again := send(t, http.MethodGet, path, "", nil)
	if string(again.body) != string(r.body) || again.header.Get("ETag") != etag {
		t.Errorf("second read differs from the first")
	}
	for _, inm := range []string{etag, `"other", ` + etag, "W/" + etag} {
		nm := send(t, http.MethodGet, path, "", nil, "If-None-Match", inm)
		if nm.status != http.StatusNotModified || len(nm.body) != 0 {
			t.Errorf("If-None-Match %s: status %d, %d body bytes; want 304 and none", inm, nm.status, len(nm.body))
		}
	}
	if nm := send(t, http.MethodGet, path, "", nil, "If-None-Match", `"stale"`); nm.status != http.StatusOK {
		t.Errorf("If-None-Match with another tag: status %d, want 200", nm.status)
	}
}

func TestSharingTheSameTextTwiceMakesTwoSharesAndOneText(t *testing.T) {
	body := articleShare(t)
	body.Text += "\nएक अनोखी पंक्ति " + address(t.Name(), 99) // a text no other test stores
	state := stateDir(t)
	texts := rowCount(t, state, "texts")
	ip := address(t.Name(), 0)
	a := createShare(t, mustJSON(t, body), "CF-Connecting-IP", ip)
	body.Annotations = body.Annotations[:1] // the reader changed the highlights
	b := createShare(t, mustJSON(t, body), "CF-Connecting-IP", ip)
	if a == b {
		t.Fatal("two shares got the same id")
	}
	if got := rowCount(t, state, "texts") - texts; got != 1 {
		t.Errorf("the shared text was stored %d times, want once", got)
	}
	first, _ := readShare(t, a)
	second, _ := readShare(t, b)
	if len(first.Annotations) != 3 || len(second.Annotations) != 1 {
		t.Errorf("snapshots hold %d and %d annotations, want 3 and 1", len(first.Annotations), len(second.Annotations))
	}
}

func TestUnknownShareIs404JSON(t *testing.T) {
	for _, id := range []string{"AAAAAAAAAAAAAAAAAAAAAA", "short", "..%2F..%2Fetc"} {
		r := send(t, http.MethodGet, "/api/shares/"+id, "", nil)
		if r.status != http.StatusNotFound {
			t.Errorf("%s: status %d, want 404", id, r.status)
			continue
		}
		if code := r.errorCode(t); code != "share_not_found" && code != "not_found" {
			t.Errorf("%s: code %q", id, code)
		}
	}
}
