package export

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"tippani/annotation"
	"tippani/hindi/normalize"
)

// keeps says what of an annotation a format carries besides its span and
// type, which every format keeps.
type keeps struct{ note, source, score bool }

var formatKeeps = map[string]keeps{
	"tippani":     {true, true, true},
	"w3c":         {true, true, false}, // the vocabulary has no confidence
	"brat":        {true, false, false},
	"labelstudio": {true, true, true},
	"doccano":     {false, false, false},
	"spacy":       {false, false, false},
	"hypothesis":  {true, false, false},
	"csv":         {true, true, true},
}

// richDoc is the sample article with a model prediction and its score, a
// custom type, and notes (one with a line break, quotes and a leading =).
func richDoc(t *testing.T) *annotation.Document {
	doc := sampleDoc(t)
	doc.CustomTypes = []annotation.CustomType{{Code: "WORK", Name: "work", Color: "#aa3377"}}
	doc.Annotations[3].Type = "WORK"
	return doc
}

// emojiDoc is a text where code points, UTF-16 units and bytes all differ
// and characters are made of several code points: a ZWJ family, a flag,
// Devanagari conjuncts and vowel signs, and a letter with a combining
// accent NFC cannot compose.
func emojiDoc(t *testing.T) *annotation.Document {
	text := normalize.String("👨‍👩‍👧 परिवार ने 🇮🇳 भारत में क्षत्रिय q\u0301uinn से बात की।\r\nदूसरी पंक्ति: ज़्यादा 😀 नहीं।")
	find := func(s string) (int, int) {
		i := strings.Index(text, s)
		if i < 0 {
			t.Fatalf("%q not in %q", s, text)
		}
		start := len([]rune(text[:i]))
		return start, start + len([]rune(s))
	}
	var anns []annotation.Annotation
	for _, e := range []struct {
		s    string
		typ  annotation.Type
		note string
	}{
		{"👨‍👩‍👧 परिवार", annotation.PER, "😀 परिवार"}, {"🇮🇳 भारत", annotation.LOC, ""}, {"क्षत्रिय", "WORK", "जाति"},
		{"q\u0301uinn", annotation.PER, ""}, {"ज़्यादा 😀", annotation.NUM, ""},
	} {
		s, end := find(e.s)
		anns = append(anns, annotation.Annotation{Start: s, End: end, Type: e.typ, Note: e.note, Source: annotation.SourcePerson})
	}
	anns[1].Source, anns[1].Score = annotation.SourceModel, 0.5
	doc := annotation.NewDocument("इमोजी", text, anns, time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC))
	doc.CustomTypes = []annotation.CustomType{{Code: "WORK", Name: "work", Color: "#aa3377"}}
	if err := doc.Validate(annotation.FileLimits()); err != nil {
		t.Fatal(err)
	}
	return doc
}

// filesFor returns what a person opens to read out back: the file, and
// the text beside it for formats that do not carry it.
func filesFor(f *Format, out []byte, text string) []File {
	files := []File{{Name: "export" + f.Extension, Data: out}}
	if f.Name == "hypothesis" || f.Name == "csv" {
		files = append(files, File{Name: "article.txt", Data: []byte(text)})
	}
	return files
}

// TestRoundTripEveryFormat writes each document in each format, reads it
// back, and checks that every annotation comes back at the same code
// points with its type (a custom type's code too), and with the note,
// source and score where the format has a place for them.
func TestRoundTripEveryFormat(t *testing.T) {
	for _, doc := range []*annotation.Document{richDoc(t), emojiDoc(t)} {
		for _, f := range Formats() {
			k, ok := formatKeeps[f.Name]
			if !ok {
				continue // CoNLL widens to tokens: its own tests
			}
			out, _, _, err := Save(f.Name, doc, WriteOptions{})
			if err != nil {
				t.Fatalf("%s: write: %v", f.Name, err)
			}
			files := filesFor(f, out, doc.Text)
			if got := Detect(files); got != f.Name {
				t.Errorf("%s: Detect says %q", f.Name, got)
			}
			back, _, rep, err := Open(f.Name, files, ReadOptions{})
			if err != nil {
				t.Fatalf("%s (%s): read back: %v", f.Name, doc.Title, err)
			}
			if back.Text != doc.Text {
				t.Errorf("%s: text changed", f.Name)
			}
			if rep.Reanchored != 0 || rep.Overlapping != 0 {
				t.Errorf("%s: %+v on reading its own file", f.Name, rep)
			}
			if len(back.Annotations) != len(doc.Annotations) {
				t.Fatalf("%s: %d annotations back, %d written", f.Name, len(back.Annotations), len(doc.Annotations))
			}
			for i, w := range annotation.Sorted(doc.Annotations) {
				g := back.Annotations[i]
				if !k.note {
					w.Note = ""
				}
				if !k.source {
					w.Source, g.Source = "", ""
				}
				if !k.score {
					w.Score = 0
				}
				if g.Start != w.Start || g.End != w.End || g.Type != w.Type || strings.Join(strings.Fields(g.Note), " ") != strings.Join(strings.Fields(w.Note), " ") || g.Source != w.Source || g.Score != w.Score {
					t.Errorf("%s: annotation %d came back as %+v, want %+v", f.Name, i, g, w)
				}
			}
			if len(back.CustomTypes) != 1 || back.CustomTypes[0].Code != "WORK" {
				t.Errorf("%s: custom types came back as %+v", f.Name, back.CustomTypes)
			}
		}
	}
}

