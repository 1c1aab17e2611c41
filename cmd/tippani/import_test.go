package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tippani/annotation"
)

const formatsData = "../../annotation/export/testdata/formats/"

// TestImportCommandEveryFormat exports a share in every format with
// `tippani export -format F`, writes the file out, and reads it back with
// `tippani import -from F FILE…` (with the text beside it where the format
// does not carry it): the same entities come back.
func TestImportCommandEveryFormat(t *testing.T) {
	dir := t.TempDir()
	text := filepath.Join(dir, "article.txt")
	if err := os.WriteFile(text, []byte("राम अयोध्या गए।"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"tippani", "w3c", "brat", "labelstudio", "doccano", "spacy", "hypothesis", "conll", "csv"} {
		out, stderr, code := runAnnotationVerb(t, exportShare, "export", "-format", f)
		if code != 0 {
			t.Fatalf("export -format %s: %d %s", f, code, stderr)
		}
		file := filepath.Join(dir, "export."+f)
		if err := os.WriteFile(file, []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
		args := []string{"import", "-from", f, file}
		if f == "hypothesis" || f == "csv" {
			args = append(args, text)
		}
		doc, stderr, code := runAnnotationVerb(t, "", args...)
		if code != 0 {
			t.Errorf("import -from %s: exit %d\n%s", f, code, stderr)
			continue
		}
		d, err := annotation.UnmarshalDocument([]byte(doc))
		if err != nil || len(d.Annotations) != 2 || d.Annotations[0].Type != annotation.PER || d.Annotations[1].End != 11 {
			t.Errorf("import -from %s: %v\n%s", f, err, doc)
		}
	}
}

func TestImportCommandBratPairAndReport(t *testing.T) {
	doc, stderr, code := runAnnotationVerb(t, "", "import", "-from", "brat", formatsData+"article.txt", formatsData+"article.ann")
	if code != 0 || !strings.Contains(doc, `"code": "ROLE"`) || !strings.Contains(stderr, "3 records of kinds Tippani does not keep") {
		t.Errorf("exit %d\n%s\n%s", code, stderr, doc)
	}
	// Without -from, the format is found from the files.
	_, stderr, code = runAnnotationVerb(t, "", "import", formatsData+"dataset.jsonl")
	if code != 0 || !strings.Contains(stderr, "reading") || !strings.Contains(stderr, "as doccano") ||
		!strings.Contains(stderr, "UTF-16 code units") || !strings.Contains(stderr, "-record N") {
		t.Errorf("exit %d\n%s", code, stderr)
	}
}

func TestImportCommandErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte(`{"text":"राम अयोध्या गए।","ents":[{"start":0,"end":3,"label":"PER"},{"start":4,"end":99,"label":"LOC"}]}`), 0o644)
	cases := []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"import"}, 2, "usage"},
		{[]string{"import", "-from", "pdf", bad}, 2, "unknown format"},
		{[]string{"import", "-units", "bytes", bad}, 2, "-units"},
		{[]string{"import", "-from", "spacy", bad}, 1, "ents[1] at 4–99 does not fit the text"},
		{[]string{"import", "-from", "brat", formatsData + "article.txt", formatsData + "discontinuous.ann"}, 1, "discontinuous span"},
		{[]string{"import", "-from", "hypothesis", formatsData + "search.hypothesis.json"}, 1, "open the text"},
	}
	for _, c := range cases {
		_, stderr, code := runAnnotationVerb(t, "", c.args...)
		if code != c.code || !strings.Contains(stderr, c.msg) {
			t.Errorf("%v: exit %d, want %d with %q\n%s", c.args, code, c.code, c.msg, stderr)
		}
	}
}
