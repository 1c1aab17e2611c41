package ner

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"math"

	"tippani/ner/gazetteer"
)

// The model file format, version 1. All integers are unsigned varints
// unless noted; floats are IEEE little-endian.
//
//	magic "TIPPANI-NER\n", version, featureVersion
//	info: length, bytes
//	bits (weight table has 1<<bits rows), quantBits (8 or 16), scale float32
//	start[7] float32, trans[7][7] float32
//	calibration: temperature, a, b float64
//	feature copy salt uint64 LE (0: general features only)
//	O bias float32 (subtracted from the score of label O)
//	mined phrases: longest phrase in words, count, then per phrase
//	its hash uint64 LE and kind
//	clusters: count, then per word key hash uint64 LE, cluster id
//	known words: count of uint64 LE words of the bit set (0: none), words
//	weight rows: count, then per row the gap to the previous row index
//	and 7 zig-zag varint weights
//
// Rows whose weights are all zero are not stored, so the file size tracks
// the number of useful features, not the table size.
const fileMagic = "TIPPANI-NER\n"
const fileVersion = 1

// Encode writes the model in the file format above.
func (m *Model) Encode(w io.Writer) error {
	bw := bufio.NewWriter(w)
	var tmp [binary.MaxVarintLen64]byte
	uv := func(x uint64) { bw.Write(tmp[:binary.PutUvarint(tmp[:], x)]) }
	sv := func(x int64) { bw.Write(tmp[:binary.PutVarint(tmp[:], x)]) }
	f32 := func(x float32) { binary.Write(bw, binary.LittleEndian, x) }
	f64 := func(x float64) { binary.Write(bw, binary.LittleEndian, x) }
	u64 := func(x uint64) { binary.Write(bw, binary.LittleEndian, x) }

	bw.WriteString(fileMagic)
	uv(fileVersion)
	uv(featureVersion)
	uv(uint64(len(m.Info)))
	bw.WriteString(m.Info)
	uv(uint64(m.bits))
	uv(uint64(m.quantBits()))
	f32(m.scale)
	for _, s := range m.start {
		f32(s)
	}
	for _, row := range m.trans {
		for _, s := range row {
			f32(s)
		}
	}
	f64(m.calib.Temperature)
	f64(m.calib.A)
	f64(m.calib.B)
	u64(m.salt)
	f32(m.oBias)

	uv(uint64(m.mined.MaxLen()))
	uv(uint64(m.mined.Len()))
	for _, e := range sortedPhrases(m.mined) {
		u64(e.hash)
		uv(uint64(e.kind))
	}
	uv(uint64(len(m.clusters)))
	for _, c := range sortedClusters(m.clusters) {
		u64(c.hash)
		uv(uint64(c.id))
	}

	uv(uint64(len(m.known)))
	for _, word := range m.known {
		u64(word)
	}

	rows, _ := m.Size()
	uv(uint64(rows))
	last := -1
	for r := 0; r < m.rows(); r++ {
		var row [numLabels]int16
		for y := range row {
			row[y] = m.weight(r*rowStride + y)
		}
		if allZero(row[:]) {
			continue
		}
		uv(uint64(r - last))
		last = r
		for _, v := range row {
			sv(int64(v))
		}
	}
	return bw.Flush()
}

func allZero(row []int16) bool {
	for _, v := range row {
		if v != 0 {
			return false
		}
	}
	return true
}

// quantBits reports 8 when every weight fits in int8, else 16; Encode
// records it so readers know the precision the model was saved at.
func (m *Model) quantBits() int {
	if m.weights != nil && !fitsInt8(m.weights) {
		return 16
	}
	if m.weights == nil && m.table.w16 != nil {
		return 16 // the table keeps 16 bits only when 8 do not suffice
	}
	return 8
}

