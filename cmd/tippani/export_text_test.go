package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tippani/annotation"
)

// reanchorDoc is a document with three corrections on two sentences.
const reanchorDoc = `{"format":"tippani","version":1,"title":"बैठक","language":"hi",
"text":"रक्षा सचिव राजेश कुमार सिंह तेल अवीव गए। मंगलवार को समझौता हुआ।",
"annotations":[
 {"start":11,"end":27,"type":"PER","note":"सचिव","source":"person"},
 {"start":28,"end":36,"type":"LOC","source":"model","score":0.9},
 {"start":41,"end":48,"type":"DATE","note":"कब?","source":"person"}],
"created":"2026-11-29T10:00:00Z","modified":"2026-11-29T10:00:00Z"}`

func writeRevised(t *testing.T, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "revised.txt")
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestExportTextReanchorsOntoTheRevisedText(t *testing.T) {
	// A typo fixed inside the name, a heading added before everything, the
	// second sentence deleted; the revised file is raw text (CRLF, a
	// zero-width space) that is normalized first.
	revised := writeRevised(t, "संशोधित\r\nरक्षा सचिव राजेश कुमार सिन्हा तेल\u200b अवीव गए।\r\n")
	out, stderr, code := runAnnotationVerb(t, reanchorDoc, "export", "-text", revised)
	if code != 3 {
		t.Fatalf("exit %d, want 3 (some not placed)\n%s", code, stderr)
	}
	d, err := annotation.UnmarshalDocument([]byte(out))
	if err != nil {
		t.Fatal(err)
	}
	if d.Text != "संशोधित\nरक्षा सचिव राजेश कुमार सिन्हा तेल अवीव गए।\n" {
		t.Errorf("text %q is not the revised text in display form", d.Text)
	}
	runes := []rune(d.Text)
	var said []string
	for _, a := range d.Annotations {
		said = append(said, string(runes[a.Start:a.End])+"/"+string(a.Type)+"/"+a.Note)
	}
	if len(said) != 2 || !strings.HasPrefix(said[0], "राजेश कुमार सिन्हा/PER/सचिव") || said[1] != "तेल अवीव/LOC/" {
		t.Errorf("annotations now say %q", said)
	}
	if d.Title != "बैठक" || !d.Modified.After(d.Created) {
		t.Errorf("title %q, modified %v", d.Title, d.Modified)
	}
	lines := strings.Split(strings.TrimSpace(stderr), "\n")
	if len(lines) != 2 || lines[0] != `export: not placed: "मंगलवार" DATE note "कब?"` ||
		!strings.Contains(lines[1], "2 of 3 annotations placed") || !strings.HasSuffix(lines[1], "; 1 not placed") {
		t.Errorf("stderr:\n%s", stderr)
	}
}

func TestExportTextInOtherFormats(t *testing.T) {
	revised := writeRevised(t, "रक्षा सचिव राजेश कुमार सिंह कल तेल अवीव गए। मंगलवार को समझौता हुआ।")
	out, stderr, code := runAnnotationVerb(t, reanchorDoc, "export", "-text", revised, "-format", "csv")
	if code != 0 || !strings.Contains(out, "\r\n11,27,PER,राजेश कुमार सिंह,person,,सचिव\r\n31,39,LOC,तेल अवीव,model,0.9,\r\n44,51,DATE,मंगलवार,person,,कब?\r\n") ||
		!strings.Contains(stderr, "3 of 3 annotations placed") {
		t.Errorf("exit %d\n%s\n%s", code, out, stderr)
	}
	// Annotate output in, re-anchored share out as W3C.
	in, _ := json.Marshal(map[string]any{"text": "राम अयोध्या गए।", "entities": []map[string]any{{"start": 4, "end": 11, "type": "LOC", "score": 0.8}}})
	out, _, code = runAnnotationVerb(t, string(in), "export", "-format", "w3c", "-text", writeRevised(t, "कल राम अयोध्या गए।"))
	if code != 0 || !strings.Contains(out, `"exact": "अयोध्या"`) || !strings.Contains(out, `"start": 7`) {
		t.Errorf("exit %d\n%s", code, out)
	}
}

func TestExportTextErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.txt")
	os.WriteFile(bad, []byte("राम \xff गए"), 0o644)
	for _, c := range []struct {
		args []string
		msg  string
	}{
		{[]string{"export", "-text", filepath.Join(dir, "missing.txt")}, "missing.txt"},
		{[]string{"export", "-text", bad}, "not valid UTF-8: byte 0xff at byte offset 10"},
	} {
		out, stderr, code := runAnnotationVerb(t, reanchorDoc, c.args...)
		if code != 1 || out != "" || !strings.Contains(stderr, c.msg) {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want 1 and %q", c.args, code, out, stderr, c.msg)
		}
	}
	_, stderr, code := runAnnotationVerb(t, "", "export", "-h")
	if code != 2 || !strings.Contains(stderr, "-text") || !strings.Contains(stderr, "3 written, but some annotations could not be placed") {
		t.Errorf("usage: exit %d\n%s", code, stderr)
	}
}
