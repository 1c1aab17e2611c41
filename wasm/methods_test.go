//go:build js && wasm

package main

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf16"

	"tippani/internal/testsupport"
)

// sample reads the shared sample article beside the repository.
func sample(t *testing.T) string {
	t.Helper()
	b := testsupport.File(t, testsupport.SampleArticle)
	return string(b)
}

type answer struct {
	Text     string `json:"text"`
	Entities []struct {
		Start, End int
		Type, Text string
		Score      float64
	} `json:"entities"`
	Tokens   [][4]int                               `json:"tokens"`
	Error    *struct{ Code, Field, Message string } `json:"error"`
	Content  string                                 `json:"content"`
	Document json.RawMessage                        `json:"document"`
}

func call(t *testing.T, method func(string) string, req any) answer {
	t.Helper()
	var a answer
	callInto(t, method, req, &a)
	return a
}

func TestAnnotateOffsetsMatchTheText(t *testing.T) {
	a := call(t, annotateMethod, map[string]string{"text": sample(t)})
	if a.Error != nil {
		t.Fatalf("annotate failed: %+v", a.Error)
	}
	runes := []rune(a.Text)
	if len(a.Entities) == 0 || len(a.Tokens) == 0 {
		t.Fatalf("got %d entities and %d tokens on the sample", len(a.Entities), len(a.Tokens))
	}
	for _, e := range a.Entities {
		if got := string(runes[e.Start:e.End]); got != e.Text {
			t.Errorf("entity %d..%d: text %q, offsets give %q", e.Start, e.End, e.Text, got)
		}
	}
	for _, tok := range a.Tokens {
		u16start := len(utf16.Encode(runes[:tok[0]]))
		u16end := u16start + len(utf16.Encode(runes[tok[0]:tok[1]]))
		if tok[2] != u16start || tok[3] != u16end {
			t.Fatalf("token %v: UTF-16 offsets should be %d..%d", tok, u16start, u16end)
		}
	}
}

func TestTokensCountUTF16AfterAnAstralCharacter(t *testing.T) {
	a := call(t, tokensMethod, map[string]string{"text": "😀 भारत"})
	want := [][4]int{{0, 1, 0, 2}, {2, 6, 3, 7}}
	if len(a.Tokens) != len(want) {
		t.Fatalf("tokens %v, want %v", a.Tokens, want)
	}
	for i := range want {
		if a.Tokens[i] != want[i] {
			t.Errorf("token %d = %v, want %v", i, a.Tokens[i], want[i])
		}
	}
}

func TestBadRequestsAnswerWithErrors(t *testing.T) {
	cases := []struct {
		name   string
		method func(string) string
		req    any
		code   string
	}{
		{"not JSON", annotateMethod, "{", "bad_json"},
		{"not an object", tokensMethod, "[1]", "bad_json"},
		{"no text", annotateMethod, map[string]int{"text": 3}, "missing_field"},
		{"unknown format", exportMethod, map[string]any{"format": "pdf", "document": map[string]any{"format": "tippani", "version": 1, "text": "x"}}, "bad_field"},
		{"not a document", importMethod, map[string]string{"content": `{"format":"other"}`}, "bad_format"},
		{"newer version", importMethod, map[string]string{"content": `{"format":"tippani","version":99,"text":"x"}`}, "unsupported_version"},
		{"overlap", validateMethod, map[string]any{"text": "नई दिल्ली", "annotations": []map[string]any{
			{"start": 0, "end": 9, "type": "LOC"}, {"start": 3, "end": 9, "type": "LOC"}}}, "overlap"},
		{"split letter", validateMethod, map[string]any{"text": "भारत", "annotations": []map[string]any{
			{"start": 0, "end": 1, "type": "LOC"}}}, "splits_character"},
	}
	for _, c := range cases {
		a := call(t, c.method, c.req)
		if a.Error == nil || a.Error.Code != c.code || a.Error.Message == "" {
			t.Errorf("%s: error %+v, want code %s with a message", c.name, a.Error, c.code)
		}
	}
}

