package tagger

import (
	"encoding/binary"
	"errors"
	"math"
	"unicode/utf8"
)

// The personal layer file, version 1, written by (*Layer).Encode and read
// by DecodeLayer. Integers are unsigned varints; floats are IEEE
// little-endian float32.
//
//	magic "TIPPANI-LAYER\n", version
//	model fingerprint, 8 bytes little-endian (see Model.fingerprint)
//	lessons, decisions
//	documents: count, then 8 bytes each (hashes of the caller's ids)
//	names: count, then per name its type (0 PER, 1 LOC, 2 ORG), byte
//	length and UTF-8 bytes, oldest first
//	rows: count, then per row its bucket, the lesson that first changed
//	it, the first lesson not yet in its snapshot sums, 7 deltas and 7
//	snapshot sums
const (
	layerMagic   = "TIPPANI-LAYER\n"
	layerVersion = 1
	// maxNameBytes bounds one learned name in the file.
	maxNameBytes = 1024
)

// Layer file errors. A file that fails these checks is refused whole:
// nothing of it is installed.
var (
	ErrLayerFormat = errors.New("this is not a Tippani personal layer file")
	ErrLayerModel  = errors.New("this layer was learned on another version of the model and cannot be used with this one")
	ErrLayerDamage = errors.New("the layer file is damaged or truncated")
)

var layerTypes = [...]string{"PER", "LOC", "ORG"}

// Encode returns the layer in the file format above.
func (l *Layer) Encode() []byte {
	b := make([]byte, 0, 64+len(l.docs)*8+len(l.names)*32+len(l.buckets)*64)
	uv := func(x uint64) { b = binary.AppendUvarint(b, x) }
	f32 := func(x float32) { b = binary.LittleEndian.AppendUint32(b, math.Float32bits(x)) }
	b = append(b, layerMagic...)
	uv(layerVersion)
	b = binary.LittleEndian.AppendUint64(b, l.model)
	uv(uint64(l.lessons))
	uv(uint64(l.decisions))
	uv(uint64(len(l.docs)))
	for _, d := range l.docs {
		b = binary.LittleEndian.AppendUint64(b, d)
	}
	uv(uint64(len(l.names)))
	for _, n := range l.names {
		uv(uint64(typeCode(n.Type)))
		uv(uint64(len(n.Text)))
		b = append(b, n.Text...)
	}
	uv(uint64(len(l.buckets)))
	for i, bk := range l.buckets {
		uv(uint64(bk))
		uv(uint64(l.first[i]))
		uv(uint64(l.folded[i]))
		for _, v := range l.raw[i] {
			f32(v)
		}
		for _, v := range l.sums[i] {
			f32(v)
		}
	}
	return b
}

func typeCode(t string) int {
	for i, n := range layerTypes {
		if n == t {
			return i
		}
	}
	return 0
}

// DecodeLayer reads a layer file for model m, checking the magic, the
// version, that the layer belongs to m, every count against the layer's
// bounds, and every row (bucket inside m's table, no bucket twice,
// lessons in order, finite deltas within bounds); trailing bytes are an
// error.
func DecodeLayer(m *Model, data []byte) (*Layer, error) {
	if len(data) < len(layerMagic) || string(data[:len(layerMagic)]) != layerMagic {
		return nil, ErrLayerFormat
	}
	r := &reader{b: data[len(layerMagic):]}
	if v := r.uv(); r.err != nil || v != layerVersion {
		return nil, ErrLayerFormat
	}
	fp := r.bytes(8)
	if r.err != nil {
		return nil, ErrLayerDamage
	}
	if binary.LittleEndian.Uint64(fp) != m.fingerprint() {
		return nil, ErrLayerModel
	}
	l := NewLayer(m)
	bad := false
	check := func(ok bool) { bad = bad || !ok }
	lessons, decisions := r.uv(), r.uv()
	check(lessons <= math.MaxUint32 && decisions <= math.MaxUint32)
	l.lessons, l.decisions = uint32(lessons), uint32(decisions)
	nd := r.count()
	check(nd <= maxLayerDocs)
	for i := 0; i < nd && !bad && r.err == nil; i++ {
		if d := r.bytes(8); d != nil {
			l.docs = append(l.docs, binary.LittleEndian.Uint64(d))
		}
	}
	nn := r.count()
	check(nn <= MaxLayerNames)
	for i := 0; i < nn && !bad && r.err == nil; i++ {
		typ := r.uv()
		size := r.count()
		check(typ < uint64(len(layerTypes)) && size <= maxNameBytes)
		text := r.bytes(size)
		check(utf8.Valid(text))
		if !bad && r.err == nil {
			l.names = append(l.names, LearnedName{Text: string(text), Type: layerTypes[typ]})
		}
	}
	nr := r.count()
	check(nr <= MaxLayerRows)
	for i := 0; i < nr && !bad && r.err == nil; i++ {
		bk, first, folded := r.uv(), r.uv(), r.uv()
		check(bk < 1<<m.bits && first >= 1 && first <= folded && folded <= lessons+1)
		if _, dup := l.rows.Find(bk, struct{}{}); dup {
			check(false)
		}
		var raw, sums [NumLabels]float32
		for y := range raw {
			raw[y] = r.f32()
			check(!math.IsNaN(float64(raw[y])) && math.Abs(float64(raw[y])) <= maxWordDelta)
		}
		for y := range sums {
			sums[y] = r.f32()
			check(!math.IsNaN(float64(sums[y])) && math.Abs(float64(sums[y])) <= maxWordDelta*float64(folded))
		}
		if bad || r.err != nil {
			break
		}
		*l.rows.Value(bk, struct{}{}) = int32(len(l.buckets))
		l.buckets = append(l.buckets, uint32(bk))
		l.first = append(l.first, uint32(first))
		l.folded = append(l.folded, uint32(folded))
		l.raw = append(l.raw, raw)
		l.sums = append(l.sums, sums)
	}
	if r.err != nil || bad || len(r.b) != 0 {
		return nil, ErrLayerDamage
	}
	return l, nil
}
