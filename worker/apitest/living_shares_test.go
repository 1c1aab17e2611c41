//go:build integration

package apitest

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
)

// created is the answer to POST /api/shares.
type created struct {
	ID         string `json:"id"`
	URL        string `json:"url"`
	Version    int    `json:"version"`
	OwnerToken string `json:"ownerToken"`
}

// createOwned posts body and returns the whole answer.
func createOwned(t *testing.T, body []byte) created {
	t.Helper()
	r := send(t, http.MethodPost, "/api/shares", "application/json", body)
	if r.status != http.StatusCreated {
		t.Fatalf("POST /api/shares: %d %s", r.status, r.body)
	}
	var c created
	if err := json.Unmarshal(r.body, &c); err != nil {
		t.Fatal(err)
	}
	var keys map[string]any
	json.Unmarshal(r.body, &keys)
	if len(keys) != 4 || c.Version != 1 || len(c.OwnerToken) != 22 || c.URL != baseURL(t)+"/s/"+c.ID {
		t.Fatalf("POST /api/shares answered %s; want exactly id, url, version 1 and ownerToken", r.body)
	}
	return c
}

// versionBody is a share version as read.
type versionBody struct {
	ID          string            `json:"id"`
	Version     int               `json:"version"`
	Title       string            `json:"title"`
	Text        string            `json:"text"`
	Annotations []shareAnnotation `json:"annotations"`
	CustomTypes []map[string]any  `json:"customTypes"`
	Created     string            `json:"created"`
	Modified    string            `json:"modified"`
}

func readVersion(t *testing.T, path string) (versionBody, response) {
	t.Helper()
	r := send(t, http.MethodGet, path, "", nil)
	if r.status != http.StatusOK {
		t.Fatalf("GET %s: %d %s", path, r.status, r.body)
	}
	var v versionBody
	if err := json.Unmarshal(r.body, &v); err != nil {
		t.Fatal(err)
	}
	return v, r
}

func TestLivingShareKeepsOneLinkAndEveryVersion(t *testing.T) {
	body := articleShare(t)
	c := createOwned(t, mustJSON(t, body))

	latest, r := readVersion(t, "/api/shares/"+c.ID)
	if latest.Version != 1 || r.header.Get("ETag") != `"v1"` || r.header.Get("Cache-Control") != "no-cache" {
		t.Errorf("latest: version %d, ETag %q, Cache-Control %q", latest.Version, r.header.Get("ETag"), r.header.Get("Cache-Control"))
	}
	if got := send(t, http.MethodGet, "/api/shares/"+c.ID, "", nil, "If-None-Match", `"v1"`); got.status != http.StatusNotModified {
		t.Errorf("If-None-Match of the latest: %d", got.status)
	}

	// The owner stores the next version: one annotation fewer, a custom type.
	edited := body
	edited.Annotations = body.Annotations[1:]
	text := body.Text
	s, e := span(t, text, "रक्षा मंत्रालय")
	withCustom := map[string]any{
		"title": body.Title, "text": text,
		"annotations": append(toMaps(edited.Annotations), map[string]any{"start": s, "end": e, "type": "MINISTRY"}),
		"customTypes": []map[string]any{{"code": "MINISTRY", "name": "ministry", "color": "#aa3377"}},
	}
	put := func(token string, extra ...string) response {
		h := append([]string{"Authorization", "Bearer " + token}, extra...)
		if token == "" {
			h = extra
		}
		return send(t, http.MethodPut, "/api/shares/"+c.ID, "application/json", mustJSON(t, withCustom), h...)
	}
	if r := put(""); r.status != http.StatusUnauthorized || r.errorCode(t) != "token_required" || !strings.HasPrefix(r.header.Get("WWW-Authenticate"), "Bearer") {
		t.Errorf("PUT without a token: %d %s", r.status, r.body)
	}
	if r := put("AAAAAAAAAAAAAAAAAAAAAA"); r.status != http.StatusForbidden || r.errorCode(t) != "wrong_token" {
		t.Errorf("PUT with a wrong token: %d %s", r.status, r.body)
	}
	r = put(c.OwnerToken)
	var answer map[string]any
	json.Unmarshal(r.body, &answer)
	if r.status != http.StatusOK || answer["version"] != float64(2) {
		t.Fatalf("PUT by the owner: %d %s", r.status, r.body)
	}
	if r := put(c.OwnerToken, "If-Match", `"v1"`); r.status != http.StatusPreconditionFailed || r.errorCode(t) != "precondition_failed" {
		t.Errorf("PUT with a stale If-Match: %d %s", r.status, r.body)
	}

	latest, _ = readVersion(t, "/api/shares/"+c.ID)
	if latest.Version != 2 || len(latest.Annotations) != len(body.Annotations) || len(latest.CustomTypes) != 1 || latest.Created == latest.Modified {
		t.Errorf("latest after the update: %+v", latest)
	}
	v1, r1 := readVersion(t, "/api/shares/"+c.ID+"/v/1")
	if v1.Version != 1 || len(v1.Annotations) != len(body.Annotations) || v1.Annotations[0] != body.Annotations[0] ||
		r1.header.Get("Cache-Control") != "public, max-age=31536000, immutable" {
		t.Errorf("version 1 changed or is not immutable: %+v %q", v1.Annotations, r1.header.Get("Cache-Control"))
	}
	for _, p := range []string{"/v/3", "/v/0", "/v/01", "/v/x"} {
		if r := send(t, http.MethodGet, "/api/shares/"+c.ID+p, "", nil); r.status != http.StatusNotFound {
			t.Errorf("%s: %d", p, r.status)
		}
	}

	// The secret is stored only as its SHA-256.
	var rows []struct {
		Owner string `json:"owner_hash"`
	}
	d1Query(t, stateDir(t), "SELECT owner_hash FROM shares WHERE id = '"+c.ID+"'", &rows)
	if len(rows) != 1 || len(rows[0].Owner) != 64 || strings.Contains(rows[0].Owner, c.OwnerToken) {
		t.Errorf("owner_hash = %+v", rows)
	}
}

func toMaps(anns []shareAnnotation) []any {
	var out []any
	for _, a := range anns {
		var m map[string]any
		b, _ := json.Marshal(a)
		json.Unmarshal(b, &m)
		out = append(out, m)
	}
	return out
}
