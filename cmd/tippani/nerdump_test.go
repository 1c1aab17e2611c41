package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tippani/internal/testsupport"
)

func TestNERDumpComparesTagsSpansAndScores(t *testing.T) {
	sample := testsupport.Path(t, testsupport.SampleArticle)
	dir := t.TempDir()
	conllPath := filepath.Join(dir, "small.conll")
	if err := os.WriteFile(conllPath, []byte("विदेश\tO\nमंत्री\tO\nगिदोन\tB-NEP\nसार\tI-NEP\nने\tO\nकहा\tO\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	dump, errs, code := runCLI(t, "", "ner-dump", conllPath, sample)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(dump, "\nR ") || !strings.Contains(dump, "# "+sample) {
		t.Fatalf("dump holds no running-text entities or file header:\n%s", dump)
	}
	check := func(name, old string, want int) {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(old), 0o644); err != nil {
			t.Fatal(err)
		}
		out, errs, code := runCLI(t, "", "ner-dump", "-compare", p, conllPath, sample)
		if code != want {
			t.Errorf("%s: exit %d, want %d\n%s%s", name, code, want, out, errs)
		}
	}
	check("same", dump, 0)
	// Move the first running-text entity's score, then change its type.
	i := strings.Index(dump, "\nR ") + 1
	line := dump[i : i+strings.Index(dump[i:], "\n")]
	f := strings.Fields(line)
	moved := strings.Replace(dump, line, strings.Join(append(f[:4:4], "0.000000"), " "), 1)
	if f[4] == "0.000000" {
		moved = strings.Replace(dump, line, strings.Join(append(f[:4:4], "0.500000"), " "), 1)
	}
	check("score", moved, 1)
	retyped := strings.Replace(dump, line, strings.Join([]string{f[0], f[1], f[2], "XYZ", f[4]}, " "), 1)
	check("type", retyped, 1)
	check("short", dump[:i], 1)
}
