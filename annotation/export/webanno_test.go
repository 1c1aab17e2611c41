package export

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"time"

	"tippani/annotation"
	"tippani/annotation/internal/sharedtest"
)

func sampleDoc(t *testing.T) *annotation.Document {
	text, anns := sharedtest.Sample(t)
	anns[0].Source, anns[0].Score = annotation.SourceModel, 0.75
	return annotation.NewDocument("भारत-इज़राइल रक्षा समझौता", text, anns, time.Date(2025, 11, 4, 17, 44, 0, 0, time.UTC))
}

// TestWebAnnotationDataModel checks the properties the W3C Web Annotation
// Data Model requires of a collection, a page, each annotation, its bodies,
// its target and its selectors.
func TestWebAnnotationDataModel(t *testing.T) {
	doc := sampleDoc(t)
	out, err := WebAnnotations(doc, WebAnnotationOptions{Source: "https://tippani.example/s/abc"})
	if err != nil {
		t.Fatal(err)
	}
	var coll map[string]any
	if err := json.Unmarshal(out, &coll); err != nil {
		t.Fatal(err)
	}
	if coll["@context"] != AnnoContext || coll["type"] != "AnnotationCollection" || !isIRI(coll["id"]) {
		t.Fatalf("collection lacks @context, type or id: %v", coll["@context"])
	}
	if int(coll["total"].(float64)) != len(doc.Annotations) {
		t.Errorf("total = %v, want %d", coll["total"], len(doc.Annotations))
	}
	page := coll["first"].(map[string]any)
	if page["type"] != "AnnotationPage" || !isIRI(page["id"]) {
		t.Fatalf("first page lacks type or id: %v", page)
	}
	items := page["items"].([]any)
	if len(items) != len(doc.Annotations) {
		t.Fatalf("%d items, want %d", len(items), len(doc.Annotations))
	}
	ids := map[any]bool{}
	text := doc.Text
	for i, raw := range items {
		item := raw.(map[string]any)
		a := doc.Annotations[i]
		if _, ok := item["@context"]; ok {
			t.Errorf("items[%d] repeats @context inside the collection", i)
		}
		if item["type"] != "Annotation" || !isIRI(item["id"]) || ids[item["id"]] {
			t.Fatalf("items[%d]: type %v id %v (ids must be unique IRIs)", i, item["type"], item["id"])
		}
		ids[item["id"]] = true
		bodies := item["body"].([]any)
		tag := bodies[0].(map[string]any)
		if tag["type"] != "TextualBody" || tag["purpose"] != "tagging" || tag["value"] != string(a.Type) {
			t.Errorf("items[%d] tagging body = %v", i, tag)
		}
		if (a.Note != "") != (len(bodies) == 2) {
			t.Errorf("items[%d] has %d bodies for note %q", i, len(bodies), a.Note)
		}
		if a.Note != "" {
			c := bodies[1].(map[string]any)
			if c["type"] != "TextualBody" || c["purpose"] != "commenting" || c["value"] != a.Note {
				t.Errorf("items[%d] commenting body = %v", i, c)
			}
		}
		if (a.Source == annotation.SourceModel) != (item["creator"] != nil) {
			t.Errorf("items[%d] creator %v for source %q", i, item["creator"], a.Source)
		}
		target := item["target"].(map[string]any)
		if target["source"] != "https://tippani.example/s/abc" {
			t.Errorf("items[%d] target source %v", i, target["source"])
		}
		var quote *Quote
		for _, s := range target["selector"].([]any) {
			sel := s.(map[string]any)
			switch sel["type"] {
			case "TextPositionSelector":
				if int(sel["start"].(float64)) != a.Start || int(sel["end"].(float64)) != a.End {
					t.Errorf("items[%d] position %v–%v, want %d–%d", i, sel["start"], sel["end"], a.Start, a.End)
				}
			case "TextQuoteSelector":
				exact, e1 := sel["exact"].(string)
				prefix, e2 := sel["prefix"].(string)
				suffix, e3 := sel["suffix"].(string)
				if !e1 || !e2 || !e3 {
					t.Fatalf("items[%d] quote selector fields: %v", i, sel)
				}
				quote = &Quote{Exact: exact, Prefix: prefix, Suffix: suffix}
			default:
				t.Errorf("items[%d] unexpected selector %v", i, sel["type"])
			}
		}
		if quote == nil {
			t.Fatalf("items[%d] has no TextQuoteSelector", i)
		}
		if n := len([]rune(quote.Prefix)); n > maxContextChars+8 || (n < contextChars && a.Start > contextChars+8) {
			t.Errorf("items[%d] prefix has %d code points", i, n)
		}
		// Re-anchoring the quote alone, with no position hint, must find
		// the same span: the context makes every quote unique.
		start, end, ok := Anchor(text, *quote, -1)
		if !ok || start != a.Start || end != a.End {
			t.Errorf("items[%d] quote %q re-anchors at %d–%d (%v), want %d–%d", i, quote.Exact, start, end, ok, a.Start, a.End)
		}
	}
}

