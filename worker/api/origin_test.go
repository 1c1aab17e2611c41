package api

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
)

func TestParseOrigin(t *testing.T) {
	for in, want := range map[string]string{
		"":                          "",
		"  ":                        "",
		"https://tippani.example":   "https://tippani.example",
		"https://Tippani.Example/":  "https://tippani.example",
		"http://127.0.0.1:8787":     "http://127.0.0.1:8787",
		" https://tippani.example ": "https://tippani.example",
	} {
		got, err := ParseOrigin(in)
		if err != nil || got != want {
			t.Errorf("ParseOrigin(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, in := range []string{"tippani.example", "ftp://tippani.example", "https://tippani.example/app",
		"https://tippani.example?x=1", "https://tippani.example#x", "https://user@tippani.example", "https://"} {
		if got, err := ParseOrigin(in); err == nil {
			t.Errorf("ParseOrigin(%q) = %q, want an error", in, got)
		}
	}
}

// Links come from the configured origin, or are relative; a Host header
// chosen by the client never appears in them.
func TestLinksNeverComeFromHost(t *testing.T) {
	for _, origin := range []string{"", "https://tippani.example"} {
		s := New(nil, WithBatcher(&recordingBatcher{}), WithPublicOrigin(origin))
		w := serve(t, s, http.MethodPost, "/api/shares", "application/json", validShare, "Host", "evil.example")
		var share struct{ ID, URL string }
		json.Unmarshal(w.Body.Bytes(), &share)
		if want := origin + "/s/" + share.ID; w.Code != http.StatusCreated || share.URL != want || w.Header().Get("Location") != want {
			t.Errorf("origin %q: status %d url %q Location %q, want %q", origin, w.Code, share.URL, w.Header().Get("Location"), want)
		}

		w = serve(t, s, http.MethodPost, "/api/exercises", "application/json",
			`{"title":"अभ्यास","text":"राम दिल्ली गए","types":["PER","LOC"],"key":[]}`, "Host", "evil.example")
		var ex struct{ ID, TeacherToken, StudentURL, TeacherURL string }
		json.Unmarshal(w.Body.Bytes(), &ex)
		if w.Code != http.StatusCreated {
			t.Fatalf("origin %q: exercise status %d: %s", origin, w.Code, w.Body)
		}
		if ex.StudentURL != origin+"/x/"+ex.ID || ex.TeacherURL != origin+"/t/"+ex.ID+"#token="+ex.TeacherToken ||
			w.Header().Get("Location") != origin+"/api/exercises/"+ex.ID {
			t.Errorf("origin %q: links %q %q Location %q", origin, ex.StudentURL, ex.TeacherURL, w.Header().Get("Location"))
		}
		if strings.Contains(w.Body.String(), "evil") {
			t.Errorf("the Host header reached the answer: %s", w.Body)
		}
	}
}
