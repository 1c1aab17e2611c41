package engine

import (
	"math"
	"strconv"
	"testing"
)

// BenchmarkPrimitives times, 1000 operations per iteration, the building
// blocks a tagger's inner loops are made of. Run natively and under
// js/wasm, it shows which of them the browser build pays most for:
//
//	go test ./engine -run '^$' -bench Primitives -cpu 1
//	GOOS=js GOARCH=wasm go test ./engine -run '^$' -bench Primitives \
//	    -exec "$(go env GOROOT)/lib/wasm/go_js_wasm_exec"
//
// math.Exp and math.Log have assembly versions on amd64 but are pure Go
// on wasm, and map lookups hash and probe through the runtime; a plain
// indexed load is the baseline.
func BenchmarkPrimitives(b *testing.B) {
	var sinkF float64
	var sinkI int
	b.Run("exp", func(b *testing.B) {
		x := 0.0
		for b.Loop() {
			for i := range 1000 {
				x += math.Exp(float64(i%50) * -0.1)
			}
		}
		sinkF += x
	})
	b.Run("log", func(b *testing.B) {
		x := 0.0
		for b.Loop() {
			for i := 1; i <= 1000; i++ {
				x += math.Log(float64(i))
			}
		}
		sinkF += x
	})
	b.Run("map-string", func(b *testing.B) {
		m := map[string]int{}
		keys := make([]string, 5000)
		for i := range keys {
			keys[i] = "शब्द" + strconv.Itoa(i)
			m[keys[i]] = i
		}
		n := 0
		for b.Loop() {
			for _, k := range keys[:1000] {
				n += m[k]
			}
		}
		sinkI += n
	})
	b.Run("map-uint64", func(b *testing.B) {
		m := map[uint64]int{}
		for i := range 100000 {
			m[uint64(i)*0x9E3779B97F4A7C15] = i
		}
		n := 0
		for b.Loop() {
			for i := range 1000 {
				n += m[uint64(i)*0x9E3779B97F4A7C15]
			}
		}
		sinkI += n
	})
	b.Run("slice-load", func(b *testing.B) {
		w := make([]float32, 1<<16)
		for i := range w {
			w[i] = float32(i)
		}
		x := float32(0)
		for b.Loop() {
			for i := range 1000 {
				x += w[(i*7919)&(len(w)-1)]
			}
		}
		sinkF += float64(x)
	})
	if sinkF == 1 && sinkI == 1 {
		b.Log("unreachable; keeps the results alive")
	}
}