func isIRI(v any) bool {
	s, ok := v.(string)
	return ok && (strings.HasPrefix(s, "urn:uuid:") && len(s) == len("urn:uuid:")+36 || strings.HasPrefix(s, "https://"))
}

func TestWebAnnotationsRoundTrip(t *testing.T) {
	doc := sampleDoc(t)
	out, err := WebAnnotations(doc, WebAnnotationOptions{})
	if err != nil {
		t.Fatal(err)
	}
	again, _ := WebAnnotations(doc, WebAnnotationOptions{})
	if !bytes.Equal(out, again) {
		t.Error("two exports of one document differ; ids must derive from content")
	}
	back, err := ReadWebAnnotations(out, doc.Text)
	if err != nil {
		t.Fatal(err)
	}
	want := annotation.Sorted(doc.Annotations)
	want[0].Score = 0 // the vocabulary has no confidence property
	if !reflect.DeepEqual(back, want) {
		t.Fatalf("read back %d annotations differing from the %d written", len(back), len(want))
	}

	// The same annotations on an edited text (a line added at the top)
	// are found by their quotes, although every position is now wrong.
	edited := "संपादक की टिप्पणी: यह लेख अद्यतन किया गया।\n" + doc.Text
	shift := len([]rune(edited)) - len([]rune(doc.Text))
	moved, err := ReadWebAnnotations(out, edited)
	if err != nil {
		t.Fatal(err)
	}
	for i := range want {
		if moved[i].Start != want[i].Start+shift || moved[i].End != want[i].End+shift {
			t.Fatalf("annotation %d re-anchored at %d–%d, want %d–%d", i, moved[i].Start, moved[i].End, want[i].Start+shift, want[i].End+shift)
		}
	}
}

