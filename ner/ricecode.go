package ner

import (
	"errors"
	"math/bits"
)

// The known-word set is a bit set of 2^vocabBits bits with a few per cent
// set. Stored word by word it holds long runs of zero bytes, which the Go
// linker cuts out of a js/wasm binary's data as separate segments (see
// the weight columns in codec.go); stored as the gaps between set bits,
// each Golomb–Rice coded (the quotient gap>>k in unary, then k low
// bits), it has none, and takes close to the set's entropy: 14 kB
// instead of 64 KiB.

// riceParam chooses k for gaps averaging mean: the k with 2^k nearest
// mean·ln 2, near optimal for geometric gaps.
func riceParam(mean float64) uint {
	k := uint(0)
	for float64(uint64(1)<<(k+1)) <= mean*0.69 && k < 30 {
		k++
	}
	return k
}

// encodeKnown returns the set's number of set bits, the Rice parameter
// and the coded gaps.
func encodeKnown(k knownWords) (n int, param uint, data []byte) {
	for _, w := range k {
		n += bits.OnesCount64(w)
	}
	if n == 0 {
		return 0, 0, nil
	}
	param = riceParam(float64(len(k)*64) / float64(n))
	var bw bitWriter
	prev := -1
	for i, w := range k {
		for w != 0 {
			pos := i*64 + bits.TrailingZeros64(w)
			w &= w - 1
			gap := uint64(pos - prev - 1)
			prev = pos
			for q := gap >> param; q > 0; q-- {
				bw.bit(1)
			}
			bw.bit(0)
			for j := int(param) - 1; j >= 0; j-- {
				bw.bit(uint(gap>>uint(j)) & 1)
			}
		}
	}
	return n, param, bw.buf
}

var errKnownCode = errors.New("ner: damaged known-word set")

// decodeKnown reads what encodeKnown wrote into a set of words uint64s.
func decodeKnown(n int, param uint, data []byte, words int) (knownWords, error) {
	if param > 30 {
		return nil, errKnownCode
	}
	size := words * 64
	k := make(knownWords, words)
	br := bitReader{buf: data}
	pos := -1
	for ; n > 0; n-- {
		var q uint64
		for {
			b, ok := br.bit()
			if !ok || q > uint64(size) {
				return nil, errKnownCode
			}
			if b == 0 {
				break
			}
			q++
		}
		gap := q << param
		for j := int(param) - 1; j >= 0; j-- {
			b, ok := br.bit()
			if !ok {
				return nil, errKnownCode
			}
			gap |= uint64(b) << uint(j)
		}
		if gap >= uint64(size) || pos+int(gap)+1 >= size {
			return nil, errKnownCode
		}
		pos += int(gap) + 1
		k[pos/64] |= 1 << (pos % 64)
	}
	return k, nil
}

// bitWriter appends bits, most significant first in each byte.
type bitWriter struct {
	buf  []byte
	used uint // bits used in the last byte
}

func (w *bitWriter) bit(b uint) {
	if w.used == 0 {
		w.buf = append(w.buf, 0)
	}
	w.buf[len(w.buf)-1] |= byte(b&1) << (7 - w.used)
	w.used = (w.used + 1) % 8
}

// bitReader reads what bitWriter wrote.
type bitReader struct {
	buf []byte
	at  uint // bits read
}

func (r *bitReader) bit() (uint, bool) {
	if r.at/8 >= uint(len(r.buf)) {
		return 0, false
	}
	b := uint(r.buf[r.at/8]>>(7-r.at%8)) & 1
	r.at++
	return b, true
}
