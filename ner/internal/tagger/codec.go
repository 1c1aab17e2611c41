package tagger

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"math"

	"tippani/ner/gazetteer"
)

// The model file format, version 3. All integers are unsigned varints
// unless noted; floats are IEEE little-endian.
//
//	magic "TIPPANI-NER\n", version, featureVersion
//	info: length, bytes
//	bits (weight table has 1<<bits rows), quantBits (8 or 16), scale float32
//	start[7] float32, trans[7][7] float32
//	calibration: temperature, a, b float64
//	feature copy salt, varint (0: general features only)
//	O bias float32 (subtracted from the score of label O)
//	mined phrases: longest phrase in words, number of kinds, then per
//	kind in increasing order: the kind, the number of phrases, the Rice
//	parameter, the byte length and the Rice-coded gaps between the
//	phrases' 32-bit fingerprints (gazetteer.Fingerprint) in increasing
//	order (ricecode.go)
//	known words: size of the bit set in uint64 words (0: none), then the
//	number of set bits, the Rice parameter and the byte length of the
//	Rice-coded gaps between set bits, and those bytes
//	weights: eight rANS frequency tables (rans.go) — row masks, then one
//	per label for its non-zero weights — the number of wide weights and
//	each as a varint, the byte length of the rANS stream and the stream.
//	The stream holds, for every row of the table in order, its mask (bit
//	y set when label y's weight is not zero) and then each non-zero
//	weight in label order as its zig-zag code less one; the code 255
//	stands for 255 plus the next wide weight (16-bit models only).
//
// Version 2 stored the phrases' fingerprints as varint gaps with a kind
// each, and the weights as row gaps and seven run-length coded varint
// columns, leaving the compression to gzip or brotli; coding them to
// their measured frequencies here takes a fifth less after compression.
const fileMagic = "TIPPANI-NER\n"
const fileVersion = 3

// Encode writes the model in the file format above.
func (m *Model) Encode(w io.Writer) error {
	bw := bufio.NewWriter(w)
	var tmp [binary.MaxVarintLen64]byte
	uv := func(x uint64) { bw.Write(tmp[:binary.PutUvarint(tmp[:], x)]) }
	f32 := func(x float32) { binary.Write(bw, binary.LittleEndian, x) }
	f64 := func(x float64) { binary.Write(bw, binary.LittleEndian, x) }

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
	uv(m.salt)
	f32(m.oBias)

	uv(uint64(m.mined.MaxLen()))
	groups := phrasesByKind(m.mined)
	uv(uint64(len(groups)))
	for _, g := range groups {
		uv(uint64(g.kind))
		uv(uint64(len(g.fps)))
		k, data := riceCode(g.fps, 1<<32)
		uv(uint64(k))
		uv(uint64(len(data)))
		bw.Write(data)
	}

	uv(uint64(len(m.known)))
	if len(m.known) > 0 {
		n, k, data := encodeKnown(m.known)
		uv(uint64(n))
		uv(uint64(k))
		uv(uint64(len(data)))
		bw.Write(data)
	}

	tables, wide, stream := m.codeWeights()
	for _, t := range tables {
		bw.Write(t.appendTo(nil))
	}
	uv(uint64(len(wide)))
	for _, v := range wide {
		uv(v)
	}
	uv(uint64(len(stream)))
	bw.Write(stream)
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
	m.salt = r.uv()
	m.oBias = r.f32()
	m.mined = gazetteer.New()
	maxWords := int(r.uv())
	if maxWords > gazetteer.MaxWords {
		return nil, errorf("ner: mined phrases of %d words exceed the limit %d", maxWords, gazetteer.MaxWords)
	}
	prevKind := uint64(0)
	for groups := r.count(); groups > 0 && r.err == nil; groups-- {
		kind := r.uv()
		n, k, size := r.count(), r.uv(), r.count()
		data := r.bytes(size)
		if r.err != nil {
			break
		}
		if kind <= prevKind || kind > math.MaxUint32 || k > 40 {
			return nil, errorf("ner: mined phrase kinds out of order or out of range")
		}
		prevKind = kind
		put := func(fp uint64) { m.mined.Put(fp<<32, gazetteer.Kind(kind), maxWords) }
		if err := riceDecode(data, n, uint(k), 1<<32, put); err != nil {
			return nil, err
		}
	}
	if nk := r.count(); nk > 0 {
		if nk != (1<<vocabBits)/64 {
			return nil, errorf("ner: known-word set of %d words, want %d", nk, (1<<vocabBits)/64)
		}
		n, k, size := r.count(), r.uv(), r.count()
		data := r.bytes(size)
		if r.err == nil {
			known, err := decodeKnown(n, uint(min(k, 31)), data, nk)
			if err != nil {
				return nil, err
			}
			m.known = known
		}
	}
	tb, err := decodeWeights(r, m.bits, quantBits == 16)
	if err != nil {
		return nil, err
	}
	m.table = tb
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
