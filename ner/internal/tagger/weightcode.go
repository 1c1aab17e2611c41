package tagger

import (
	"errors"
	"slices"

	"tippani/ner/gazetteer"
)

// The model file's two large sections: the weight table, coded with rANS
// under one frequency table for row masks and one per label for the
// weights (rans.go), and the mined phrases, Rice-coded fingerprints
// grouped by kind (ricecode.go). The layout is in codec.go.

// maskTable is the index of the row-mask table; label y's weights use
// table 1+y.
const (
	maskTable    = 0
	weightTables = 1 + NumLabels
	wideCode     = 255 // a weight's code that continues in the wide list
)

// codeWeights codes every row of the table: the frequency tables, the
// wide weights' remainders (16-bit models only) and the rANS stream.
func (m *Model) codeWeights() (tables [weightTables]*ransTable, wide []uint64, stream []byte) {
	type symbol struct{ table, code uint8 }
	var seq []symbol
	var counts [weightTables][256]int
	add := func(t int, c uint8) {
		counts[t][c]++
		seq = append(seq, symbol{uint8(t), c})
	}
	for r := 0; r < m.rows(); r++ {
		mask := 0
		for y := 0; y < NumLabels; y++ {
			if m.weight(r*rowStride+y) != 0 {
				mask |= 1 << y
			}
		}
		add(maskTable, uint8(mask))
		for y := 0; y < NumLabels; y++ {
			v := int64(m.weight(r*rowStride + y))
			if v == 0 {
				continue
			}
			code := uint64(v<<1) ^ uint64(v>>63) - 1 // zig-zag, less one: v ≠ 0
			if code >= wideCode {
				wide = append(wide, code-wideCode)
				code = wideCode
			}
			add(1+y, uint8(code))
		}
	}
	for t := range tables {
		if slices.Max(counts[t][:]) == 0 {
			counts[t][0] = 1 // a label without weights still has a valid table
		}
		tables[t] = newRansTable(&counts[t])
	}
	enc := newRansEncoder()
	for i := len(seq) - 1; i >= 0; i-- {
		enc.push(tables[seq[i].table], seq[i].code)
	}
	return tables, wide, enc.bytes()
}

var errWeightCode = errors.New("ner: damaged weight section in the model file")

// decodeWeights reads what codeWeights wrote into a table of 1<<bits rows.
func decodeWeights(r *reader, bits uint, wide bool) (weightTable, error) {
	var tables [weightTables]*ransTable
	for t := range tables {
		var err error
		if tables[t], err = readRansTable(r); err != nil {
			return weightTable{}, err
		}
	}
	wideVals := make([]uint64, r.count())
	for i := range wideVals {
		wideVals[i] = r.uv()
	}
	stream := r.bytes(r.count())
	if r.err != nil {
		return weightTable{}, r.err
	}
	if len(wideVals) > 0 && !wide {
		return weightTable{}, errWeightCode
	}
	limit := int64(127)
	if wide {
		limit = 32767
	}
	rows := 1 << bits
	// The share of rows with no weight is the mask table's frequency of 0.
	expected := rows - int(uint64(rows)*uint64(tables[maskTable].freq[0])/ransTotal) + 64
	tb := newTableBuilder(rows, expected, wide)
	d := newRansDecoder(stream)
	next := 0
	for row := 0; row < rows && !d.bad; row++ {
		mask := d.pop(tables[maskTable])
		if mask == 0 {
			continue
		}
		if mask >= 1<<NumLabels {
			return weightTable{}, errWeightCode
		}
		var ws [NumLabels]int16
		for y := 0; y < NumLabels; y++ {
			if mask>>y&1 == 0 {
				continue
			}
			code := uint64(d.pop(tables[1+y]))
			if code == wideCode && wide {
				if next == len(wideVals) {
					return weightTable{}, errWeightCode
				}
				code += wideVals[next]
				next++
			}
			z := code + 1
			v := int64(z>>1) ^ -int64(z&1)
			if v > limit || v < -limit {
				return weightTable{}, errWeightCode
			}
			ws[y] = int16(v)
		}
		tb.set(row, &ws)
	}
	if !d.done() || next != len(wideVals) {
		return weightTable{}, errWeightCode
	}
	return tb.done(), nil
}

// A phraseGroup is the mined phrases of one kind, by fingerprint.
type phraseGroup struct {
	kind gazetteer.Kind
	fps  []uint64 // increasing 32-bit fingerprints
}

// phrasesByKind groups a set's phrases by kind, kinds and fingerprints
// in increasing order, so that model files are byte-for-byte
// reproducible.
func phrasesByKind(s *gazetteer.Set) []phraseGroup {
	byKind := map[gazetteer.Kind][]uint64{}
	s.Range(func(h uint64, k gazetteer.Kind) { byKind[k] = append(byKind[k], h>>32) })
	var out []phraseGroup
	for k, fps := range byKind {
		slices.Sort(fps)
		out = append(out, phraseGroup{k, fps})
	}
	slices.SortFunc(out, func(a, b phraseGroup) int { return int(a.kind) - int(b.kind) })
	return out
}
