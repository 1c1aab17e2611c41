//go:build integration

package apitest

import (
	"encoding/json"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
)

const (
	annoType   = `application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"`
	ldpNS      = "http://www.w3.org/ns/ldp#"
	minimal    = `return=representation;include="http://www.w3.org/ns/ldp#PreferMinimalContainer"`
	iris       = `return=representation;include="http://www.w3.org/ns/oa#PreferContainedIRIs"`
	containedD = `return=representation;include="http://www.w3.org/ns/oa#PreferContainedDescriptions"`
)

// manyShare is a text of n short sentences, each naming a person, with
// every name annotated: n annotations.
func manyShare(n int) map[string]any {
	var b strings.Builder
	var anns []map[string]any
	at := 0
	for i := range n {
		name := "राम" + strconv.Itoa(i)
		line := name + " आए। "
		anns = append(anns, map[string]any{"start": at, "end": at + len([]rune(name)), "type": "PER"})
		b.WriteString(line)
		at += len([]rune(line))
	}
	return map[string]any{"title": "बहुत से नाम", "text": b.String(), "annotations": anns}
}

func containerPath(id string) string { return "/api/shares/" + id + "/annotations/" }

func TestContainerDescribesItselfAndPagesOver1200Annotations(t *testing.T) {
	c := createOwned(t, mustJSON(t, manyShare(1200)))
	path := containerPath(c.ID)
	container := baseURL(t) + path

	r := send(t, http.MethodGet, path, "", nil)
	h := r.header
	if r.status != http.StatusOK || h.Get("Content-Type") != annoType {
		t.Fatalf("GET container: %d %q", r.status, h.Get("Content-Type"))
	}
	link := strings.Join(h.Values("Link"), ", ")
	for _, want := range []string{`<` + ldpNS + `BasicContainer>; rel="type"`, `rel="` + ldpNS + `constrainedBy"`} {
		if !strings.Contains(link, want) {
			t.Errorf("Link %q lacks %s", link, want)
		}
	}
	if !strings.Contains(h.Get("Allow"), "POST") || !strings.Contains(h.Get("Vary"), "Prefer") || !strings.Contains(h.Get("Vary"), "Accept") ||
		h.Get("Accept-Post") != annoType || h.Get("ETag") == "" || h.Get("Content-Location") != container {
		t.Errorf("container headers: %v", h)
	}
	var coll struct {
		Context  []string        `json:"@context"`
		ID       string          `json:"id"`
		Type     []string        `json:"type"`
		Label    string          `json:"label"`
		Total    int             `json:"total"`
		Modified string          `json:"modified"`
		First    json.RawMessage `json:"first"`
		Last     string          `json:"last"`
	}
	if err := json.Unmarshal(r.body, &coll); err != nil {
		t.Fatal(err)
	}
	if strings.Join(coll.Context, " ") != "http://www.w3.org/ns/anno.jsonld http://www.w3.org/ns/ldp.jsonld" || coll.ID != container ||
		strings.Join(coll.Type, " ") != "BasicContainer AnnotationCollection" || coll.Total != 1200 || coll.Label != "बहुत से नाम" ||
		coll.Modified == "" || coll.Last != container+"?page=11" {
		t.Errorf("container: %+v", coll)
	}

	// Follow the pages from the first embedded one to the last.
	type page struct {
		ID         string          `json:"id"`
		Type       string          `json:"type"`
		PartOf     json.RawMessage `json:"partOf"`
		StartIndex int             `json:"startIndex"`
		Next, Prev string
		Items      []json.RawMessage `json:"items"`
	}
	var p page
	json.Unmarshal(coll.First, &p)
	seen := map[string]bool{}
	for n := 0; ; n++ {
		if p.StartIndex != n*100 || p.Type != "AnnotationPage" || len(p.Items) != 100 {
			t.Fatalf("page %d: startIndex %d, %d items", n, p.StartIndex, len(p.Items))
		}
		if (n > 0) != (p.Prev != "") {
			t.Errorf("page %d prev %q", n, p.Prev)
		}
		for _, raw := range p.Items {
			var item struct{ ID, Type string }
			json.Unmarshal(raw, &item)
			if !strings.HasPrefix(item.ID, container) || item.Type != "Annotation" || seen[item.ID] {
				t.Fatalf("page %d item %s", n, raw)
			}
			seen[item.ID] = true
		}
		if p.Next == "" {
			if p.ID != coll.Last {
				t.Errorf("the page without next is %s, last is %s", p.ID, coll.Last)
			}
			break
		}
		r := send(t, http.MethodGet, strings.TrimPrefix(p.Next, baseURL(t)), "", nil)
		if r.status != http.StatusOK || r.header.Get("Content-Type") != annoType {
			t.Fatalf("GET %s: %d", p.Next, r.status)
		}
		p = page{}
		json.Unmarshal(r.body, &p)
		var partOf struct {
			ID    string
			Total int
		}
		json.Unmarshal(p.PartOf, &partOf)
		if partOf.ID != container || partOf.Total != 1200 {
			t.Errorf("page %d partOf %s", n+1, p.PartOf)
		}
	}
	if len(seen) != 1200 {
		t.Errorf("the pages hold %d distinct annotations, want 1200", len(seen))
	}
	if r := send(t, http.MethodGet, path+"?page=12", "", nil); r.status != http.StatusNotFound {
		t.Errorf("page past the last: %d", r.status)
	}

	// Prefer: the minimal container, then contained IRIs.
	r = send(t, http.MethodGet, path, "", nil, "Prefer", minimal)
	var min map[string]any
	json.Unmarshal(r.body, &min)
	if first, ok := min["first"].(string); !ok || first != container+"?page=0" || r.header.Get("Preference-Applied") != "return=representation" ||
		r.header.Get("Content-Location") != container+"?minimal=1" || r.header.Get("ETag") == h.Get("ETag") {
		t.Errorf("minimal container: first %v, headers %v", min["first"], r.header)
	}
	r = send(t, http.MethodGet, path, "", nil, "Prefer", iris)
	var withIRIs struct {
		First struct {
			Items []string `json:"items"`
			Next  string   `json:"next"`
		} `json:"first"`
		Last string `json:"last"`
	}
	if err := json.Unmarshal(r.body, &withIRIs); err != nil || len(withIRIs.First.Items) != 100 ||
		!strings.HasPrefix(withIRIs.First.Items[0], container) || withIRIs.First.Next != container+"?iris=1&page=1" ||
		withIRIs.Last != container+"?iris=1&page=11" || r.header.Get("Content-Location") != container+"?iris=1" {
		t.Errorf("contained IRIs: %v %s", err, r.body[:min2(len(r.body), 400)])
	}
	r = send(t, http.MethodGet, path, "", nil, "Prefer", containedD)
	if r.header.Get("ETag") != h.Get("ETag") {
		t.Errorf("contained descriptions should be the default representation")
	}

	// HEAD: the same headers, no body; OPTIONS; an Accept it cannot serve.
	head := send(t, http.MethodHead, path, "", nil)
	if head.status != http.StatusOK || len(head.body) != 0 || head.header.Get("ETag") != h.Get("ETag") {
		t.Errorf("HEAD: %d, %d bytes, ETag %q", head.status, len(head.body), head.header.Get("ETag"))
	}
	if r := send(t, http.MethodGet, path, "", nil, "Accept", "text/turtle"); r.status != http.StatusNotAcceptable {
		t.Errorf("Accept: text/turtle: %d", r.status)
	}
	if r := send(t, http.MethodGet, path, "", nil, "Accept", "application/ld+json; profile=\"http://www.w3.org/ns/anno.jsonld\""); r.status != http.StatusOK {
		t.Errorf("Accept JSON-LD: %d", r.status)
	}

	// The container and a page as a W3C client would check them.
	checkW3C(t, map[string][]byte{"container.jsonld": send(t, http.MethodGet, path, "", nil).body,
		"page.jsonld": send(t, http.MethodGet, path+"?page=3", "", nil).body})
}

