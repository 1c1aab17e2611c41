package tagger

import (
	"bytes"
	"math/rand"
	"testing"
)

func TestKnownWordsRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewSource(5))
	for _, density := range []float64{0, 0.001, 0.06, 0.5} {
		k := NewKnownWords()
		for i := 0; i < len(k)*64; i++ {
			if rng.Float64() < density {
				k[i/64] |= 1 << (i % 64)
			}
		}
		n, param, data := encodeKnown(k)
		got, err := decodeKnown(n, param, data, len(k))
		if err != nil {
			t.Fatalf("density %v: %v", density, err)
		}
		for i := range k {
			if got[i] != k[i] {
				t.Fatalf("density %v: word %d differs", density, i)
			}
		}
		// More set bits than the data holds (beyond the last byte's
		// padding, which can read as short gaps) are turned away.
		if _, err := decodeKnown(n+9, param, data, len(k)); err == nil {
			t.Errorf("density %v: set bits past the data were accepted", density)
		}
	}
}

// The model file holds no run of eight zero bytes: the Go linker would
// cut each out of the js/wasm binary as a data segment of its own, and
// the segment headers cost the download far more than the zeros save.
func TestModelFileHasNoLongZeroRuns(t *testing.T) {
	data := shippedBytes(t)
	if i := bytes.Index(data, make([]byte, 8)); i >= 0 {
		t.Errorf("eight zero bytes at offset %d of %d", i, len(data))
	}
}