// Decode reads a model file. It checks the magic, versions and every
// length, and returns a descriptive error for a truncated or foreign file.
func Decode(data []byte) (*Model, error) {
	if !bytes.HasPrefix(data, []byte(fileMagic)) {
		return nil, errors.New("ner: not a Tippani NER model file (bad magic)")
	}
	r := &reader{b: data[len(fileMagic):]}
	if v := r.uv(); v != fileVersion {
		return nil, errorf("ner: model file version %d, this build reads %d", v, fileVersion)
	}
	if v := r.uv(); v != featureVersion {
		return nil, errorf("ner: model built for feature set %d, this build has %d", v, featureVersion)
	}
	m := &Model{}
	m.Info = string(r.bytes(int(r.uv())))
	m.bits = uint(r.uv())
	if m.bits < 8 || m.bits > 26 {
		return nil, errorf("ner: implausible table size 2^%d", m.bits)
	}
	quantBits := r.uv()
	if quantBits != 8 && quantBits != 16 {
		return nil, errorf("ner: %d-bit weights; want 8 or 16", quantBits)
	}
	m.scale = r.f32()
	for i := range m.start {
		m.start[i] = r.f32()
	}
	for i := range m.trans {
		for j := range m.trans[i] {
			m.trans[i][j] = r.f32()
		}
	}
	m.calib.Temperature = r.f64()
	m.calib.A = r.f64()
	m.calib.B = r.f64()
	m.salt = r.u64()
	m.oBias = r.f32()
	m.mined = gazetteer.New()
	maxWords := int(r.uv())
	if maxWords > gazetteer.MaxWords {
		return nil, errorf("ner: mined phrases of %d words exceed the limit %d", maxWords, gazetteer.MaxWords)
	}
	for n := r.count(); n > 0 && r.err == nil; n-- {
		h := r.u64()
		k := gazetteer.Kind(r.uv())
		m.mined.Put(h, k, maxWords)
	}
	if nc := r.count(); nc > 0 {
		m.clusters = make(map[uint64]int32, nc)
		for ; nc > 0 && r.err == nil; nc-- {
			h := r.u64()
			m.clusters[h] = int32(r.uv())
		}
	}
	if nk := r.count(); nk > 0 {
		if nk != (1<<vocabBits)/64 {
			return nil, errorf("ner: known-word set of %d words, want %d", nk, (1<<vocabBits)/64)
		}
		m.known = make(knownWords, nk)
		for i := range m.known {
			m.known[i] = r.u64()
		}
	}
	nrows := r.count()
	tb := newTableBuilder(1<<m.bits, nrows, quantBits == 16)
	limit := int64(math.MaxInt16)
	if quantBits == 8 {
		limit = math.MaxInt8
	}
	row := -1
	var vals [numLabels]int16
	for n := nrows; n > 0 && r.err == nil; n-- {
		gap := r.uv()
		if gap > 1<<m.bits {
			return nil, errorf("ner: weight row %d outside table of %d rows", uint64(row)+gap, 1<<m.bits)
		}
		row += int(gap)
		if row < 0 || row >= 1<<m.bits {
			return nil, errorf("ner: weight row %d outside table of %d rows", row, 1<<m.bits)
		}
		for y := 0; y < numLabels; y++ {
			v := r.sv()
			if v > limit || v < -limit {
				return nil, errorf("ner: weight %d out of range for %d-bit weights", v, quantBits)
			}
			vals[y] = int16(v)
		}
		if r.err == nil {
			tb.set(row, &vals)
		}
	}
	m.table = tb.done()
	if r.err != nil {
		return nil, r.err
	}
	if len(r.b) != 0 {
		return nil, errorf("ner: %d unexpected bytes after the weights", len(r.b))
	}
	m.finish()
	return m, nil
}

// finish builds the lookup structures shared by all calls.
func (m *Model) finish() {
	if m.weights != nil {
		m.table = tableFromFull(m.weights)
		m.weights = nil
	}
	m.places = gazetteer.MultiWordPlaces()
	m.gaz = gazetteer.Builtin()
	m.gaz.Merge(m.mined)
	m.gaz.Freeze()
	m.places.Freeze()
	m.owned = m.newWork()
}

type reader struct {
	b   []byte
	err error
}

var errTruncated = errors.New("ner: model file is truncated")

func (r *reader) fail() {
	if r.err == nil {
		r.err = errTruncated
	}
	r.b = nil
}

func (r *reader) uv() uint64 {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *reader) sv() int64 {
	v, n := binary.Varint(r.b)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return v
}

// count reads an element count and rejects counts larger than the bytes
// left could possibly hold.
func (r *reader) count() int {
	n := r.uv()
	if n > uint64(len(r.b)) {
		r.fail()
		return 0
	}
	return int(n)
}

func (r *reader) bytes(n int) []byte {
	if n < 0 || n > len(r.b) {
		r.fail()
		return nil
	}
	out := r.b[:n]
	r.b = r.b[n:]
	return out
}

func (r *reader) u64() uint64 {
	b := r.bytes(8)
	if b == nil {
		return 0
	}
	return binary.LittleEndian.Uint64(b)
}

func (r *reader) f32() float32 {
	b := r.bytes(4)
	if b == nil {
		return 0
	}
	return math.Float32frombits(binary.LittleEndian.Uint32(b))
}

func (r *reader) f64() float64 {
	b := r.bytes(8)
	if b == nil {
		return 0
	}
	return math.Float64frombits(binary.LittleEndian.Uint64(b))
}