func min2(a, b int) int {
	if a < b {
		return a
	}
	return b
}

// checkW3C runs annotation/export/testdata/w3c/check.mjs (JSON schemas of
// the Web Annotation Data Model and JSON-LD expansion in safe mode) on
// the bodies.
func checkW3C(t *testing.T, bodies map[string][]byte) {
	t.Helper()
	dir := t.TempDir()
	args := []string{filepath.Join(repoRoot(t), "annotation/export/testdata/w3c/check.mjs")}
	for name, b := range bodies {
		p := filepath.Join(dir, name)
		os.WriteFile(p, b, 0o644)
		args = append(args, p)
	}
	out, err := exec.Command("node", args...).CombinedOutput()
	if err != nil {
		t.Errorf("check.mjs: %v\n%s", err, out)
	}
}

// ownedContainer makes an owned share of text with its first word marked
// PER, and returns it, its container's path and the owner's header.
func ownedContainer(t *testing.T, text string) (c created, path string, auth []string) {
	t.Helper()
	s, e := span(t, text, strings.Fields(text)[0])
	c = createOwned(t, mustJSON(t, map[string]any{"text": text, "annotations": []map[string]any{{"start": s, "end": e, "type": "PER"}}}))
	return c, containerPath(c.ID), []string{"Authorization", "Bearer " + c.OwnerToken}
}

