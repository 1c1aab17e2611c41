//go:build integration

package apitest

import (
	"encoding/json"
	"io"
	"net/http"
	"os"
	"strings"
	"testing"
	"time"
)

// baseURL is where the worker under test answers; the tests fail, never
// skip, when it is not set, so a broken harness cannot pass silently.
func baseURL(t *testing.T) string {
	t.Helper()
	u := os.Getenv("TIPPANI_URL")
	if u == "" {
		t.Fatal("TIPPANI_URL is not set: run the worker tests through ./scripts/test")
	}
	return strings.TrimRight(u, "/")
}

var client = &http.Client{Timeout: 30 * time.Second}

// response is a finished HTTP exchange with its body read.
type response struct {
	status int
	header http.Header
	body   []byte
}

func do(t *testing.T, method, path, contentType string, body io.Reader) response {
	t.Helper()
	req, err := http.NewRequest(method, baseURL(t)+path, body)
	if err != nil {
		t.Fatal(err)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	res, err := client.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, path, err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatalf("%s %s: reading body: %v", method, path, err)
	}
	return response{res.StatusCode, res.Header, b}
}

// jsonBody decodes r's body into a generic map, failing the test if the
// response is not JSON with the JSON content type.
func (r response) jsonBody(t *testing.T) map[string]any {
	t.Helper()
	if ct := r.header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Fatalf("Content-Type = %q, want application/json; body %q", ct, r.body)
	}
	var m map[string]any
	if err := json.Unmarshal(r.body, &m); err != nil {
		t.Fatalf("body is not JSON: %v: %q", err, r.body)
	}
	return m
}
