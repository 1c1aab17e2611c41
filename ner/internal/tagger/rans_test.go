package tagger

import (
	"math"
	"math/rand"
	"testing"
)

// Symbols drawn from several skewed distributions, each coded under its
// own table, come back in order, and the tables survive their coding.
func TestRansRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	const tables = 3
	var counts [tables][256]int
	type sym struct{ t, s uint8 }
	var seq []sym
	for i := 0; i < 200000; i++ {
		k := rng.Intn(tables)
		s := uint8(min(255, int(rng.ExpFloat64()*float64(2+40*k))))
		if k == 0 && rng.Intn(1000) == 0 {
			s = 255 // a rare symbol far out
		}
		counts[k][s]++
		seq = append(seq, sym{uint8(k), s})
	}
	var ts [tables]*ransTable
	var file []byte
	for k := range ts {
		ts[k] = newRansTable(&counts[k])
		file = ts[k].appendTo(file)
	}
	enc := newRansEncoder()
	for i := len(seq) - 1; i >= 0; i-- {
		enc.push(ts[seq[i].t], seq[i].s)
	}
	stream := enc.bytes()
	r := &reader{b: file}
	var read [tables]*ransTable
	for k := range read {
		var err error
		if read[k], err = readRansTable(r); err != nil {
			t.Fatal(err)
		}
		if read[k].freq != ts[k].freq {
			t.Fatalf("table %d changed in its coding", k)
		}
	}
	if len(r.b) != 0 {
		t.Fatalf("%d bytes of the tables left unread", len(r.b))
	}
	d := newRansDecoder(stream)
	for i, want := range seq {
		if got := d.pop(read[want.t]); got != want.s {
			t.Fatalf("symbol %d: %d, want %d", i, got, want.s)
		}
	}
	if !d.done() {
		t.Error("the decoder did not end where the encoder began")
	}
	// The stream is within 1% of the symbols' information content.
	bits := 0.0
	for _, c := range counts {
		b, _ := entropyBits(c[:])
		bits += b
	}
	if got := float64(len(stream) * 8); got > bits*1.01+64 {
		t.Errorf("%d bytes for %.0f bytes of information", len(stream), bits/8)
	}
	// Cut short, the stream is reported as damaged.
	d = newRansDecoder(stream[:len(stream)/2])
	for _, want := range seq {
		d.pop(read[want.t])
	}
	if d.done() {
		t.Error("a truncated stream decoded as whole")
	}
}

func entropyBits(counts []int) (bits float64, n int) {
	for _, c := range counts {
		n += c
	}
	for _, c := range counts {
		if c > 0 {
			p := float64(c) / float64(n)
			bits -= float64(c) * math.Log2(p)
		}
	}
	return bits, n
}