func TestContainerWritesByTheOwnerOnly(t *testing.T) {
	c, path, auth := ownedContainer(t, "राम और सीता अयोध्या से वन गए। लक्ष्मण भी साथ थे।")
	container := baseURL(t) + path
	post := func(body string, header ...string) response {
		return send(t, http.MethodPost, path, annoType, []byte(body), header...)
	}
	sita := `{"@context":"http://www.w3.org/ns/anno.jsonld","id":"urn:example:client-1","type":"Annotation",
	  "body":[{"type":"TextualBody","purpose":"tagging","value":"PER"},{"type":"TextualBody","purpose":"commenting","value":"रानी"}],
	  "target":{"source":"` + c.URL + `","selector":{"type":"TextQuoteSelector","exact":"सीता"}}}`

	if r := post(sita); r.status != http.StatusUnauthorized || !strings.HasPrefix(r.header.Get("WWW-Authenticate"), "Bearer") {
		t.Errorf("POST without a token: %d", r.status)
	}
	if r := post(sita, "Authorization", "Bearer AAAAAAAAAAAAAAAAAAAAAA"); r.status != http.StatusForbidden {
		t.Errorf("POST with a wrong token: %d", r.status)
	}
	r := post(sita, append(auth, "Slug", "sita")...)
	if r.status != http.StatusCreated || r.header.Get("Location") != container+"sita" || r.header.Get("ETag") == "" || r.header.Get("Content-Type") != annoType {
		t.Fatalf("POST by the owner: %d %v %s", r.status, r.header, r.body)
	}
	var made map[string]any
	json.Unmarshal(r.body, &made)
	if made["id"] != container+"sita" || made["via"] != "urn:example:client-1" || made["@context"] != "http://www.w3.org/ns/anno.jsonld" {
		t.Errorf("created annotation: %s", r.body)
	}
	// The same Slug again is taken: the server names the annotation.
	lakshman := `{"type":"Annotation","body":{"type":"TextualBody","value":"व्यक्ति"},"target":{"source":"x","selector":[{"type":"TextPositionSelector","start":30,"end":36},{"type":"TextQuoteSelector","exact":"लक्ष्मण"}]}}`
	r = post(lakshman, append(auth, "Slug", "sita")...)
	if r.status != http.StatusCreated || r.header.Get("Location") == container+"sita" || !strings.HasPrefix(r.header.Get("Location"), container) {
		t.Fatalf("second POST with a taken Slug: %d %q %s", r.status, r.header.Get("Location"), r.body)
	}
	lakshmanIRI := r.header.Get("Location")
	if v, _ := readVersion(t, "/api/shares/"+c.ID); v.Version != 3 || len(v.Annotations) != 3 {
		t.Errorf("after two posts the share is version %d with %d annotations", v.Version, len(v.Annotations))
	}

	// Refused posts store nothing.
	for _, bad := range []struct {
		body, contentType string
		status            int
	}{
		{`{"type":"Annotation","body":{"value":"PER"},"target":{"selector":{"type":"TextPositionSelector","start":5,"end":900}}}`, annoType, 422},
		{`{"type":"Annotation","body":{"value":"PER"},"target":{"selector":{"type":"TextQuoteSelector","exact":"हनुमान"}}}`, annoType, 422},
		{`{"type":"Annotation","body":{"value":"LOC"},"target":{"selector":{"type":"TextQuoteSelector","exact":"राम और"}}}`, annoType, 422},
		{`{"type":"Annotation","body":{"value":"PER"},"target":{"selector":{"type":"TextPositionSelector","start":1,"end":3}}}`, annoType, 422},
		{`{"type":"Annotation","body":{"type":"TextualBody","value":"I like this page!"}}`, annoType, 400},
		{`{"type":"Note","body":{"value":"PER"},"target":"http://www.example.com/index.html"}`, annoType, 400},
		{`not json`, annoType, 400},
		{sita, "text/plain", 415},
	} {
		r := send(t, http.MethodPost, path, bad.contentType, []byte(bad.body), auth...)
		if r.status != bad.status || !strings.Contains(strings.Join(r.header.Values("Link"), ","), "constrainedBy") {
			t.Errorf("POST %.60s: %d %s, want %d with constrainedBy", bad.body, r.status, r.body, bad.status)
		}
	}
	if v, _ := readVersion(t, "/api/shares/"+c.ID); v.Version != 3 {
		t.Errorf("refused posts changed the share: version %d", v.Version)
	}

	// GET one annotation; PUT with If-Match; a stale one is 412.
	one := send(t, http.MethodGet, strings.TrimPrefix(lakshmanIRI, baseURL(t)), "", nil)
	if one.status != http.StatusOK || !strings.Contains(one.header.Get("Link"), ldpNS+"Resource") || !strings.Contains(one.header.Get("Allow"), "DELETE") {
		t.Fatalf("GET annotation: %d %v", one.status, one.header)
	}
	etag := one.header.Get("ETag")
	moved := strings.Replace(lakshman, `"व्यक्ति"`, `"स्थान"`, 1)
	annPath := strings.TrimPrefix(lakshmanIRI, baseURL(t))
	if r := send(t, http.MethodPut, annPath, annoType, []byte(moved), append(auth, "If-Match", `"stale"`)...); r.status != http.StatusPreconditionFailed {
		t.Errorf("PUT with a stale ETag: %d", r.status)
	}
	if r := send(t, http.MethodPut, annPath, annoType, []byte(moved), "If-Match", etag); r.status != http.StatusUnauthorized {
		t.Errorf("PUT without a token: %d", r.status)
	}

	// Two PUTs with the same ETag at once: one wins, the other is 412.
	var wg sync.WaitGroup
	statuses := make([]int, 2)
	for i, label := range []string{`"स्थान"`, `"संगठन"`} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			body := strings.Replace(lakshman, `"व्यक्ति"`, label, 1)
			statuses[i] = send(t, http.MethodPut, annPath, annoType, []byte(body), append(auth, "If-Match", etag)...).status
		}()
	}
	wg.Wait()
	if !(statuses[0] == 200 && statuses[1] == 412 || statuses[0] == 412 && statuses[1] == 200) {
		t.Errorf("concurrent PUTs with one ETag: %v, want one 200 and one 412", statuses)
	}
	after := send(t, http.MethodGet, annPath, "", nil)
	if after.header.Get("ETag") == etag {
		t.Errorf("the annotation's ETag did not change")
	}

	// DELETE with the current ETag; then it is gone.
	if r := send(t, http.MethodDelete, annPath, "", nil, append(auth, "If-Match", etag)...); r.status != http.StatusPreconditionFailed {
		t.Errorf("DELETE with the old ETag: %d", r.status)
	}
	if r := send(t, http.MethodDelete, annPath, "", nil, append(auth, "If-Match", after.header.Get("ETag"))...); r.status != http.StatusNoContent {
		t.Errorf("DELETE: %d %s", r.status, r.body)
	}
	if r := send(t, http.MethodGet, annPath, "", nil); r.status != http.StatusNotFound {
		t.Errorf("GET after DELETE: %d", r.status)
	}
	if v, _ := readVersion(t, "/api/shares/"+c.ID); len(v.Annotations) != 2 {
		t.Errorf("after the delete: %d annotations", len(v.Annotations))
	}
}

