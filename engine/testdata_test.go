package engine

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tippani/ner/conll"
)

// repoRoot walks up from the test directory to the directory holding
// go.mod.
func repoRoot(tb testing.TB) string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			tb.Fatal("cannot find the repository root (go.mod) above the test directory")
		}
		dir = parent
	}
	return dir
}

// sharedPath returns <repo root>/../shared/<rel>, failing the test with a
// clear message when the shared data is not there.
func sharedPath(tb testing.TB, rel string) string {
	tb.Helper()
	p := filepath.Join(repoRoot(tb), "..", "shared", rel)
	if _, err := os.Stat(p); err != nil {
		tb.Fatalf("shared data missing: %v (the corpora and samples must sit in ../shared beside the repository)", err)
	}
	return p
}

func readShared(tb testing.TB, rel string) string {
	tb.Helper()
	b, err := os.ReadFile(sharedPath(tb, rel))
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

// corpusText rebuilds running text from a CoNLL corpus: tokens joined by
// spaces, one sentence per line, until at least size bytes are collected
// (the corpus is repeated if it is shorter).
func corpusText(tb testing.TB, rel string, size int) string {
	tb.Helper()
	f, err := os.Open(sharedPath(tb, rel))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	sents, err := conll.Read(f)
	if err != nil {
		tb.Fatal(err)
	}
	if len(sents) == 0 {
		tb.Fatalf("%s: no sentences", rel)
	}
	var b strings.Builder
	b.Grow(size + 4096)
	for b.Len() < size {
		for _, s := range sents {
			b.WriteString(strings.Join(s.Tokens, " "))
			b.WriteByte('\n')
			if b.Len() >= size {
				break
			}
		}
	}
	return b.String()
}
