package export

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tippani/annotation"
)

// The files in testdata/formats were written by hand after each tool's
// documentation of its format, on one article (testdata/formats/
// article.txt, saved with CRLF line ends) with a flag emoji before most
// entities, so that code points and UTF-16 units differ.

func init() {
	// As the command line does; the browser engine reads stored zips only.
	Inflate = func(compressed []byte, size int) ([]byte, error) {
		return io.ReadAll(io.LimitReader(flate.NewReader(bytes.NewReader(compressed)), int64(size)+1))
	}
}

func testdata(t *testing.T, names ...string) []File {
	t.Helper()
	var files []File
	for _, n := range names {
		data, err := os.ReadFile(filepath.Join("testdata", "formats", n))
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, File{Name: n, Data: data})
	}
	return files
}

// entities lists a document's annotations as "TYPE:words(source score)
// note", in text order.
func entities(doc *annotation.Document) string {
	runes := []rune(doc.Text)
	var out []string
	for _, a := range doc.Annotations {
		s := string(a.Type) + ":" + string(runes[a.Start:a.End])
		if a.Source == annotation.SourceModel {
			s += "(model " + strings.TrimRight(strings.TrimRight(formatScore(a.Score), "0"), ".") + ")"
		}
		if a.Note != "" {
			s += " [" + a.Note + "]"
		}
		out = append(out, s)
	}
	return strings.Join(out, " | ")
}

func formatScore(f float64) string {
	b := []byte{'0', '.'}
	x := int(f*100 + 0.5)
	return string(append(b, byte('0'+x/10%10), byte('0'+x%10)))
}

func TestHandWrittenFiles(t *testing.T) {
	const six = "LOC:नई दिल्ली | DATE:4 नवंबर | PER:नरेंद्र मोदी [भारत के प्रधानमंत्री] | ORG:भारतीय अंतरिक्ष अनुसंधान संगठन | ORG:इसरो | ROLE:वैज्ञानिकों"
	cases := []struct {
		name   string
		format string
		files  []File
		opts   ReadOptions
		want   string
		check  func(doc *annotation.Document, rep Report) string
	}{
		{"brat pair (Python 3 offsets on a CRLF text)", "brat", testdata(t, "article.txt", "article.ann"), ReadOptions{}, six,
			func(doc *annotation.Document, rep Report) string {
				if rep.Ignored != 3 || rep.Reanchored != 0 {
					return "the relation, attribute and normalization should be counted as ignored, and every offset fit"
				}
				return ""
			}},
		{"brat pair (brat's own offsets, CRLF as two characters)", "brat", testdata(t, "article.txt", "article-crlf.ann"), ReadOptions{}, six,
			func(doc *annotation.Document, rep Report) string {
				if rep.Reanchored != 0 {
					return "every offset should fit the text read byte for byte"
				}
				return ""
			}},
		{"brat zip made by a zip tool (deflated)", "brat", []File{bratZip(t)}, ReadOptions{}, six, nil},
		{"Label Studio task with a prediction", "labelstudio", testdata(t, "task.labelstudio.json"), ReadOptions{},
			"LOC:नई दिल्ली | DATE:4 नवंबर | PER:नरेंद्र मोदी [भारत के प्रधानमंत्री] | ORG:भारतीय अंतरिक्ष अनुसंधान संगठन | ORG:इसरो(model 0.87)",
			func(doc *annotation.Document, rep Report) string {
				if rep.Superseded != 1 || rep.Ignored != 1 {
					return "the prediction under a person's annotation should be superseded and the choices result ignored"
				}
				return ""
			}},
		{"doccano JSONL, UTF-16 positions", "doccano", testdata(t, "dataset.jsonl"), ReadOptions{},
			strings.ReplaceAll(six, " [भारत के प्रधानमंत्री]", ""),
			func(doc *annotation.Document, rep Report) string {
				if !rep.UTF16 || rep.Records != 2 || rep.Record != 1 {
					return "should say it converted UTF-16 and that the file holds 2 documents"
				}
				return ""
			}},
		{"doccano JSONL, second record in the newer shape", "doccano", testdata(t, "dataset.jsonl"), ReadOptions{Record: 2}, "ORG:इसरो", nil},
		{"displaCy manual format", "spacy", testdata(t, "displacy.json"), ReadOptions{},
			"LOC:नई दिल्ली | DATE:4 नवंबर | PER:नरेंद्र मोदी | ORG:भारतीय अंतरिक्ष अनुसंधान संगठन | ORG:इसरो | NORP:वैज्ञानिकों",
			func(doc *annotation.Document, rep Report) string {
				if doc.Title != "इसरो का दौरा" || len(doc.CustomTypes) != 1 || doc.CustomTypes[0].Code != "NORP" {
					return "title or custom type lost"
				}
				return ""
			}},
		{"Hypothesis search result with its text", "hypothesis", testdata(t, "search.hypothesis.json", "article.txt"), ReadOptions{},
			"PER:नरेंद्र मोदी [भारत के प्रधानमंत्री] | ORG:भारतीय अंतरिक्ष अनुसंधान संगठन | ORG:इसरो",
			func(doc *annotation.Document, rep Report) string {
				if rep.Ignored != 1 || rep.Reanchored != 0 || !rep.UTF16 {
					return "the untagged note should be ignored and UTF-16 positions converted exactly"
				}
				return ""
			}},
		{"W3C page from another client with its text", "w3c", testdata(t, "page.jsonld", "article.txt"), ReadOptions{},
			"LOC:नई दिल्ली | DATE:4 नवंबर | PER:नरेंद्र मोदी",
			func(doc *annotation.Document, rep Report) string {
				if rep.Ignored != 1 {
					return "the comment on no entity should be counted as ignored"
				}
				return ""
			}},
		{"CSV as a spreadsheet saves it", "csv", testdata(t, "entities.csv", "article.txt"), ReadOptions{},
			`LOC:नई दिल्ली | DATE:4 नवंबर | PER:नरेंद्र मोदी [भारत के "प्रधानमंत्री", दूसरी बार]`, nil},
	}
	for _, c := range cases {
		if got := Detect(c.files); got != c.format {
			t.Errorf("%s: Detect says %q, want %s", c.name, got, c.format)
		}
		doc, _, rep, err := Open(c.format, c.files, c.opts)
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if strings.Contains(doc.Text, "\r") {
			t.Errorf("%s: the display text keeps a CR", c.name)
		}
		if got := entities(doc); got != c.want {
			t.Errorf("%s:\n got %s\nwant %s", c.name, got, c.want)
		}
		if c.check != nil {
			if msg := c.check(doc, rep); msg != "" {
				t.Errorf("%s: %s (report %+v)", c.name, msg, rep)
			}
		}
	}
}

