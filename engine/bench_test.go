package engine

import (
	"os"
	"testing"
	"time"

	"tippani/hindi/normalize"
	"tippani/hindi/tokenize"
	"tippani/internal/testsupport"
	"tippani/ner"
	"tippani/ner/datenum"
)

// benchBytes is the size of the text each benchmark iteration annotates:
// large enough that per-call overheads vanish, small enough for quick
// runs under js/wasm.
const benchBytes = 256 << 10

// Untimed calls before a timed loop: at least annotateWarmups of them,
// and for at least annotateWarmupTime. Under js/wasm V8 first runs
// every function as code from its quick baseline compiler and recompiles
// the hot ones with its optimizing compiler in the background, one by one;
// on a two-core machine that takes a second or more of running, and three
// calls were not always enough (timed rounds then moved between two
// speeds, 30 and 50 ms, from one run to the next).
const (
	annotateWarmups    = 3
	annotateWarmupTime = 1500 * time.Millisecond
)

// firstCall is the duration of the process's first Annotate call, which
// also decodes the model and, under js/wasm, runs unoptimized code: what
// a reader waits for on the first article after the engine loads.
var firstCall time.Duration

// benchCorpus is running text rebuilt from the HiNER validation split
// (news and encyclopedic sentences), the largest shared corpus.
const benchCorpus = testsupport.HiNERCorpus

// BenchmarkAnnotate measures the whole pipeline (normalize, tokenize, NER,
// DATE/NUM, merge, code point offsets) and reports tokens per second of
// wall time and, natively, of process CPU time.
// scripts/bench-engine runs it natively and under js/wasm.
func BenchmarkAnnotate(b *testing.B) {
	text := testsupport.Corpus(b, benchCorpus, benchBytes)
	ntok := len(tokenize.Tokens(normalize.String(text)))
	// Untimed calls first: they load the model, fill the tagger's word
	// cache and, under js/wasm, give the engine time to reach its steady
	// state (V8 compiles WebAssembly with a quick baseline compiler, then
	// recompiles hot functions with its optimizing one in the background).
	// The benchmark measures the rate a reader sees once the engine has
	// run, not the first call.
	start := time.Now()
	for k := 0; k < annotateWarmups || time.Since(start) < annotateWarmupTime; k++ {
		t0 := time.Now()
		if _, err := Annotate(text); err != nil {
			b.Fatal(err)
		}
		if firstCall == 0 {
			firstCall = time.Since(t0)
		}
	}
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	cpu0 := cpuClock()
	for b.Loop() {
		if _, err := Annotate(text); err != nil {
			b.Fatal(err)
		}
	}
	cpu := cpuClock() - cpu0
	b.ReportMetric(float64(ntok)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	if cpuClockName == "CPU time" && cpu > 0 {
		// The same rate against the CPU time the process used: with -cpu 1
		// this is the single-core speed, whatever else the machine runs.
		b.ReportMetric(float64(ntok)*float64(b.N)/cpu.Seconds(), "tokens/cpu-s")
	}
	b.ReportMetric(float64(firstCall.Microseconds())/1000, "first-ms")
}

// BenchmarkStages times each pipeline stage alone on the same text, to
// show where the time goes.
func BenchmarkStages(b *testing.B) {
	text := testsupport.Corpus(b, benchCorpus, benchBytes)
	disp := normalize.String(text)
	toks := tokenize.Tokens(disp)
	model := ner.Default()
	names := model.Recognize(disp, toks)
	rules := datenum.Recognize(disp, toks)
	// Warm up as BenchmarkAnnotate does, so that under js/wasm every
	// stage runs optimized code.
	for start := time.Now(); time.Since(start) < annotateWarmupTime; {
		if _, err := Annotate(text); err != nil {
			b.Fatal(err)
		}
	}
	stage := func(name string, fn func()) {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			cpu0 := cpuClock()
			for b.Loop() {
				fn()
			}
			cpu := cpuClock() - cpu0
			b.ReportMetric(float64(len(toks))*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
			if cpuClockName == "CPU time" && cpu > 0 {
				b.ReportMetric(float64(len(toks))*float64(b.N)/cpu.Seconds(), "tokens/cpu-s")
			}
		})
	}
	stage("normalize", func() {
		if _, err := normalize.Display(text); err != nil {
			b.Fatal(err)
		}
	})
	stage("tokenize", func() { tokenize.Tokens(disp) })
	stage("ner", func() { model.Recognize(disp, toks) })
	stage("datenum", func() { datenum.Recognize(disp, toks) })
	var spans []span
	var drop []bool
	stage("merge+offsets", func() {
		spans = appendMerged(spans[:0], &drop, names, rules)
		toEntities(disp, spans)
	})
}

// BenchmarkLinearity annotates 10 KB and 1 MB of corpus text and reports
// the cost per byte of the large text divided by that of the small one:
// 1.0 is perfectly linear; quadratic behaviour would show as ~100. Costs
// are process CPU time where the platform has it (see cpuClock), so other
// jobs on the machine do not distort the ratio, and the two sizes are
// measured alternately, the best round of each kept.
//
//	go test ./engine -run '^$' -bench Linearity -benchtime 1x -cpu 1
func BenchmarkLinearity(b *testing.B) {
	small := testsupport.Corpus(b, benchCorpus, 10<<10)
	large := testsupport.Corpus(b, benchCorpus, 1<<20)
	ner.Default()
	// Each round annotates the small text as many times as it takes to
	// process as many bytes as the large one once.
	repeat := len(large) / len(small)
	cost := func(text string, times int) float64 {
		start := cpuClock()
		for range times {
			if _, err := Annotate(text); err != nil {
				b.Fatal(err)
			}
		}
		return float64((cpuClock() - start).Nanoseconds()) / float64(times*len(text))
	}
	smallBest, largeBest := 0.0, 0.0
	for b.Loop() {
		for round := 0; round < 3; round++ {
			if c := cost(small, repeat); smallBest == 0 || c < smallBest {
				smallBest = c
			}
			if c := cost(large, 1); largeBest == 0 || c < largeBest {
				largeBest = c
			}
		}
	}
	b.Logf("per-byte cost measured in %s", cpuClockName)
	b.ReportMetric(smallBest, "ns/byte-10KB")
	b.ReportMetric(largeBest, "ns/byte-1MB")
	b.ReportMetric(largeBest/smallBest, "ratio")
}

// BenchmarkModelLoad decodes the shipped NER model file, which is what
// the first ner.Default call does with the embedded copy.
func BenchmarkModelLoad(b *testing.B) {
	data, err := os.ReadFile(testsupport.RepoPath(b, "ner/model/hi.ner"))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := ner.Decode(data); err != nil {
			b.Fatal(err)
		}
	}
}
