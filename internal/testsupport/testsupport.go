// Package testsupport is what Tippani's Go tests and benchmarks share: the
// third-party data beside the repository (found through shareddata), the
// sample article, the NER corpora rebuilt as running text, and a benchmark
// helper for cost against length.
//
// Only test files import it, so no shipped binary links it (it imports
// testing). A missing file fails the test with a message naming the path
// that was looked at: tests never skip for want of data.
package testsupport

import (
	"bufio"
	"bytes"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"tippani/internal/shareddata"
)

// The files tests and benchmarks read, under ../shared.
const (
	SampleArticle = shareddata.SampleArticle            // a real article as a reader pasted it
	TrainCorpus   = "data/ner/ilner-hi-train.conll"     // IL-NER train: ~3 MB of running text
	DevCorpus     = "data/ner/ilner-hi-dev.conll"       // IL-NER dev
	HiNERCorpus   = "data/ner/hiner-validation.conll"   // HiNER validation, news and encyclopedic
	MultiCoNERDev = "data/ner/multiconer2-hi-dev.conll" // MultiCoNER II dev, short encyclopedic sentences
)

// File returns the contents of rel under ../shared.
func File(tb testing.TB, rel string) []byte {
	tb.Helper()
	data, err := shareddata.Read(rel)
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

// Path returns the path of rel under ../shared.
func Path(tb testing.TB, rel string) string {
	tb.Helper()
	p, err := shareddata.Path(rel)
	if err != nil {
		tb.Fatal(err)
	}
	return p
}

// RepoPath returns the path of rel (slash-separated) inside the repository.
func RepoPath(tb testing.TB, rel string) string {
	tb.Helper()
	root, err := shareddata.RepoRoot()
	if err != nil {
		tb.Fatal(err)
	}
	return filepath.Join(root, filepath.FromSlash(rel))
}

// Sample returns the sample article, raw, as a reader pasted it.
func Sample(tb testing.TB) string {
	tb.Helper()
	return string(File(tb, SampleArticle))
}

var corpora sync.Map // rel → string: each corpus is rebuilt once per test binary

// Corpus returns the CoNLL file rel rebuilt as running text (RunningText),
// raw as a reader would paste it, not normalized. With size 0 it is the
// whole corpus once; otherwise the corpus, repeated if it is shorter, cut
// at the first sentence end at or after size bytes.
func Corpus(tb testing.TB, rel string, size int) string {
	tb.Helper()
	text, ok := corpora.Load(rel)
	if !ok {
		text, _ = corpora.LoadOrStore(rel, string(RunningText(File(tb, rel))))
	}
	s := text.(string)
	if s == "" {
		tb.Fatalf("%s holds no sentences", rel)
	}
	if size == 0 {
		return s
	}
	var b strings.Builder
	b.Grow(size + len(s))
	for b.Len() < size {
		rest := s
		if need := size - b.Len(); need < len(rest) {
			end := strings.IndexByte(rest[need:], '\n')
			rest = rest[:need+end+1]
		}
		b.WriteString(rest)
	}
	return b.String()
}

// RunningText joins the first column of CoNLL lines back into sentences:
// tokens separated by one space, one sentence per line.
func RunningText(conll []byte) []byte {
	var out bytes.Buffer
	out.Grow(len(conll))
	sc := bufio.NewScanner(bytes.NewReader(conll))
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	inSentence := false
	for sc.Scan() {
		line := sc.Text()
		if strings.TrimSpace(line) == "" {
			if inSentence {
				out.WriteByte('\n')
				inSentence = false
			}
			continue
		}
		token, _, _ := strings.Cut(line, "\t")
		if inSentence {
			out.WriteByte(' ')
		}
		out.WriteString(token)
		inSentence = true
	}
	if inSentence {
		out.WriteByte('\n')
	}
	return out.Bytes()
}
