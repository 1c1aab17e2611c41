//go:build integration

package apitest

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"
)

// shareWithText is a share body of text with one annotation on its first
// code point, built by hand so tests can put anything in it.
func shareWithText(text string) []byte {
	return []byte(`{"text":` + text + `,"annotations":[{"start":0,"end":1,"type":"PER"}]}`)
}

func TestShareErrorsAnswerJSONAndStoreNothing(t *testing.T) {
	state := stateDir(t)
	shares, texts := rowCount(t, state, "shares"), rowCount(t, state, "texts")

	manyAnns := make([]string, 5001)
	for i := range manyAnns {
		manyAnns[i] = fmt.Sprintf(`{"start":%d,"end":%d,"type":"NUM"}`, i, i+1)
	}
	cases := []struct {
		name, contentType string
		body              []byte
		status            []int // any of these
		code              []string
	}{
		{"not JSON", "application/json", []byte(`{"text": "अधूरा`), []int{400}, []string{"bad_json"}},
		{"JSON but not an object", "application/json", []byte(`["text"]`), []int{400}, []string{"bad_json"}},
		{"no text", "application/json", []byte(`{"annotations":[]}`), []int{400}, []string{"missing_field"}},
		{"body over 1 MB", "application/json", []byte(`{"text":"` + strings.Repeat("क", 400_000) + `"}`), []int{413}, []string{"body_too_large"}},
		{"text over 200 KB", "application/json", []byte(`{"text":"` + strings.Repeat("क", 70_000) + `"}`), []int{413}, []string{"text_too_large"}},
		{"5,001 annotations", "application/json", []byte(`{"text":"` + strings.Repeat("१", 5002) + `","annotations":[` + strings.Join(manyAnns, ",") + `]}`), []int{413}, []string{"too_many_annotations"}},
		{"note over 2,000 characters", "application/json", []byte(`{"text":"राम","annotations":[{"start":0,"end":3,"type":"PER","note":"` + strings.Repeat("😀", 2001) + `"}]}`), []int{413}, []string{"note_too_long"}},
		{"text not UTF-8", "application/json", shareWithText("\"\xff\xfe राम\""), []int{400, 422}, []string{"invalid_utf8"}},
		{"text not in display form (CRLF)", "application/json", shareWithText(`"राम\r\nश्याम"`), []int{422}, []string{"text_not_normalized"}},
		{"text not in display form (zero-width space)", "application/json", shareWithText(`"राम\u200bश्याम"`), []int{422}, []string{"text_not_normalized"}},
		{"offset past the end", "application/json", []byte(`{"text":"राम","annotations":[{"start":0,"end":4,"type":"PER"}]}`), []int{400, 422}, []string{"offset_out_of_range"}},
		{"negative offset", "application/json", []byte(`{"text":"राम","annotations":[{"start":-1,"end":2,"type":"PER"}]}`), []int{400, 422}, []string{"bad_field", "offset_out_of_range"}},
		{"start equals end", "application/json", []byte(`{"text":"राम","annotations":[{"start":1,"end":1,"type":"PER"}]}`), []int{400, 422}, []string{"empty_span"}},
		{"start after end", "application/json", []byte(`{"text":"राम","annotations":[{"start":2,"end":1,"type":"PER"}]}`), []int{400, 422}, []string{"empty_span"}},
		{"splits a letter from its matra", "application/json", []byte(`{"text":"राम","annotations":[{"start":0,"end":1,"type":"PER"}]}`), []int{400, 422}, []string{"splits_character"}},
		{"overlapping entities", "application/json", []byte(`{"text":"राम श्याम","annotations":[{"start":0,"end":3,"type":"PER"},{"start":2,"end":9,"type":"PER"}]}`), []int{400, 422}, []string{"overlap"}},
		{"unknown type", "application/json", []byte(`{"text":"राम","annotations":[{"start":0,"end":3,"type":"GOD"}]}`), []int{400, 422}, []string{"unknown_type"}},
		{"text/plain", "text/plain", []byte(`{"text":"राम"}`), []int{415}, []string{"unsupported_media_type"}},
		{"form", "application/x-www-form-urlencoded", []byte(`text=राम`), []int{415}, []string{"unsupported_media_type"}},
		{"no content type", "", []byte(`{"text":"राम"}`), []int{415}, []string{"unsupported_media_type"}},
	}
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := send(t, http.MethodPost, "/api/shares", c.contentType, c.body, "CF-Connecting-IP", address(t.Name(), i))
			if !contains(c.status, r.status) {
				t.Fatalf("status %d, want one of %v; body %.300q", r.status, c.status, r.body)
			}
			if code := r.errorCode(t); !contains(c.code, code) {
				t.Errorf("code %q, want one of %v; body %.300q", code, c.code, r.body)
			}
			if r.header.Get("X-Content-Type-Options") != "nosniff" {
				t.Error("error response without nosniff")
			}
		})
	}
	t.Run("chunked body over 1 MB, then a good request", func(t *testing.T) {
		big := []byte(`{"text":"` + strings.Repeat("क", 400_000) + `"}`)
		// A reader of unknown length makes the client stream the body in
		// chunks, with no Content-Length to refuse it by.
		req, err := http.NewRequest(http.MethodPost, baseURL(t)+"/api/shares", io.MultiReader(bytes.NewReader(big)))
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("Content-Type", "application/json")
		res, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != http.StatusRequestEntityTooLarge {
			t.Errorf("status %d, want 413", res.StatusCode)
		}
		// The refused stream must not break the request after it.
		r := send(t, http.MethodGet, "/api/health", "", nil)
		if r.status != http.StatusOK {
			t.Errorf("the next request got %d: %q", r.status, r.body)
		}
	})
	t.Run("wrong methods", func(t *testing.T) {
		for _, m := range []struct{ method, path, allow string }{
			{http.MethodGet, "/api/shares", "POST"},
			{http.MethodPut, "/api/shares", "POST"},
			{http.MethodDelete, "/api/shares/AAAAAAAAAAAAAAAAAAAAAA", "GET, HEAD, PUT"},
			{http.MethodPost, "/api/shares/AAAAAAAAAAAAAAAAAAAAAA", "GET, HEAD, PUT"},
			{http.MethodPut, "/api/shares/AAAAAAAAAAAAAAAAAAAAAA/v/1", "GET, HEAD"},
		} {
			r := send(t, m.method, m.path, "application/json", []byte(`{"text":"राम"}`))
			if r.status != http.StatusMethodNotAllowed || r.errorCode(t) != "method_not_allowed" {
				t.Errorf("%s %s: status %d body %q, want 405", m.method, m.path, r.status, r.body)
			}
			// The Workers bridge splits header values at commas.
			if got := strings.Join(r.header.Values("Allow"), ","); strings.ReplaceAll(got, " ", "") != strings.ReplaceAll(m.allow, " ", "") {
				t.Errorf("%s %s: Allow %q, want %q", m.method, m.path, got, m.allow)
			}
		}
	})

	if got := rowCount(t, state, "shares"); got != shares {
		t.Errorf("refused requests stored %d shares", got-shares)
	}
	if got := rowCount(t, state, "texts"); got != texts {
		t.Errorf("refused requests stored %d texts", got-texts)
	}
}

func contains[T comparable](list []T, v T) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}