// TestOffsetsThatDoNotFitAreRefused checks, in every format, that an
// entity beyond the end of its text is refused with its record named.
func TestOffsetsThatDoNotFitAreRefused(t *testing.T) {
	text := "राम अयोध्या गए।"
	cases := []struct {
		format string
		files  []File
		record string
	}{
		{"brat", []File{{"a.txt", []byte(text)}, {"a.ann", []byte("T1\tPER 0 3\tराम\nT2\tLOC 4 40\n")}}, "T2 (a.ann line 2)"},
		{"doccano", []File{{"a.jsonl", []byte(`{"text":"` + text + `","label":[[0,3,"PER"],[4,40,"LOC"]]}`)}}, "label[1]"},
		{"spacy", []File{{"a.json", []byte(`{"text":"` + text + `","ents":[{"start":4,"end":40,"label":"LOC"}]}`)}}, "ents[0]"},
		{"labelstudio", []File{{"a.json", []byte(`[{"data":{"text":"` + text + `"},"annotations":[{"result":[{"type":"labels","value":{"start":4,"end":40,"labels":["LOC"]}}]}]}]`)}}, "annotations[0].result[0]"},
		{"hypothesis", []File{{"a.json", []byte(`[{"tags":["LOC"],"target":[{"selector":[{"type":"TextPositionSelector","start":4,"end":40}]}]}]`)}, {"a.txt", []byte(text)}}, "annotations[0]"},
		{"csv", []File{{"a.csv", []byte("start,end,type\n0,3,PER\n4,40,LOC\n")}, {"a.txt", []byte(text)}}, "line 3"},
		{"w3c", []File{{"a.jsonld", []byte(`{"type":"Annotation","body":{"value":"LOC"},"target":{"selector":{"type":"TextPositionSelector","start":4,"end":40}}}`)}, {"a.txt", []byte(text)}}, "items[0]"},
	}
	for _, c := range cases {
		_, _, _, err := Open(c.format, c.files, ReadOptions{})
		e, ok := err.(*annotation.Error)
		if !ok || e.Code != annotation.CodeOffsetOutOfRange || e.Field != c.record || !strings.Contains(e.Message, c.record) {
			t.Errorf("%s: got %v, want offset_out_of_range naming %s", c.format, err, c.record)
		}
	}
}

// TestPositionsInTheWrongUnitAreCorrected reads files whose positions
// count UTF-16 units where code points were meant, and the reverse: where
// the file quotes the entity, the quote puts it right; where it does not,
// the unit can be named.
func TestPositionsInTheWrongUnitAreCorrected(t *testing.T) {
	text := "😀😀 राम और 😀 सीता"
	// Code points: राम 3–6, सीता 12–16. UTF-16: राम 5–8, सीता 15–19.
	ls := `{"data":{"text":"` + text + `"},"annotations":[{"result":[{"type":"labels","value":{"start":5,"end":8,"text":"राम","labels":["PER"]}},{"type":"labels","value":{"start":15,"end":19,"text":"सीता","labels":["PER"]}}]}]}`
	doc, _, rep, err := Open("labelstudio", []File{{"t.json", []byte(ls)}}, ReadOptions{})
	if err != nil || doc.Annotations[0].Start != 3 || doc.Annotations[1].Start != 12 || rep.Reanchored != 2 {
		t.Errorf("Label Studio with UTF-16 positions: %+v %+v %v", doc, rep, err)
	}
	cp := `{"text":"` + text + `","label":[[3,6,"PER"],[12,16,"PER"]]}`
	if _, _, _, err := Open("doccano", []File{{"t.jsonl", []byte(cp)}}, ReadOptions{}); annotation.CodeOf(err) == "" {
		t.Errorf("doccano positions in code points read as UTF-16 should not fit: %v", err)
	}
	u := CodePoints
	doc, _, rep, err = Open("doccano", []File{{"t.jsonl", []byte(cp)}}, ReadOptions{Units: &u})
	if err != nil || doc.Annotations[1].Start != 12 || rep.UTF16 {
		t.Errorf("doccano read as code points: %+v %v", doc, err)
	}
	doc, _, rep, err = Open("doccano", []File{{"t.jsonl", []byte(`{"text":"` + text + `","label":[[5,8,"PER"],[15,19,"PER"]]}`)}}, ReadOptions{})
	if err != nil || doc.Annotations[0].Start != 3 || doc.Annotations[1].End != 16 || !rep.UTF16 {
		t.Errorf("doccano in UTF-16: %+v %+v %v", doc, rep, err)
	}
}

// TestImportNormalizesTheText reads a file whose text is not in display
// form (a decomposed nukta, CRLF line ends): the entities move with the
// normalizer's offset map.
func TestImportNormalizesTheText(t *testing.T) {
	raw := "क\u093cरीब\r\nज\u093cाकिर हुसैन आए"
	display := normalize.String(raw)
	start := strings.Index(raw, "ज")
	s := len([]rune(raw[:start]))
	e := s + len([]rune("ज\u093cाकिर हुसैन"))
	doc, _, _, err := Open("spacy", []File{{"x.json", []byte(`{"text":"` + strings.ReplaceAll(strings.ReplaceAll(raw, "\r", `\r`), "\n", `\n`) +
		`","ents":[{"start":` + strconv.Itoa(s) + `,"end":` + strconv.Itoa(e) + `,"label":"PERSON"}]}`)}}, ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	a := doc.Annotations[0]
	if got := string([]rune(display)[a.Start:a.End]); doc.Text != display || got != normalize.String("ज\u093cाकिर हुसैन") || a.Type != annotation.PER {
		t.Errorf("entity reads %q as %s on %q", got, a.Type, doc.Text)
	}
}
