package export

import (
	"strings"
	"testing"

	"tippani/annotation"
)

// onShare accepts targets without a source or on https://x/s/1.
func onShare(source string) bool { return source == "" || strings.HasPrefix(source, "https://x/s/1") }

func TestReadPosted(t *testing.T) {
	text := "राम अयोध्या गए।"
	declared := []annotation.CustomType{{Code: "WORK", Name: "work", Color: "#aa3377"}}
	ok := `{"@context":"http://www.w3.org/ns/anno.jsonld","id":"urn:client:1","type":"Annotation",
	  "body":[{"type":"TextualBody","purpose":"tagging","value":"LOC"},{"type":"TextualBody","purpose":"commenting","value":"नगर"}],
	  "target":{"source":"https://x/s/1","selector":{"type":"TextQuoteSelector","exact":"अयोध्या"}}}`
	p, err := ReadPosted([]byte(ok), text, declared, annotation.DefaultLimits(), onShare)
	if err != nil || p.Foreign || p.Annotation != (annotation.Annotation{Start: 4, End: 11, Type: annotation.LOC, Note: "नगर", Source: annotation.SourcePerson}) ||
		p.ID != "urn:client:1" || len(p.Custom) != 1 {
		t.Fatalf("%+v %v", p, err)
	}
	p, err = ReadPosted([]byte(`{"type":"Annotation","body":{"value":"Epic"},"target":{"selector":{"type":"TextPositionSelector","start":0,"end":3}}}`), text, declared, annotation.DefaultLimits(), onShare)
	if err != nil || p.Foreign || p.Annotation.Type != "EPIC" || len(p.Custom) != 2 {
		t.Errorf("a new label: %+v %v", p, err)
	}
	for _, c := range []struct {
		body string
		code annotation.ErrorCode
	}{
		{`[]`, annotation.CodeBadFormat},
		{`{"type":"AnnotationPage"}`, annotation.CodeBadFormat},
		{`{"type":"Annotation","body":{"value":"PER"}}`, annotation.CodeMissingField},
		{`{"type":"Annotation","body":{"value":"PER"},"target":null}`, annotation.CodeMissingField},
		{`{"type":"Annotation","body":{"value":"PER"},"target":[]}`, annotation.CodeMissingField},
		{`{"type":"Annotation","target":42}`, annotation.CodeBadField},
		{`{"@context":"http://schema.org/","type":"Annotation","target":"http://www.example.com/"}`, annotation.CodeBadField},
		{`{"type":"Annotation","body":{"value":"PER"},"target":{"selector":{"type":"TextPositionSelector","start":4,"end":99}}}`, annotation.CodeOffsetOutOfRange},
		{`{"type":"Annotation","body":{"value":"PER"},"target":{"selector":{"type":"TextPositionSelector","start":1,"end":3}}}`, annotation.CodeSplitsCharacter},
		{`{"type":"Annotation","body":{"value":"PER"},"target":{"source":"https://x/s/1","selector":{"type":"TextQuoteSelector","exact":"सीता"}}}`, annotation.CodeOffsetOutOfRange},
		{`{"type":`, annotation.CodeBadJSON},
	} {
		if _, err := ReadPosted([]byte(c.body), text, declared, annotation.DefaultLimits(), onShare); annotation.CodeOf(err) != c.code {
			t.Errorf("%.60s: %v, want %s", c.body, err, c.code)
		}
	}
}

func TestReadPostedKeepsForeignAnnotationsAsGiven(t *testing.T) {
	text := "राम अयोध्या गए।"
	for _, body := range []string{
		// The Web Annotation Data Model's first example.
		`{"@context":"http://www.w3.org/ns/anno.jsonld","id":"http://example.org/anno1","type":"Annotation",
		  "body":{"type":"TextualBody","value":"I like this page!"},"target":"http://www.example.com/index.html"}`,
		// An entity type on a whole resource: no stretch of text.
		`{"type":"Annotation","body":{"purpose":"tagging","value":"PER"},"target":"https://x/s/1"}`,
		// A comment on a stretch of the text names no type.
		`{"type":"Annotation","body":{"purpose":"commenting","value":"नगर"},"target":{"selector":{"type":"TextQuoteSelector","exact":"अयोध्या"}}}`,
		// A quote on another page, not the share's text.
		`{"@context":["http://www.w3.org/ns/anno.jsonld",{"x":"http://x/"}],"type":["Annotation","x:Note"],"body":{"value":"PER"},
		  "target":{"source":"http://example.org/page1","selector":{"type":"TextQuoteSelector","exact":"सीता"}}}`,
		// Only a CSS selector and an image region.
		`{"type":"Annotation","target":[{"source":"https://x/s/1","selector":{"type":"CssSelector","value":"#p1"}},"http://example.org/a.png#xywh=1,2,3,4"]}`,
	} {
		p, err := ReadPosted([]byte(body), text, nil, annotation.DefaultLimits(), onShare)
		if err != nil || !p.Foreign || p.JSON != strings.TrimSpace(body) || p.Annotation != (annotation.Annotation{}) {
			t.Errorf("%.70s: %+v %v", body, p, err)
		}
	}
	p, _ := ReadPosted([]byte(`{"id":"urn:c:2","type":"Annotation","target":"http://a/"}`), text, nil, annotation.DefaultLimits(), onShare)
	if p.ID != "urn:c:2" {
		t.Errorf("the client's id: %q", p.ID)
	}
}
