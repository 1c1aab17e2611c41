package tagger

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

// riceCode codes increasing values as Golomb–Rice coded gaps (the gap
// before the first value counts from -1), with the parameter suited to
// n values spread over [0, limit).
func riceCode(vals []uint64, limit uint64) (param uint, data []byte) {
	if len(vals) == 0 {
		return 0, nil
	}
	param = riceParam(float64(limit) / float64(len(vals)))
	var bw bitWriter
	prev := int64(-1)
	for _, v := range vals {
		gap := uint64(int64(v) - prev - 1)
		prev = int64(v)
		for q := gap >> param; q > 0; q-- {
			bw.bit(1)
		}
		bw.bit(0)
		for j := int(param) - 1; j >= 0; j-- {
			bw.bit(uint(gap>>uint(j)) & 1)
		}
	}
	return param, bw.buf
}

var errRiceCode = errors.New("ner: damaged Rice-coded set in the model file")

// riceDecode reads n values that riceCode wrote, each of which must be
// below limit, and passes them to put in increasing order.
func riceDecode(data []byte, n int, param uint, limit uint64, put func(v uint64)) error {
	if param > 40 {
		return errRiceCode
	}
	br := bitReader{buf: data}
	pos := int64(-1)
	for ; n > 0; n-- {
		var q uint64
		for {
			b, ok := br.bit()
			if !ok || q > limit>>param {
				return errRiceCode
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
				return errRiceCode
			}
			gap |= uint64(b) << uint(j)
		}
		if gap >= limit || uint64(pos)+gap+1 >= limit {
			return errRiceCode
		}
		pos += int64(gap) + 1
		put(uint64(pos))
	}
	if br.at+7 < uint(len(data))*8 {
		return errRiceCode // bytes left over
	}
	return nil
}

// encodeKnown returns the set's number of set bits, the Rice parameter
// and the coded gaps.
func encodeKnown(k KnownWords) (n int, param uint, data []byte) {
	var set []uint64
	for i, w := range k {
		for w != 0 {
			set = append(set, uint64(i*64+bits.TrailingZeros64(w)))
			w &= w - 1
		}
	}
	param, data = riceCode(set, uint64(len(k)*64))
	return len(set), param, data
}

// decodeKnown reads what encodeKnown wrote into a set of words uint64s.
func decodeKnown(n int, param uint, data []byte, words int) (KnownWords, error) {
	k := make(KnownWords, words)
	err := riceDecode(data, n, param, uint64(words*64), func(pos uint64) { k[pos/64] |= 1 << (pos % 64) })
	if err != nil {
		return nil, err
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
