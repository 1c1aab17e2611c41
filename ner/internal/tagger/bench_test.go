package tagger

import (
	"strings"
	"testing"

	"tippani/hindi/normalize"
	"tippani/hindi/tokenize"
)

// devText joins the dev sentences into running text, one per line.
func devText(b *testing.B) string {
	var sb strings.Builder
	for _, s := range readDev(b) {
		sb.WriteString(strings.Join(s.Tokens, " "))
		sb.WriteByte('\n')
	}
	return sb.String()
}

// BenchmarkRecognize measures NER alone on the dev text, in tokens/s.
func BenchmarkRecognize(b *testing.B) {
	text := normalize.String(devText(b))
	toks := tokenize.Tokens(text)
	m := shipped(b)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m.Recognize(text, toks)
	}
	b.ReportMetric(float64(len(toks))*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkPipeline measures normalize + tokenize + NER on raw dev text.
func BenchmarkPipeline(b *testing.B) {
	raw := devText(b)
	m := shipped(b)
	n := len(tokenize.Tokens(normalize.String(raw)))
	b.SetBytes(int64(len(raw)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		text := normalize.String(raw)
		m.Recognize(text, tokenize.Tokens(text))
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkLoadModel measures decoding the embedded model, the one-time
// cost Default pays on first use.
func BenchmarkLoadModel(b *testing.B) {
	data := shippedBytes(b)
	for i := 0; i < b.N; i++ {
		if _, err := Decode(data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFeaturize measures the tagger's feature extraction alone (the
// per-token context buckets decode asks for) over the dev sentences, with
// the word cache warm, in tokens/s.
func BenchmarkFeaturize(b *testing.B) {
	m := shipped(b)
	w := m.newWork()
	var sents [][]string
	ntok := 0
	for _, s := range readDev(b) {
		sents = append(sents, DisplayWords(nil, s.Tokens))
		ntok += len(s.Tokens)
	}
	for _, words := range sents {
		w.f.featurize(words, m.salt, false)
	}
	b.ResetTimer()
	for b.Loop() {
		for _, words := range sents {
			w.f.featurize(words, m.salt, false)
		}
	}
	b.ReportMetric(float64(ntok)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}
