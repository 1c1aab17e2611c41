//go:build integration

package apitest

import (
	"net/http"
	"strings"
	"testing"
)

// depthBomb is 9,000 nested arrays: the 18 KB body that used to exhaust
// the stack of the worker's JSON validator and kill its Go instance.
var depthBomb = []byte(strings.Repeat("[", 9000) + strings.Repeat("]", 9000))

func wantJSONError(t *testing.T, what string, r response, status int, code string) {
	t.Helper()
	if r.status != status {
		t.Errorf("%s: status %d, want %d; body %.200q", what, r.status, status, r.body)
		return
	}
	if got := r.errorCode(t); got != code {
		t.Errorf("%s: code %q, want %q; body %.200q", what, got, code, r.body)
	}
	if r.header.Get("X-Content-Type-Options") != "nosniff" {
		t.Errorf("%s: answer without nosniff", what)
	}
}

func TestDepthBombIsRefusedAsJSON(t *testing.T) {
	ex := createExercise(t, exerciseBody(t))
	for _, c := range []struct{ method, path string }{
		{http.MethodPost, "/api/shares"},
		{http.MethodPost, "/api/exercises"},
		{http.MethodPost, "/api/exercises/" + ex.ID + "/submissions"},
		{http.MethodPatch, "/api/exercises/" + ex.ID},
	} {
		r := send(t, c.method, c.path, "application/json", depthBomb,
			"CF-Connecting-IP", address(t.Name(), 1), "Authorization", "Bearer "+ex.TeacherToken)
		wantJSONError(t, c.method+" "+c.path, r, http.StatusBadRequest, "bad_json")
		if !strings.Contains(string(r.body), "32") {
			t.Errorf("%s %s: the message should name the depth limit: %s", c.method, c.path, r.body)
		}
		if h := send(t, http.MethodGet, "/api/health", "", nil); h.status != http.StatusOK {
			t.Errorf("after a depth bomb on %s: health %d %q", c.path, h.status, h.body)
		}
	}
}

// Lone surrogates, invisible and bidi control characters are refused with
// a 422 naming the field; a null required member is missing_field on every
// route.
func TestHiddenCharactersAndNullsAreRefused(t *testing.T) {
	ex := createExercise(t, exerciseBody(t))
	sub := "/api/exercises/" + ex.ID + "/submissions"
	for i, c := range []struct {
		path, body  string
		status      int
		code, field string
	}{
		{"/api/shares", `{"text":"राम\ud800"}`, 422, "lone_surrogate", "text"},
		{"/api/shares", `{"title":"\udc00","text":"राम"}`, 422, "lone_surrogate", "title"},
		{"/api/shares", `{"text":"राम","annotations":[{"start":0,"end":3,"type":"PER","note":"ठीक\ud83d"}]}`, 422, "lone_surrogate", "annotations[0].note"},
		{"/api/shares", `{"title":"\ufeffशीर्षक","text":"राम"}`, 422, "bad_title", "title"},
		{"/api/shares", `{"title":"राम\u202eमश्या","text":"राम"}`, 422, "bad_title", "title"},
		{"/api/shares", `{"text":null}`, 400, "missing_field", "text"},
		{sub, `{"name":"\ufeffराम","annotations":[]}`, 422, "bad_name", "name"},
		{sub, `{"name":"रा\u200bम","annotations":[]}`, 422, "bad_name", "name"},
		{sub, `{"name":"\ud800","annotations":[]}`, 422, "lone_surrogate", "name"},
		{sub, `{"name":null,"annotations":[]}`, 400, "missing_field", "name"},
		{sub, `{"annotations":[]}`, 400, "missing_field", "name"},
	} {
		r := send(t, http.MethodPost, c.path, "application/json", []byte(c.body), "CF-Connecting-IP", address(t.Name(), i))
		wantJSONError(t, c.body, r, c.status, c.code)
		if m := r.jsonBody(t); r.status == c.status && m["error"].(map[string]any)["field"] != c.field {
			t.Errorf("%s: field %v, want %q", c.body, m["error"].(map[string]any)["field"], c.field)
		}
	}
}

// Every answer under /api/ is JSON with nosniff, whatever the path and the
// method: no redirect, no HTML, no text/plain.
func TestEveryAPIAnswerIsJSON(t *testing.T) {
	paths := []string{
		"/api//health", "/api/health/", "/api/./health", "/api/shares/../health", "/api/",
		"/api/shares/", "/api/shares//AAAAAAAAAAAAAAAAAAAAAA", "/api/shares/AAAAAAAAAAAAAAAAAAAAAA/",
		"/api/exercises//AAAAAAAAAAAAAAAAAAAAAA", "/api/exercises/AAAAAAAAAAAAAAAAAAAAAA/scores.csv/",
		"/api/nope", "/api/health?x=1", "/api/shares/%2e%2e%2fhealth",
	}
	methods := []string{http.MethodGet, http.MethodHead, http.MethodPost, http.MethodPut,
		http.MethodPatch, http.MethodDelete, http.MethodOptions}
	noRedirect := &http.Client{Timeout: client.Timeout,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	for _, p := range paths {
		for _, m := range methods {
			// Go's client sends the path as written: "//" and ".." stay.
			req, err := http.NewRequest(m, baseURL(t)+p, strings.NewReader(`{}`))
			if err != nil {
				t.Fatal(err)
			}
			req.Header.Set("Content-Type", "application/json")
			req.Header.Set("CF-Connecting-IP", address(t.Name(), 0))
			res, err := noRedirect.Do(req)
			if err != nil {
				t.Fatalf("%s %s: %v", m, p, err)
			}
			body, _ := readAll(res)
			res.Body.Close()
			r := response{res.StatusCode, res.Header, body}
			what := m + " " + p
			if r.status >= 300 && r.status < 400 || r.status >= 500 {
				t.Errorf("%s: status %d %.100q", what, r.status, r.body)
			}
			if ct := r.header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
				t.Errorf("%s: Content-Type %q, body %.100q", what, ct, r.body)
			}
			if r.header.Get("X-Content-Type-Options") != "nosniff" {
				t.Errorf("%s: no nosniff", what)
			}
			if m != http.MethodHead && r.status >= 400 {
				r.errorCode(t)
			}
		}
	}
}

// The links in an answer come from the configured public origin, never
// from the Host header a client chose.
func TestLinksIgnoreTheHostHeader(t *testing.T) {
	req, err := http.NewRequest(http.MethodPost, baseURL(t)+"/api/shares", bytesReader(mustJSON(t, articleShare(t))))
	if err != nil {
		t.Fatal(err)
	}
	req.Host = "evil.example"
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("CF-Connecting-IP", address(t.Name(), 0))
	res, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := readAll(res)
	res.Body.Close()
	if res.StatusCode != http.StatusCreated {
		t.Fatalf("status %d %q", res.StatusCode, body)
	}
	loc := res.Header.Get("Location")
	if strings.Contains(string(body), "evil") || strings.Contains(loc, "evil") || !strings.HasPrefix(loc, baseURL(t)+"/s/") {
		t.Errorf("answer %s, Location %q: the links must start with %s", body, loc, baseURL(t))
	}
}
