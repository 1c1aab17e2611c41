//go:build integration

package apitest

import (
	"encoding/json"
	"net/http"
	"slices"
	"strings"
	"testing"
)

// The container keeps a valid Web Annotation that is not an entity
// annotation on the share's text as given, as the Web Annotation Protocol
// asks of a container that a client did not write for Tippani.
func TestContainerKeepsOtherWebAnnotationsAsGiven(t *testing.T) {
	c, path, auth := ownedContainer(t, "राम और सीता अयोध्या से वन गए।")
	container := baseURL(t) + path
	version := func() int { v, _ := readVersion(t, "/api/shares/"+c.ID); return v.Version }

	// The Web Annotation Data Model's own example, with a client id.
	example := `{"@context":"http://www.w3.org/ns/anno.jsonld","id":"http://example.org/anno1","type":"Annotation",
	  "body":{"type":"TextualBody","value":"I like this page!"},"target":"http://www.example.com/index.html"}`
	if r := send(t, http.MethodPost, path, annoType, []byte(example)); r.status != http.StatusUnauthorized {
		t.Errorf("POST without a token: %d", r.status)
	}
	r := send(t, http.MethodPost, path, annoType, []byte(example), auth...)
	loc := r.header.Get("Location")
	if r.status != http.StatusCreated || !strings.HasPrefix(loc, container) || len(loc) <= len(container) ||
		r.header.Get("Content-Type") != annoType || r.header.Get("ETag") == "" {
		t.Fatalf("POST the example: %d %v %s", r.status, r.header, r.body)
	}
	var made map[string]any
	json.Unmarshal(r.body, &made)
	body, _ := made["body"].(map[string]any)
	if made["id"] != loc || made["via"] != "http://example.org/anno1" || made["@context"] != "http://www.w3.org/ns/anno.jsonld" ||
		made["target"] != "http://www.example.com/index.html" || body["value"] != "I like this page!" || len(made) != 6 {
		t.Errorf("created: %s", r.body)
	}
	if v := version(); v != 2 {
		t.Errorf("after the POST the share is version %d", v)
	}

	// GET it at its IRI, with the headers of every annotation.
	annPath := strings.TrimPrefix(loc, baseURL(t))
	got := send(t, http.MethodGet, annPath, "", nil)
	h := got.header
	if got.status != http.StatusOK || h.Get("Content-Type") != annoType || h.Get("ETag") != r.header.Get("ETag") ||
		!strings.Contains(h.Get("Link"), ldpNS+"Resource") || !strings.Contains(h.Get("Allow"), "PUT") ||
		!strings.Contains(h.Get("Allow"), "DELETE") || !strings.Contains(h.Get("Vary"), "Accept") || string(got.body) != string(r.body) {
		t.Errorf("GET %s: %d %v %s", annPath, got.status, h, got.body)
	}
	if r := send(t, http.MethodGet, annPath, "", nil, "If-None-Match", h.Get("ETag")); r.status != http.StatusNotModified {
		t.Errorf("GET with its ETag: %d", r.status)
	}
	checkW3C(t, map[string][]byte{"kept.jsonld": got.body})

	// Listed in the container, after the entity annotation, in each view.
	listed := func(prefer string) (total int, items []json.RawMessage) {
		t.Helper()
		r := send(t, http.MethodGet, path, "", nil, "Prefer", prefer)
		var coll struct {
			Total int
			First json.RawMessage // the minimal container names the page
		}
		if err := json.Unmarshal(r.body, &coll); err != nil || r.status != http.StatusOK {
			t.Fatalf("GET the container (%s): %d %v", prefer, r.status, err)
		}
		var first struct{ Items []json.RawMessage }
		json.Unmarshal(coll.First, &first)
		return coll.Total, first.Items
	}
	total, items := listed(containedD)
	if total != 2 || len(items) != 2 || !strings.Contains(string(items[1]), `"id": "`+loc+`"`) || !strings.Contains(string(items[1]), "I like this page!") {
		t.Errorf("descriptions: total %d, items %s", total, items)
	}
	total, items = listed(iris)
	if total != 2 || len(items) != 2 || string(items[1]) != `"`+loc+`"` {
		t.Errorf("IRIs: total %d, items %s", total, items)
	}
	if total, _ := listed(minimal); total != 2 {
		t.Errorf("minimal container: total %d", total)
	}
	page := send(t, http.MethodGet, path+"?page=0", "", nil)
	if !strings.Contains(string(page.body), loc) || !strings.Contains(string(page.body), `"total": 2`) {
		t.Errorf("page 0: %s", page.body)
	}
	// The share's Tippani JSON and page stay as they were.
	if v, _ := readVersion(t, "/api/shares/"+c.ID); len(v.Annotations) != 1 || v.Annotations[0].Type != "PER" {
		t.Errorf("the share's annotations: %+v", v.Annotations)
	}

	// PUT a changed version with If-Match; the old ETag is then stale.
	etag := h.Get("ETag")
	changed := strings.Replace(string(got.body), "I like this page!", "I like it less now.", 1)
	if r := send(t, http.MethodPut, annPath, annoType, []byte(changed), "Authorization", "Bearer AAAAAAAAAAAAAAAAAAAAAA"); r.status != http.StatusForbidden {
		t.Errorf("PUT with a wrong token: %d", r.status)
	}
	put := send(t, http.MethodPut, annPath, annoType, []byte(changed), append(auth, "If-Match", etag)...)
	if put.status != http.StatusOK || put.header.Get("ETag") == etag || !strings.Contains(string(put.body), "I like it less now.") ||
		!strings.Contains(string(put.body), `"id": "`+loc+`"`) || strings.Count(string(put.body), "http://example.org/anno1") != 1 {
		t.Fatalf("PUT with If-Match: %d %v %s", put.status, put.header, put.body)
	}
	if r := send(t, http.MethodPut, annPath, annoType, []byte(example), append(auth, "If-Match", etag)...); r.status != http.StatusPreconditionFailed {
		t.Errorf("PUT with a stale ETag: %d", r.status)
	}
	if v := version(); v != 3 {
		t.Errorf("after the PUT the share is version %d", v)
	}

	// Entity annotations that break Tippani's rules are still refused, on
	// the share's own address or none; bodies that are no Annotation too.
	for _, bad := range []struct {
		body string
		code int
	}{
		{`{"type":"Annotation","body":{"value":"LOC"},"target":{"source":"` + c.URL + `","selector":{"type":"TextQuoteSelector","exact":"राम और"}}}`, 422},
		{`{"type":"Annotation","body":{"value":"LOC"},"target":{"selector":{"type":"TextPositionSelector","start":1,"end":3}}}`, 422},
		{`{"type":"Annotation","body":{"value":"LOC"},"target":{"source":"` + c.URL + `/v/1","selector":{"type":"TextPositionSelector","start":0,"end":999}}}`, 422},
		{`{"type":"Annotation","body":{"value":"I like this page!"}}`, 400},
		{`{"type":"TextualBody","value":"I like this page!"}`, 400},
		{`{"@context":"http://schema.org/","type":"Annotation","target":"http://www.example.com/"}`, 400},
		{`[` + example + `]`, 400},
		{`{"type":"Annotation","target":`, 400},
	} {
		r := send(t, http.MethodPost, path, annoType, []byte(bad.body), auth...)
		if r.status != bad.code {
			t.Errorf("POST %.70s: %d %s, want %d", bad.body, r.status, r.body, bad.code)
		}
	}
	if r := send(t, http.MethodPut, annPath, annoType, []byte(`{"type":"Annotation"}`), auth...); r.status != http.StatusBadRequest {
		t.Errorf("PUT without a target: %d", r.status)
	}
	// Kept annotations count toward the share's bounds: one over the
	// bytes they may take together is refused.
	huge := `{"type":"Annotation","body":{"value":"` + strings.Repeat("x", 600<<10) + `"},"target":"http://www.example.com/"}`
	if r := send(t, http.MethodPost, path, annoType, []byte(huge), auth...); r.status != http.StatusRequestEntityTooLarge {
		t.Errorf("POST of 600 KiB to keep: %d %.200s", r.status, r.body)
	}
	if v := version(); v != 3 {
		t.Errorf("refused writes changed the share: version %d", v)
	}

	// The owner's PUT of the whole document keeps it.
	v, _ := readVersion(t, "/api/shares/"+c.ID)
	doc := map[string]any{"text": v.Text, "annotations": toMaps(v.Annotations)}
	if r := send(t, http.MethodPut, "/api/shares/"+c.ID, "application/json", mustJSON(t, doc), auth...); r.status != http.StatusOK {
		t.Fatalf("PUT the share: %d %s", r.status, r.body)
	}
	if r := send(t, http.MethodGet, annPath, "", nil); r.status != http.StatusOK || r.header.Get("ETag") != put.header.Get("ETag") {
		t.Errorf("after the share's PUT: %d", r.status)
	}

	// DELETE: 401 without the token, 204 with it, then 404.
	if r := send(t, http.MethodDelete, annPath, "", nil); r.status != http.StatusUnauthorized {
		t.Errorf("DELETE without a token: %d", r.status)
	}
	if r := send(t, http.MethodDelete, annPath, "", nil, append(auth, "If-Match", put.header.Get("ETag"))...); r.status != http.StatusNoContent {
		t.Errorf("DELETE: %d %s", r.status, r.body)
	}
	if r := send(t, http.MethodGet, annPath, "", nil); r.status != http.StatusNotFound {
		t.Errorf("GET after DELETE: %d", r.status)
	}
	if total, _ := listed(containedD); total != 1 || version() != 5 {
		t.Errorf("after the DELETE: total %d, version %d", total, version())
	}
}