func TestContainerAnswersOtherOrigins(t *testing.T) {
	c := createOwned(t, mustJSON(t, articleShare(t)))
	path := containerPath(c.ID)
	pre := send(t, http.MethodOptions, path, "", nil, "Origin", "https://client.example", "Access-Control-Request-Method", "POST",
		"Access-Control-Request-Headers", "authorization, content-type, if-match, prefer, slug")
	h := pre.header
	if pre.status/100 != 2 || h.Get("Access-Control-Allow-Origin") != "*" || !strings.Contains(h.Get("Access-Control-Allow-Methods"), "POST") ||
		!strings.Contains(h.Get("Access-Control-Allow-Headers"), "Authorization") || !strings.Contains(h.Get("Allow"), "POST") || h.Get("Accept-Post") != annoType {
		t.Errorf("preflight: %d %v", pre.status, h)
	}
	get := send(t, http.MethodGet, path, "", nil, "Origin", "https://client.example")
	if get.header.Get("Access-Control-Allow-Origin") != "*" || !strings.Contains(get.header.Get("Access-Control-Expose-Headers"), "ETag") {
		t.Errorf("GET from another origin: %v", get.header)
	}
	var coll struct {
		First struct{ Items []struct{ ID string } }
	}
	json.Unmarshal(get.body, &coll)
	if len(coll.First.Items) != 3 {
		t.Fatalf("items: %s", get.body)
	}
	item := strings.TrimPrefix(coll.First.Items[0].ID, baseURL(t))
	opt := send(t, http.MethodOptions, item, "", nil)
	if opt.status/100 != 2 || !strings.Contains(opt.header.Get("Allow"), "PUT") {
		t.Errorf("OPTIONS annotation: %d %v", opt.status, opt.header)
	}
	if r := send(t, http.MethodPatch, item, "application/json", []byte("{}")); r.status != http.StatusMethodNotAllowed || !strings.Contains(r.header.Get("Allow"), "DELETE") {
		t.Errorf("PATCH: %d %v", r.status, r.header)
	}
	if r := send(t, http.MethodGet, "/api/shares/"+c.ID+"/annotations", "", nil); r.status != http.StatusNotFound || r.errorCode(t) != "not_found" {
		t.Errorf("the container without its slash: %d", r.status)
	}
	checkW3C(t, map[string][]byte{"annotation.jsonld": send(t, http.MethodGet, item, "", nil).body})
}
