package api

import (
	"encoding/json"
	"strings"
	"testing"

	"tippani/annotation"
	"tippani/annotation/export"
	"tippani/internal/jsonwire"
)

func TestSharesText(t *testing.T) {
	on := sharesText("abc")
	for source, want := range map[string]bool{
		"": true, "urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950e": true, "x": true,
		"https://tippani.example/s/abc": true, "http://127.0.0.1:8787/s/abc/v/2": true,
		"http://127.0.0.1:8787/api/shares/abc/annotations/a1": true,
		"https://tippani.example/s/abcd":                      false, "http://www.example.com/index.html": false,
		"https://example.org/s/other": false, "http://[::1": false,
	} {
		if got := on(source); got != want {
			t.Errorf("%q: %v, want %v", source, got, want)
		}
	}
}

// kept posts body as a foreign annotation with id aid into v.
func kept(t *testing.T, v *shareVersion, aid, body string) {
	t.Helper()
	p, err := export.ReadPosted([]byte(body), v.Text, v.Custom, annotation.DefaultLimits(), sharesText(v.ID))
	if err != nil || !p.Foreign {
		t.Fatalf("%s: %+v %v", body, p, err)
	}
	if err := placePosted(v, aid, p); err != nil {
		t.Fatal(err)
	}
}

func TestForeignAnnotationsAreServedAsGiven(t *testing.T) {
	s := New(nil, WithPublicOrigin("https://t.example"))
	v := &shareVersion{ID: "abc", Text: "राम आए।", Via: map[string]string{"k1": "urn:c:1", "k2": "urn:c:2"}}
	kept(t, v, "k1", `{"type": "Annotation",
	   "target": "http://www.example.com/index.html", "id": "urn:c:1", "body": {"value": "I like <this> page!"}}`)
	kept(t, v, "k2", `{"@context":["http://www.w3.org/ns/anno.jsonld"],"type":"Annotation","via":"urn:other","target":"http://a/"}`)
	aw := s.writerFor(v)
	if got, want := string(aw.body(0)), `{
  "@context": "http://www.w3.org/ns/anno.jsonld",
  "id": "https://t.example/api/shares/abc/annotations/k1",
  "type": "Annotation",
  "target": "http://www.example.com/index.html",
  "body": {"value":"I like <this> page!"},
  "via": "urn:c:1"
}`; got != want {
		t.Errorf("served alone:\n%s\nwant\n%s", got, want)
	}
	e := jsonwire.Encoder{}
	aw.write(&e, 1, false)
	if got := string(e.B); got != `{"@context":["http://www.w3.org/ns/anno.jsonld"],"id":"https://t.example/api/shares/abc/annotations/k2","type":"Annotation","target":"http://a/","via":["urn:other","urn:c:2"]}` {
		t.Errorf("listed: %s", got)
	}
	// Stored and read back, they are the same.
	stmts, err := versionStmts(v)
	if err != nil {
		t.Fatal(err)
	}
	var back []foreignAnnotation
	if err := json.Unmarshal([]byte(stmts[1].Args[8].(string)), &back); err != nil || len(back) != 2 || string(back[0].JSON) != string(v.Foreign[0].JSON) {
		t.Errorf("stored %v: %v", stmts[1].Args[8], err)
	}
}

func TestForeignAnnotationsCountTowardTheBounds(t *testing.T) {
	v := &shareVersion{ID: "abc", Text: "राम आए।", Via: map[string]string{}}
	big := `{"type":"Annotation","target":"http://a/","body":{"value":"` + strings.Repeat("x", 200<<10) + `"}}`
	kept(t, v, "k1", big)
	kept(t, v, "k2", big)
	p, _ := export.ReadPosted([]byte(big), v.Text, nil, annotation.DefaultLimits(), sharesText("abc"))
	if err := placePosted(v, "k3", p); annotation.CodeOf(err) != annotation.CodeTooManyAnnotations {
		t.Errorf("a third of 200 KiB: %v", err)
	}
	w := &shareVersion{Text: "राम", Foreign: make([]foreignAnnotation, annotation.DefaultLimits().Annotations)}
	w.Annotations, w.IDs = []annotation.Annotation{{Start: 0, End: 3, Type: annotation.PER}}, []string{"a1"}
	if err := checkBounds(w); annotation.CodeOf(err) != annotation.CodeTooManyAnnotations {
		t.Errorf("5,001 annotations of both kinds: %v", err)
	}
}
