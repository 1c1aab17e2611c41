package tagger

import (
	"encoding/binary"
	"errors"
	"slices"
)

// A static-model rANS entropy coder (asymmetric numeral systems, range
// variant) for the model file's weights. Each symbol is coded under one
// of several frequency tables that both sides know: the tables travel in
// the file, the choice of table for each symbol follows from what was
// decoded before. Decoding a symbol is one table look-up, a multiply and
// at most one 16-bit read, which keeps model loading in js/wasm fast
// while coding each symbol in close to its information content — far
// tighter than gzip or brotli manage on the same numbers.
//
// The state is a uint32 kept in [ransLow, ransLow<<16); the encoder
// works backwards over the symbols and emits 16-bit words, the decoder
// reads them forwards. Frequencies sum to 1<<ransProbBits.

const (
	ransProbBits = 12
	ransTotal    = 1 << ransProbBits
	ransLow      = 1 << 16
)

// A ransTable is the frequency of every symbol of an alphabet of at most
// 256 symbols, scaled to sum to ransTotal; absent symbols have frequency 0.
type ransTable struct {
	freq [256]uint16
	cum  [257]uint32
	// For decoding, indexed by slot in [0, ransTotal): the slot's symbol,
	// and its symbol's frequency<<16 | the slot's offset within the
	// symbol's range, so that a decoding step reads both at once.
	sym  []uint8
	slot []uint32
}

// newRansTable scales counts to frequencies summing to ransTotal, giving
// every counted symbol at least 1. Counts must not all be zero.
func newRansTable(counts *[256]int) *ransTable {
	t := &ransTable{}
	total := 0
	for _, c := range counts {
		total += c
	}
	sum := 0
	for s, c := range counts {
		if c > 0 {
			f := max(1, int(int64(c)*ransTotal/int64(total)))
			t.freq[s] = uint16(f)
			sum += f
		}
	}
	// Settle the rounding on the largest frequencies, which a unit
	// changes least in relative terms.
	order := make([]int, 0, 256)
	for s := range counts {
		if t.freq[s] > 0 {
			order = append(order, s)
		}
	}
	slices.SortStableFunc(order, func(a, b int) int { return int(t.freq[b]) - int(t.freq[a]) })
	for i := 0; sum != ransTotal; i = (i + 1) % len(order) {
		s := order[i]
		if sum < ransTotal {
			t.freq[s]++
			sum++
		} else if t.freq[s] > 1 {
			t.freq[s]--
			sum--
		}
	}
	t.finish()
	return t
}

func (t *ransTable) finish() {
	for s := 0; s < 256; s++ {
		t.cum[s+1] = t.cum[s] + uint32(t.freq[s])
	}
}

// appendTo writes the table: the number of symbols present, then for each
// in increasing order the gap from the previous symbol and its frequency
// less one, as varints. The largest frequency is implied by the sum and
// written as 0.
func (t *ransTable) appendTo(dst []byte) []byte {
	n, big := 0, -1
	for s, f := range t.freq {
		if f > 0 {
			n++
			if big < 0 || f > t.freq[big] {
				big = s
			}
		}
	}
	dst = binary.AppendUvarint(dst, uint64(n))
	prev := -1
	for s, f := range t.freq {
		if f == 0 {
			continue
		}
		dst = binary.AppendUvarint(dst, uint64(s-prev-1))
		if s == big {
			dst = binary.AppendUvarint(dst, 0)
		} else {
			dst = binary.AppendUvarint(dst, uint64(f))
		}
		prev = s
	}
	return dst
}

var errRansTable = errors.New("ner: damaged frequency table in the model file")

// readRansTable reads a table written by appendTo and builds its
// decoding slots.
func readRansTable(r *reader) (*ransTable, error) {
	t := &ransTable{}
	n := r.count()
	if n == 0 || n > 256 {
		return nil, errRansTable
	}
	s, big, sum := -1, -1, 0
	for ; n > 0 && r.err == nil; n-- {
		s += int(r.uv()) + 1
		f := r.uv()
		if s > 255 || f >= ransTotal || f == 0 && big >= 0 {
			return nil, errRansTable
		}
		if f == 0 {
			big = s
			continue
		}
		t.freq[s] = uint16(f)
		sum += int(f)
	}
	if r.err != nil {
		return nil, r.err
	}
	if big >= 0 {
		if sum >= ransTotal {
			return nil, errRansTable
		}
		t.freq[big] = uint16(ransTotal - sum)
	} else if sum != ransTotal {
		return nil, errRansTable
	}
	t.finish()
	t.sym = make([]uint8, ransTotal)
	t.slot = make([]uint32, ransTotal)
	for s := 0; s < 256; s++ {
		for slot := t.cum[s]; slot < t.cum[s+1]; slot++ {
			t.sym[slot] = uint8(s)
			t.slot[slot] = uint32(t.freq[s])<<16 | (slot - t.cum[s])
		}
	}
	return t, nil
}

// A ransEncoder codes symbols in reverse: push them last to first, then
// take the bytes, which the decoder reads first symbol first.
type ransEncoder struct {
	x     uint32
	words []uint16 // emitted in reverse order
}

func newRansEncoder() *ransEncoder { return &ransEncoder{x: ransLow} }

func (e *ransEncoder) push(t *ransTable, s uint8) {
	f := uint32(t.freq[s])
	if f == 0 {
		panic("ner: rANS symbol with zero frequency")
	}
	if e.x >= ((ransLow>>ransProbBits)<<16)*f {
		e.words = append(e.words, uint16(e.x))
		e.x >>= 16
	}
	e.x = (e.x/f)<<ransProbBits + e.x%f + t.cum[s]
}

// bytes returns the coded stream: the final state, then the emitted
// words in the order the decoder reads them, little-endian.
func (e *ransEncoder) bytes() []byte {
	out := binary.LittleEndian.AppendUint32(nil, e.x)
	for i := len(e.words) - 1; i >= 0; i-- {
		out = binary.LittleEndian.AppendUint16(out, e.words[i])
	}
	return out
}

// A ransDecoder reads symbols from a stream written by ransEncoder.
type ransDecoder struct {
	x   uint32
	b   []byte
	bad bool // read past the end
}

func newRansDecoder(b []byte) *ransDecoder {
	if len(b) < 4 {
		return &ransDecoder{bad: true}
	}
	return &ransDecoder{x: binary.LittleEndian.Uint32(b), b: b[4:]}
}

func (d *ransDecoder) pop(t *ransTable) uint8 {
	slot := d.x & (ransTotal - 1)
	e := t.slot[slot]
	d.x = e>>16*(d.x>>ransProbBits) + e&0xffff
	if d.x < ransLow {
		if len(d.b) < 2 {
			d.bad = true
			d.b = nil
			return t.sym[slot]
		}
		d.x = d.x<<16 | uint32(binary.LittleEndian.Uint16(d.b))
		d.b = d.b[2:]
	}
	return t.sym[slot]
}

// done reports whether the whole stream was read and the state came back
// to where the encoder started, which a damaged stream almost never does.
func (d *ransDecoder) done() bool {
	return !d.bad && len(d.b) == 0 && d.x == ransLow
}