// A comment on a stretch of the text, a quote on another page, a Slug, and
// a PUT that turns a kept annotation into an entity annotation.
func TestContainerKeptAnnotationsBecomeEntitiesByPUT(t *testing.T) {
	text := "राम और सीता अयोध्या से वन गए।"
	c := createOwned(t, mustJSON(t, map[string]any{"text": text}))
	path := containerPath(c.ID)
	auth := []string{"Authorization", "Bearer " + c.OwnerToken}
	comment := `{"type":"Annotation","body":{"type":"TextualBody","purpose":"commenting","value":"कौन?"},
	  "target":{"source":"` + c.URL + `","selector":{"type":"TextQuoteSelector","exact":"सीता"}}}`
	elsewhere := `{"type":"Annotation","body":{"purpose":"tagging","value":"PER"},
	  "target":{"source":"http://example.org/page1","selector":{"type":"TextQuoteSelector","exact":"हनुमान"}}}`
	r := send(t, http.MethodPost, path, annoType, []byte(comment), append(auth, "Slug", "kaun")...)
	if r.status != http.StatusCreated || r.header.Get("Location") != baseURL(t)+path+"kaun" {
		t.Fatalf("POST a comment: %d %q %s", r.status, r.header.Get("Location"), r.body)
	}
	if r := send(t, http.MethodPost, path, annoType, []byte(elsewhere), append(auth, "Slug", "kaun")...); r.status != http.StatusCreated ||
		r.header.Get("Location") == baseURL(t)+path+"kaun" {
		t.Errorf("POST a quote elsewhere with a taken Slug: %d %q", r.status, r.header.Get("Location"))
	}
	tagged := strings.Replace(comment, `"purpose":"commenting","value":"कौन?"`, `"purpose":"tagging","value":"PER"`, 1)
	if r := send(t, http.MethodPut, path+"kaun", annoType, []byte(tagged), auth...); r.status != http.StatusOK {
		t.Fatalf("PUT as an entity: %d %s", r.status, r.body)
	}
	v, _ := readVersion(t, "/api/shares/"+c.ID)
	s, e := span(t, text, "सीता")
	if len(v.Annotations) != 1 || v.Annotations[0].Start != s || v.Annotations[0].End != e || v.Annotations[0].Type != "PER" {
		t.Errorf("the share's annotations: %+v", v.Annotations)
	}
	var coll struct {
		Total int
		First struct{ Items []string }
	}
	json.Unmarshal(send(t, http.MethodGet, path, "", nil, "Prefer", iris).body, &coll)
	if coll.Total != 2 || !slices.Contains(coll.First.Items, baseURL(t)+path+"kaun") {
		t.Errorf("container: %+v", coll)
	}
}
