package export

import (
	"testing"

	"tippani/annotation"
)

func TestReadPosted(t *testing.T) {
	text := "राम अयोध्या गए।"
	declared := []annotation.CustomType{{Code: "WORK", Name: "work", Color: "#aa3377"}}
	ok := `{"@context":"http://www.w3.org/ns/anno.jsonld","id":"urn:client:1","type":"Annotation",
	  "body":[{"type":"TextualBody","purpose":"tagging","value":"LOC"},{"type":"TextualBody","purpose":"commenting","value":"नगर"}],
	  "target":{"source":"https://x/s/1","selector":{"type":"TextQuoteSelector","exact":"अयोध्या"}}}`
	p, err := ReadPosted([]byte(ok), text, declared, annotation.DefaultLimits())
	if err != nil || p.Annotation != (annotation.Annotation{Start: 4, End: 11, Type: annotation.LOC, Note: "नगर", Source: annotation.SourcePerson}) ||
		p.ID != "urn:client:1" || len(p.Custom) != 1 {
		t.Fatalf("%+v %v", p, err)
	}
	p, err = ReadPosted([]byte(`{"type":"Annotation","body":{"value":"Epic"},"target":{"selector":{"type":"TextPositionSelector","start":0,"end":3}}}`), text, declared, annotation.DefaultLimits())
	if err != nil || p.Annotation.Type != "EPIC" || len(p.Custom) != 2 {
		t.Errorf("a new label: %+v %v", p, err)
	}
	for _, c := range []struct {
		body string
		code annotation.ErrorCode
	}{
		{`[]`, annotation.CodeBadFormat},
		{`{"type":"AnnotationPage"}`, annotation.CodeBadFormat},
		{`{"type":"Annotation","body":{"type":"TextualBody","value":"I like this page!","purpose":"commenting"},"target":"http://www.example.com/index.html"}`, annotation.CodeUnknownType},
		{`{"type":"Annotation","body":{"value":"PER"},"target":"http://www.example.com/index.html"}`, annotation.CodeMissingField},
		{`{"type":"Annotation","body":{"value":"PER"},"target":{"selector":{"type":"TextPositionSelector","start":4,"end":99}}}`, annotation.CodeOffsetOutOfRange},
		{`{"type":"Annotation","body":{"value":"PER"},"target":{"selector":{"type":"TextPositionSelector","start":1,"end":3}}}`, annotation.CodeSplitsCharacter},
		{`{"type":"Annotation","body":{"value":"PER"},"target":{"selector":{"type":"TextQuoteSelector","exact":"सीता"}}}`, annotation.CodeOffsetOutOfRange},
		{`{"type":`, annotation.CodeBadJSON},
	} {
		if _, err := ReadPosted([]byte(c.body), text, declared, annotation.DefaultLimits()); annotation.CodeOf(err) != c.code {
			t.Errorf("%.60s: %v, want %s", c.body, err, c.code)
		}
	}
}