// bratZip packs the article and its .ann file as a zip tool would, with
// deflate and a folder entry.
func bratZip(t *testing.T) File {
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	if _, err := w.Create("isro/"); err != nil {
		t.Fatal(err)
	}
	for _, f := range testdata(t, "article.txt", "article.ann") {
		fw, err := w.Create("isro/" + f.Name)
		if err != nil {
			t.Fatal(err)
		}
		fw.Write(f.Data)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return File{Name: "isro.zip", Data: buf.Bytes()}
}

func TestBratRefusesDiscontinuousSpans(t *testing.T) {
	_, _, _, err := Open("brat", testdata(t, "article.txt", "discontinuous.ann"), ReadOptions{})
	e, ok := err.(*annotation.Error)
	if !ok || e.Field != "T1 (discontinuous.ann line 1)" || !strings.Contains(e.Message, "discontinuous span") {
		t.Errorf("got %v", err)
	}
}

// TestOwnZipReadsWithArchiveZip checks the zip Tippani writes against the
// standard library's reader.
func TestOwnZipReadsWithArchiveZip(t *testing.T) {
	doc := emojiDoc(t)
	out, _, _, err := Save("brat", doc, WriteOptions{})
	if err != nil {
		t.Fatal(err)
	}
	r, err := zip.NewReader(bytes.NewReader(out), int64(len(out)))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range r.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if _, err := b.ReadFrom(rc); err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		names = append(names, f.Name)
		if f.Name == "document.txt" && b.String() != doc.Text {
			t.Errorf("document.txt differs from the text")
		}
	}
	if strings.Join(names, " ") != "document.txt document.ann annotation.conf" {
		t.Errorf("zip holds %v", names)
	}
	if _, err := readZip("cut.zip", out[:len(out)-30]); annotation.CodeOf(err) != annotation.CodeBadFormat {
		t.Errorf("a cut zip: %v", err)
	}
}