func TestExportedDocumentImportsUnchanged(t *testing.T) {
	text := "मंगलवार को नई दिल्ली में सुनीता शर्मा ने भाषण दिया।"
	doc := map[string]any{
		"format": "tippani", "version": 1, "title": "परीक्षण", "language": "hi", "text": text,
		"annotations": []map[string]any{
			{"start": 11, "end": 20, "type": "LOC", "source": "model", "score": 0.9},
			{"start": 25, "end": 37, "type": "PER", "source": "person", "note": "वक्ता"},
		},
		"created": "2026-11-29T10:00:00Z", "modified": "2026-11-29T11:00:00Z",
	}
	out := call(t, exportMethod, map[string]any{"format": "tippani", "document": doc})
	if out.Error != nil {
		t.Fatalf("export: %+v", out.Error)
	}
	back := call(t, importMethod, map[string]string{"content": out.Content})
	if back.Error != nil {
		t.Fatalf("import: %+v", back.Error)
	}
	again := call(t, exportMethod, map[string]any{"format": "tippani", "document": back.Document})
	if again.Content != out.Content {
		t.Errorf("export → import → export changed the file:\n%s\n---\n%s", out.Content, again.Content)
	}
	for format, want := range map[string]string{
		"w3c":   `"TextQuoteSelector"`,
		"conll": "सुनीता\tB-PER\nशर्मा\tI-PER\n",
		"csv":   "\uFEFFstart,end,type,text,source,score,note\r\n",
	} {
		got := call(t, exportMethod, map[string]any{"format": format, "document": doc})
		if got.Error != nil || !strings.Contains(got.Content, want) {
			t.Errorf("%s export: error %+v, content lacks %q:\n%s", format, got.Error, want, got.Content)
		}
	}
}

// TestEveryFormatThroughTheEngine writes the document in every format of
// the registry and opens each file again as the page's Open does, the
// format found from the file (a brat zip travels as base64; formats that
// do not carry their text are opened with it).
func TestEveryFormatThroughTheEngine(t *testing.T) {
	text := "👨‍👩‍👧 मंगलवार को नई दिल्ली में सुनीता शर्मा ने 🇮🇳 भाषण दिया।"
	doc := map[string]any{
		"format": "tippani", "version": 1, "language": "hi", "text": text,
		"customTypes": []map[string]any{{"code": "WORK", "name": "work", "color": "#aa3377"}},
		"annotations": []map[string]any{
			{"start": 17, "end": 26, "type": "LOC", "source": "model", "score": 0.9},
			{"start": 31, "end": 43, "type": "PER", "source": "person", "note": "वक्ता"},
			{"start": 50, "end": 54, "type": "WORK", "source": "person"},
		},
		"created": "2026-11-29T10:00:00Z", "modified": "2026-11-29T11:00:00Z",
	}
	type exported struct {
		Content       string `json:"content"`
		ContentBase64 string `json:"contentBase64"`
		Extension     string `json:"extension"`
		Error         *struct{ Code, Message string }
	}
	type imported struct {
		Document struct {
			Text        string
			Annotations []struct {
				Start, End int
				Type       string
			}
		}
		Format string
		Report struct {
			UTF16 bool `json:"utf16"`
		}
		Error *struct{ Code, Message string }
	}
	for _, format := range []string{"tippani", "w3c", "brat", "labelstudio", "doccano", "spacy", "hypothesis", "conll", "csv"} {
		var out exported
		callInto(t, exportMethod, map[string]any{"format": format, "document": doc}, &out)
		if out.Error != nil {
			t.Fatalf("%s: %+v", format, out.Error)
		}
		file := map[string]string{"name": "x" + out.Extension, "content": out.Content}
		if out.ContentBase64 != "" {
			file = map[string]string{"name": "x" + out.Extension, "contentBase64": out.ContentBase64}
		}
		files := []map[string]string{file}
		if format == "hypothesis" || format == "csv" {
			files = append(files, map[string]string{"name": "x.txt", "content": text})
		}
		var back imported
		callInto(t, importMethod, map[string]any{"files": files}, &back)
		if back.Error != nil || back.Format != format {
			t.Errorf("%s: read back as %q: %+v", format, back.Format, back.Error)
			continue
		}
		var got []string
		for _, a := range back.Document.Annotations {
			got = append(got, string([]rune(back.Document.Text)[a.Start:a.End])+":"+a.Type)
		}
		if strings.Join(got, " ") != "नई दिल्ली:LOC सुनीता शर्मा:PER भाषण:WORK" {
			t.Errorf("%s: read back %v", format, got)
		}
		if back.Report.UTF16 != (format == "doccano" || format == "hypothesis") {
			t.Errorf("%s: report says utf16 %v", format, back.Report.UTF16)
		}
	}
	var plain imported
	callInto(t, importMethod, map[string]any{"files": []map[string]string{{"name": "article.txt", "content": text}}}, &plain)
	if plain.Error == nil || plain.Error.Code != "not_annotations" {
		t.Errorf("plain text: %+v", plain.Error)
	}
}

// TestMethodTable holds the one table of entry points to its promise:
// every method is named once and documents what it reads and answers.
func TestMethodTable(t *testing.T) {
	seen := map[string]bool{}
	for _, m := range methods {
		if seen[m.name] {
			t.Errorf("method %q is listed twice", m.name)
		}
		seen[m.name] = true
		if m.request == "" || m.answer == "" || m.run == nil {
			t.Errorf("method %q lacks its request, answer or code", m.name)
		}
	}
}
