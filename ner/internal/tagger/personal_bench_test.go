package tagger

import (
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"tippani/hindi/normalize"
	"tippani/hindi/tokenize"
	"tippani/ner/conll"
)

// The costs of learning, to run natively and under js/wasm, where the
// browser pays them:
//
//	go test ./ner/internal/tagger -run '^$' -bench 'Learn|LayerAtBound'
//	GOOS=js GOARCH=wasm go test ./ner/internal/tagger -run '^$' -bench 'Learn|LayerAtBound' \
//	    -exec="$(go env GOROOT)/lib/wasm/go_js_wasm_exec"

// lesson40 is a 40-token news sentence with names the shipped model
// misses or mislabels (एटली, कुंचाकोबोबन, होम्बले फिल्म्स), and its truth.
func lesson40() Lesson {
	text := "मुंबई में गुरुवार को निर्देशक एटली ने बताया कि उनकी नई फिल्म में कुंचाकोबोबन मुख्य भूमिका निभाएंगे और इसे होम्बले फिल्म्स बना रहा है , जिसकी शूटिंग अगले महीने से चेन्नई और हैदराबाद में शुरू होगी फिर रिलीज होगी ।"
	names := map[string]string{"मुंबई": "B-LOC", "एटली": "B-PER", "कुंचाकोबोबन": "B-PER", "होम्बले": "B-ORG", "फिल्म्स": "I-ORG", "चेन्नई": "B-LOC", "हैदराबाद": "B-LOC"}
	ls := Lesson{Tokens: strings.Fields(text)}
	for i, w := range ls.Tokens {
		tag := names[w]
		if tag == "" || w == "फिल्म्स" && ls.Tokens[i-1] != "होम्बले" {
			tag = "O"
		}
		ls.Tags = append(ls.Tags, tag)
	}
	return ls
}

// BenchmarkLearnSentence40 is one lesson of a 40-token sentence on a
// fresh layer: the most steps a lesson takes, since nothing of it is
// known yet.
func BenchmarkLearnSentence40(b *testing.B) {
	ls := lesson40()
	if len(ls.Tokens) != 40 {
		b.Fatalf("%d tokens", len(ls.Tokens))
	}
	m, err := Decode(shippedBytes(b))
	if err != nil {
		b.Fatal(err)
	}
	steps := 0
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		l := NewLayer(m)
		steps += l.Learn(m, []Lesson{ls}, "d", 3).Steps
	}
	b.ReportMetric(float64(steps)/float64(b.N), "steps/lesson")
}

// BenchmarkLearnDevStream learns IL-NER dev's sentences of 35 to 45
// tokens in file order on one growing layer, a lesson at a time.
func BenchmarkLearnDevStream(b *testing.B) {
	var lessons []Lesson
	for _, s := range readDev(b) {
		if n := len(s.Tokens); n >= 35 && n <= 45 {
			lessons = append(lessons, Lesson{Tokens: s.Tokens, Tags: conll.MapTags(s.Gold)})
		}
	}
	m, err := Decode(shippedBytes(b))
	if err != nil {
		b.Fatal(err)
	}
	l := NewLayer(m)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		l.Learn(m, lessons[i%len(lessons):i%len(lessons)+1], "d", 1)
	}
}

// fullLayer is a layer at its bound: MaxLayerRows rows of random buckets
// with deltas of every size, as years of lessons would leave it.
func fullLayer(m *Model) *Layer {
	rng := rand.New(rand.NewPCG(1, 2))
	l := NewLayer(m)
	l.lessons = 1
	for len(l.buckets) < MaxLayerRows {
		r := l.row(uint32(rng.IntN(1<<m.bits)), 1)
		l.add(r, rng.IntN(NumLabels), float32(rng.IntN(2*maxAffixDelta)-maxAffixDelta), 1, maxAffixDelta)
	}
	return l
}

// BenchmarkRecognizeLayerAtBound annotates the dev text with the shipped
// model and with a layer at its bound, alternately in the same run, and
// reports the ratio of their fastest calls (x-shipped).
func BenchmarkRecognizeLayerAtBound(b *testing.B) {
	text := normalize.String(devText(b))
	toks := tokenize.Tokens(text)
	plain, err := Decode(shippedBytes(b))
	if err != nil {
		b.Fatal(err)
	}
	layered, err := Decode(shippedBytes(b))
	if err != nil {
		b.Fatal(err)
	}
	layered.SetLayer(fullLayer(layered))
	var dst []Entity
	dst = plain.AppendRecognize(dst[:0], text, toks)
	dst = layered.AppendRecognize(dst[:0], text, toks)
	var without, with time.Duration
	b.ResetTimer()
	// Each model goes first every other time, so neither gains from
	// the order (a garbage collection the other one left due, a warm
	// cache).
	timed := func(m *Model) time.Duration {
		t0 := time.Now()
		dst = m.AppendRecognize(dst[:0], text, toks)
		return time.Since(t0)
	}
	bestWithout, bestWith := time.Duration(1<<62), time.Duration(1<<62)
	for i := 0; i < b.N; i++ {
		var a, c time.Duration
		if i%2 == 0 {
			a = timed(plain)
			c = timed(layered)
		} else {
			c = timed(layered)
			a = timed(plain)
		}
		without += a
		with += c
		bestWithout, bestWith = min(bestWithout, a), min(bestWith, c)
	}
	// The ratio of each model's fastest call: on a shared machine a
	// garbage collection or another process lands in some calls, and the
	// fastest is the one least disturbed.
	b.ReportMetric(float64(bestWith)/float64(bestWithout), "x-shipped")
	b.ReportMetric(float64(len(toks))*float64(b.N)/with.Seconds(), "tokens/s")
}

// BenchmarkLayerFileAtBound encodes a layer at its bound, as the engine
// does after every lesson to hand the page the file to keep.
func BenchmarkLayerFileAtBound(b *testing.B) {
	m, err := Decode(shippedBytes(b))
	if err != nil {
		b.Fatal(err)
	}
	l := fullLayer(m)
	size := 0
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		size = len(l.Encode())
	}
	b.ReportMetric(float64(size), "bytes")
}
