//go:build integration

package apitest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"tippani/hindi/normalize"
	"tippani/internal/testsupport"
)

// repoRoot is the repository's root folder (see internal/testsupport).
func repoRoot(t testing.TB) string {
	t.Helper()
	return testsupport.RepoPath(t, ".")
}

// stateDir is the state folder of the wrangler dev under test.
func stateDir(t testing.TB) string {
	t.Helper()
	s := os.Getenv("TIPPANI_STATE")
	if s == "" {
		t.Fatal("TIPPANI_STATE is not set: run the worker tests through ./scripts/test")
	}
	return s
}

// sampleArticle is the shared sample news article in display form.
func sampleArticle(t testing.TB) string {
	t.Helper()
	raw := testsupport.File(t, testsupport.SampleArticle)
	return normalize.String(string(raw))
}

// span returns the code point offsets of the first whole occurrence of
// word in text, failing the test if there is none.
func span(t testing.TB, text, word string) (start, end int) {
	t.Helper()
	i := strings.Index(text, word)
	if i < 0 {
		t.Fatalf("%q does not occur in the text", word)
	}
	start = len([]rune(text[:i]))
	return start, start + len([]rune(word))
}

// send makes one request with optional extra headers (name, value pairs).
func send(t *testing.T, method, path, contentType string, body []byte, header ...string) response {
	t.Helper()
	req, err := http.NewRequest(method, baseURL(t)+path, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	res, err := client.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, path, err)
	}
	defer res.Body.Close()
	var buf bytes.Buffer
	if _, err := buf.ReadFrom(res.Body); err != nil {
		t.Fatalf("%s %s: reading body: %v", method, path, err)
	}
	return response{res.StatusCode, res.Header, buf.Bytes()}
}

// mustJSON encodes v, failing the test on error.
func mustJSON(t testing.TB, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// errorCode returns the code of an API error body, failing the test if the
// body is not the API's error shape.
func (r response) errorCode(t *testing.T) string {
	t.Helper()
	m := r.jsonBody(t)
	e, ok := m["error"].(map[string]any)
	if !ok {
		t.Fatalf("status %d body %q is not {error:{code,message}}", r.status, r.body)
	}
	code, _ := e["code"].(string)
	if msg, _ := e["message"].(string); code == "" || msg == "" {
		t.Fatalf("error without code or message: %q", r.body)
	}
	return code
}

// rowCount counts the rows of table in the local D1 kept in state.
func rowCount(t testing.TB, state, table string) int {
	t.Helper()
	var rows []struct {
		N int `json:"n"`
	}
	d1Query(t, state, "SELECT COUNT(*) AS n FROM "+table, &rows)
	if len(rows) != 1 {
		t.Fatalf("counting %s: %d rows", table, len(rows))
	}
	return rows[0].N
}

// d1Query runs one statement against the local D1 in state through
// wrangler's own CLI, so what the database holds is read without the API
// under test, and decodes its result rows into rows (a pointer to a slice).
func d1Query(t testing.TB, state, query string, rows any) {
	t.Helper()
	cmd := exec.Command(filepath.Join(repoRoot(t), "node_modules", ".bin", "wrangler"),
		"d1", "execute", "DB", "--local", "--persist-to", state, "--command", query, "--json")
	cmd.Dir = repoRoot(t)
	cmd.Env = wranglerEnv()
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("wrangler d1 execute: %v\n%s", err, out)
	}
	var res []struct {
		Results json.RawMessage `json:"results"`
	}
	if err := json.Unmarshal(out, &res); err != nil || len(res) != 1 {
		t.Fatalf("unexpected wrangler d1 output (%v): %s", err, out)
	}
	if err := json.Unmarshal(res[0].Results, rows); err != nil {
		t.Fatalf("unexpected rows from wrangler d1 (%v): %s", err, res[0].Results)
	}
}

// wranglerEnv is the environment every wrangler the tests start runs with:
// no usage data, no request-metadata fetch.
func wranglerEnv() []string {
	return append(os.Environ(), "WRANGLER_SEND_METRICS=false", "CLOUDFLARE_CF_FETCH_ENABLED=false")
}

// address returns a distinct documentation-range client address for the
// n-th simulated client of a test. wrangler dev passes CF-Connecting-IP
// through as sent; on Cloudflare the edge sets it, so a client cannot.
func address(test string, n int) string {
	h := 0
	for _, c := range test {
		h = h*31 + int(c)
	}
	return fmt.Sprintf("10.%d.%d.%d", (h&0x7f)+1, n/250, n%250+1)
}

func bytesReader(b []byte) *bytes.Reader { return bytes.NewReader(b) }

func readAll(res *http.Response) ([]byte, error) {
	var buf bytes.Buffer
	_, err := buf.ReadFrom(res.Body)
	return buf.Bytes(), err
}