func TestReadWebAnnotationsShapes(t *testing.T) {
	text := "राम अयोध्या गए।"
	single := `{"@context":"http://www.w3.org/ns/anno.jsonld","id":"urn:x:1","type":"Annotation",
	 "body":{"type":"TextualBody","value":"स्थान"},
	 "target":{"source":"urn:x:text","selector":{"type":"TextQuoteSelector","exact":"अयोध्या"}}}`
	got, err := ReadWebAnnotations([]byte(single), text)
	if err != nil || len(got) != 1 || got[0].Start != 4 || got[0].End != 11 || got[0].Type != annotation.LOC || got[0].Source != annotation.SourcePerson {
		t.Fatalf("single annotation: %+v, %v", got, err)
	}
	list := `[` + single + `,{"type":"Annotation","creator":{"type":"Software","name":"x"},
	 "body":[{"purpose":"commenting","value":"राजा"},{"purpose":"tagging","value":"PER"}],
	 "target":{"selector":[{"type":"TextPositionSelector","start":0,"end":3}]}}]`
	got, err = ReadWebAnnotations([]byte(list), text)
	if err != nil || len(got) != 2 || got[0] != (annotation.Annotation{Start: 0, End: 3, Type: annotation.PER, Note: "राजा", Source: annotation.SourceModel}) {
		t.Fatalf("list: %+v, %v", got, err)
	}
	short := `{"type":"Annotation","bodyValue":"स्थान","target":{"selector":{"type":"TextQuoteSelector","exact":"अयोध्या"}}}`
	if got, err := ReadWebAnnotations([]byte(short), text); err != nil || len(got) != 1 || got[0].Type != annotation.LOC {
		t.Errorf("bodyValue: %+v, %v", got, err)
	}
	bad := []struct {
		body string
		code annotation.ErrorCode
	}{
		{`{"type":"AnnotationCollection","total":2,"first":{"type":"AnnotationPage","items":[` + single + `]}}`, annotation.CodeBadFormat},
		{`{"type":"AnnotationCollection","first":{"type":"AnnotationPage","next":"urn:x:p2","items":[` + single + `]}}`, annotation.CodeBadFormat},
		{`{"type":"AnnotationCollection","first":"urn:x:p1"}`, annotation.CodeBadFormat},
		{`{`, annotation.CodeBadJSON},
		{`{"type":"Thing"}`, annotation.CodeBadFormat},
		{`{"type":"Annotation","body":{"value":"MISC"},"target":{"selector":{"type":"TextQuoteSelector","exact":"राम"}}}`, annotation.CodeUnknownType},
		{`{"type":"Annotation","body":{"value":"PER"},"target":{"selector":{"type":"TextQuoteSelector","exact":"सीता"}}}`, annotation.CodeOffsetOutOfRange},
		{`{"type":"Annotation","body":{"value":"PER"},"target":"urn:x:text"}`, annotation.CodeMissingField},
		{`[{"type":"Annotation","body":{"value":"PER"},"target":{"selector":{"type":"TextPositionSelector","start":0,"end":3}}},
		   {"type":"Annotation","body":{"value":"LOC"},"target":{"selector":{"type":"TextPositionSelector","start":2,"end":5}}}]`, annotation.CodeOverlap},
	}
	for _, c := range bad {
		if _, err := ReadWebAnnotations([]byte(c.body), text); annotation.CodeOf(err) != c.code {
			t.Errorf("%.50s: got %v, want %s", c.body, err, c.code)
		}
	}
}

func TestAnchorAmbiguity(t *testing.T) {
	text := "दिल्ली से दिल्ली तक"
	q := Quote{Exact: "दिल्ली"}
	if _, _, ok := Anchor(text, q, -1); ok {
		t.Error("a repeated quote without context or hint must be ambiguous")
	}
	if s, e, ok := Anchor(text, q, 9); !ok || s != 10 || e != 16 {
		t.Errorf("hint 9: got %d–%d %v, want 10–16", s, e, ok)
	}
	if s, _, ok := Anchor(text, Quote{Exact: "दिल्ली", Suffix: " तक"}, -1); !ok || s != 10 {
		t.Errorf("suffix should disambiguate: %d %v", s, ok)
	}
	if _, _, ok := Anchor(text, Quote{}, 0); ok {
		t.Error("an empty quote must not anchor")
	}
}

func FuzzReadWebAnnotations(f *testing.F) {
	doc := &annotation.Document{Text: "राम अयोध्या गए।", Annotations: []annotation.Annotation{{Start: 4, End: 11, Type: annotation.LOC, Note: "नगर"}}}
	seed, err := WebAnnotations(doc, WebAnnotationOptions{})
	if err != nil {
		f.Fatal(err)
	}
	f.Add(seed, doc.Text)
	f.Add([]byte(`[{"type":"Annotation","body":{"value":"PER"},"target":{"selector":{"type":"TextQuoteSelector","exact":"राम","prefix":"","suffix":" "}}}]`), doc.Text)
	f.Fuzz(func(t *testing.T, data []byte, text string) {
		anns, err := ReadWebAnnotations(data, text)
		if err != nil {
			if annotation.CodeOf(err) == "" {
				t.Fatalf("error without a code: %v", err)
			}
			return
		}
		if err := annotation.Validate(text, anns, annotation.DefaultLimits()); err != nil {
			t.Fatalf("accepted annotations are invalid: %v", err)
		}
	})
}
