package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"tippani/annotation"
)

func runAnnotationVerb(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := dispatch(args, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), code
}

const exportShare = `{"title":"यात्रा","text":"राम अयोध्या गए।","annotations":[{"start":0,"end":3,"type":"PER"},{"start":4,"end":11,"type":"LOC","note":"नगर"}]}`

func TestExportCommandFormats(t *testing.T) {
	out, stderr, code := runAnnotationVerb(t, exportShare, "export", "-format", "conll")
	if code != 0 || out != "राम\tB-PER\nअयोध्या\tB-LOC\nगए\tO\n।\tO\n" || !strings.Contains(stderr, "2 on token boundaries") {
		t.Errorf("conll: code %d\n%s\n%s", code, out, stderr)
	}
	out, _, code = runAnnotationVerb(t, exportShare, "export", "-format", "csv")
	if code != 0 || !strings.HasPrefix(out, "\ufeffstart,end,type,text,source,score,note\r\n0,3,PER,राम,,,\r\n") {
		t.Errorf("csv: code %d\n%q", code, out)
	}
	out, _, code = runAnnotationVerb(t, exportShare, "export", "-format", "w3c", "-source", "https://example.org/t")
	if code != 0 || !strings.Contains(out, `"TextQuoteSelector"`) || !strings.Contains(out, `"https://example.org/t"`) {
		t.Errorf("w3c: code %d\n%s", code, out)
	}
	doc, _, code := runAnnotationVerb(t, exportShare, "export")
	if code != 0 {
		t.Fatalf("tippani: code %d", code)
	}
	d, err := annotation.UnmarshalDocument([]byte(doc))
	if err != nil || d.Title != "यात्रा" || len(d.Annotations) != 2 {
		t.Fatalf("tippani output does not read back: %+v, %v", d, err)
	}
	// A document exported again is unchanged.
	again, _, code := runAnnotationVerb(t, doc, "export")
	if code != 0 || again != doc {
		t.Errorf("re-export changed the document:\n%s\n%s", doc, again)
	}
}

func TestExportCommandReadsAnnotateOutput(t *testing.T) {
	in, _ := json.Marshal(map[string]any{
		"text":     "राम अयोध्या गए।",
		"entities": []map[string]any{{"start": 4, "end": 11, "type": "LOC", "text": "अयोध्या", "score": 0.9}},
	})
	out, stderr, code := runAnnotationVerb(t, string(in), "export", "-format", "csv")
	if code != 0 || !strings.Contains(out, "4,11,LOC,अयोध्या,model,0.9,") {
		t.Errorf("code %d\n%s\n%s", code, out, stderr)
	}
}

func TestExportCommandFromCoNLL(t *testing.T) {
	in := "राम\tB-PER\nअयोध्या\tB-LOC\nगए\tO\n।\tO\n"
	out, stderr, code := runAnnotationVerb(t, in, "export", "-from", "conll", "-format", "csv")
	if code != 0 || !strings.Contains(out, "0,3,PER,राम,,,\r\n4,11,LOC,अयोध्या,,,\r\n") || !strings.Contains(stderr, "2 entities") {
		t.Errorf("code %d\n%s\n%s", code, out, stderr)
	}
	// CoNLL out of CoNLL in is the same file.
	out, _, code = runAnnotationVerb(t, in, "export", "-from", "conll", "-format", "conll")
	if code != 0 || out != in {
		t.Errorf("code %d\n%q\nwant %q", code, out, in)
	}
}

func TestExportCommandErrors(t *testing.T) {
	cases := []struct {
		stdin string
		args  []string
		code  int
		msg   string
	}{
		{exportShare, []string{"export", "-format", "xml"}, 2, "unknown format"},
		{`{"text":"abc","annotations":[{"start":0,"end":9,"type":"PER"}]}`, []string{"export"}, 1, "offset_out_of_range"},
		{`not json`, []string{"export"}, 1, "bad_json"},
		{`{"format":"tippani","version":9,"text":"a"}`, []string{"export"}, 1, "unsupported_version"},
		{exportShare, []string{"export", "a", "b"}, 2, "usage"},
		{exportShare, []string{"export", "-from", "xml"}, 2, "unknown input format"},
		{"\xff\tO\n", []string{"export", "-from", "conll"}, 1, "invalid_utf8"},
	}
	for _, c := range cases {
		_, stderr, code := runAnnotationVerb(t, c.stdin, c.args...)
		if code != c.code || !strings.Contains(stderr, c.msg) {
			t.Errorf("%v: code %d, stderr %q; want %d and %q", c.args, code, stderr, c.code, c.msg)
		}
	}
}
