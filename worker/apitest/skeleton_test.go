//go:build integration

package apitest

import (
	"net/http"
	"strings"
	"testing"
)

func TestHealthQueriesD1(t *testing.T) {
	r := do(t, http.MethodGet, "/api/health", "", nil)
	if r.status != http.StatusOK {
		t.Fatalf("status %d, body %q", r.status, r.body)
	}
	m := r.jsonBody(t)
	if m["status"] != "ok" || m["database"] != "d1" {
		t.Fatalf("health = %v", m)
	}
	// The count comes from D1's own migrations table: at least the first
	// migration must have been applied by the harness.
	if n, _ := m["migrations"].(float64); n < 1 {
		t.Fatalf("migrations = %v, want ≥ 1", m["migrations"])
	}
	if got := r.header.Get("X-Content-Type-Options"); got != "nosniff" {
		t.Errorf("X-Content-Type-Options = %q", got)
	}
}

func TestUnknownAPIPathIsJSON404(t *testing.T) {
	for _, path := range []string{"/api/nope", "/api/", "/api/shares/x/y/z"} {
		r := do(t, http.MethodGet, path, "", nil)
		if r.status != http.StatusNotFound {
			t.Errorf("%s: status %d, want 404", path, r.status)
			continue
		}
		m := r.jsonBody(t)
		e, ok := m["error"].(map[string]any)
		if !ok || e["code"] != "not_found" || e["message"] == "" {
			t.Errorf("%s: body %v, want {error:{code:not_found,message}}", path, m)
		}
	}
}

func TestPagePathServesHTML(t *testing.T) {
	for _, path := range []string{"/", "/s/some-share-id"} {
		res := navigate(t, path)
		if res.StatusCode != http.StatusOK {
			t.Errorf("%s: status %d", path, res.StatusCode)
		}
		if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/html") {
			t.Errorf("%s: Content-Type %q, want text/html", path, ct)
		}
		csp := res.Header.Get("Content-Security-Policy")
		for _, want := range []string{"script-src 'self' 'wasm-unsafe-eval'", "frame-ancestors 'none'"} {
			if !strings.Contains(csp, want) {
				t.Errorf("%s: CSP %q lacks %q", path, csp, want)
			}
		}
	}
}

// TestSharedPageFetchesItsArticleWithThePage holds the shared page's
// preload: the page at /s/{id} (and /s/{id}/v/{n}) names its share's API
// address in a Link header, so the browser fetches the article while the
// page's script loads (www/_headers; app.js fetches the same address).
func TestSharedPageFetchesItsArticleWithThePage(t *testing.T) {
	for path, want := range map[string]string{
		"/s/Abc_-123":     "</api/shares/Abc_-123>; rel=preload; as=fetch; crossorigin",
		"/s/Abc_-123/v/7": "</api/shares/Abc_-123/v/7>; rel=preload; as=fetch; crossorigin",
	} {
		if got := navigate(t, path).Header.Values("Link"); len(got) != 1 || got[0] != want {
			t.Errorf("%s: Link %q, want %q", path, got, want)
		}
	}
	// The annotator's own page preloads no share.
	if l := navigate(t, "/").Header.Get("Link"); l != "" {
		t.Errorf("/: Link %q, want none", l)
	}
}

// navigate requests path as a browser navigating to it does (the
// single-page fallback answers navigations with the app's page) and
// returns the answer, its body closed.
func navigate(t *testing.T, path string) *http.Response {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, baseURL(t)+path, nil)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Sec-Fetch-Mode", "navigate")
	req.Header.Set("Accept", "text/html")
	res, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	return res
}
