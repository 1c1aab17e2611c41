package datenum

import (
	"os"
	"strings"
	"testing"

	"tippani/hindi/normalize"
	"tippani/hindi/tokenize"
	"tippani/internal/testsupport"
	"tippani/ner/conll"
)

// BenchmarkRecognize runs the recognizer alone on the IL-NER training
// split rebuilt as running text, reporting tokens per second.
func BenchmarkRecognize(b *testing.B) {
	f, err := os.Open(testsupport.Path(b, testsupport.TrainCorpus))
	if err != nil {
		b.Fatal(err)
	}
	sents, err := conll.Read(f)
	f.Close()
	if err != nil {
		b.Fatal(err)
	}
	var sb strings.Builder
	for _, s := range sents {
		sb.WriteString(strings.Join(s.Tokens, " "))
		sb.WriteByte('\n')
	}
	text := normalize.String(sb.String())
	toks := tokenize.Tokens(text)
	var buf []Span
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		buf = AppendRecognize(buf[:0], text, toks)
	}
	b.ReportMetric(float64(len(toks))*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}
