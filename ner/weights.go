package ner

import (
	"encoding/binary"
	"math/bits"
)

// weightTable is the emission weight table as the tagger reads it. Of the
// 1<<bits rows a model addresses, usually under a third hold a non-zero
// weight, and most feature lookups at prediction time land on an empty
// row (a context never seen in training). So only the non-empty rows are
// stored, densely, rowStride labels each, and a rank index says whether a
// row is stored and where: one 16-byte block per 64 rows holds a bit per
// row and the count of stored rows before the block. A lookup touches the
// small index (64 KiB for 2^18 rows) and one dense row: far less memory
// traffic than the full table, where every lookup was a likely cache
// miss. Dense row 0 is all zeros and stands for every empty row, so the
// tagger's inner loop needs no branch to skip them.
type weightTable struct {
	blocks []rankBlock
	// Dense rows × rowStride, label-major within a row. w8 when every
	// weight fits in int8 (half the memory), else w16; exactly one is
	// set once the table is built. w8 holds each int8 weight's two's
	// complement byte, so that addRows can load a row as one uint64.
	w8  []byte
	w16 []int16
}

type rankBlock struct {
	present uint64 // bit k set when row 64·block+k is stored
	before  uint32 // dense index of the block's first stored row
}

// numRows is the number of rows the table addresses (stored or not).
func (t *weightTable) numRows() int { return len(t.blocks) * 64 }

// dense is the number of dense rows, the zero row included.
func (t *weightTable) dense() int {
	if t.w8 != nil {
		return len(t.w8) / rowStride
	}
	return len(t.w16) / rowStride
}

// find returns the dense index of row r: 0, the zero row, when row r is
// empty. It does not branch on whether the row is stored.
func (t *weightTable) find(r uint32) int {
	blk := &t.blocks[r>>6]
	k := r & 63
	has := blk.present >> k & 1
	return int((uint64(blk.before) + uint64(bits.OnesCount64(blk.present&(1<<k-1)))) * has)
}

// at reads label y of row r (zero for an empty row).
func (t *weightTable) at(r, y int) int16 {
	d := t.find(uint32(r))
	if t.w8 != nil {
		return int16(int8(t.w8[d*rowStride+y]))
	}
	return t.w16[d*rowStride+y]
}

// tableBuilder assembles a weightTable from rows given in increasing
// order, the order of the model file.
type tableBuilder struct {
	t    weightTable
	wide bool // weights may need 16 bits
	last int  // last row added, -1 before the first
}

// newTableBuilder starts a table of numRows rows with room for about
// expected stored rows.
func newTableBuilder(numRows, expected int, wide bool) *tableBuilder {
	b := &tableBuilder{wide: wide, last: -1}
	b.t.blocks = make([]rankBlock, (numRows+63)/64)
	capacity := (min(expected, numRows) + 1) * rowStride
	if wide {
		b.t.w16 = make([]int16, rowStride, capacity)
	} else {
		b.t.w8 = make([]byte, rowStride, capacity)
	}
	return b
}

// set stores row r. Rows must come in increasing order; setting the last
// row again overwrites it, as a later value in the file would.
func (b *tableBuilder) set(r int, row *[numLabels]int16) {
	if r != b.last {
		blk := &b.t.blocks[r>>6]
		blk.present |= 1 << (r & 63)
		// Blocks between the previous row's and this one start with
		// every stored row so far before them.
		for k := b.last>>6 + 1; k <= r>>6; k++ {
			if k >= 0 {
				b.t.blocks[k].before = uint32(b.t.dense())
			}
		}
		if b.wide {
			b.t.w16 = append(b.t.w16, zeroRow16[:]...)
		} else {
			b.t.w8 = append(b.t.w8, zeroRow8[:]...)
		}
		b.last = r
	}
	if b.wide {
		copy(b.t.w16[len(b.t.w16)-rowStride:], row[:])
		return
	}
	dst := (*[rowStride]byte)(b.t.w8[len(b.t.w8)-rowStride:])
	for y, v := range row {
		dst[y] = byte(int8(v))
	}
}

var (
	zeroRow8  [rowStride]byte
	zeroRow16 [rowStride]int16
)

// done fills the rank of the blocks after the last row and narrows 16-bit
// weights to 8 bits when they all fit.
func (b *tableBuilder) done() weightTable {
	for k := b.last>>6 + 1; k < len(b.t.blocks); k++ {
		if k >= 0 {
			b.t.blocks[k].before = uint32(b.t.dense())
		}
	}
	t := b.t
	if t.w16 != nil && fitsInt8(t.w16) {
		t.w8 = make([]byte, len(t.w16))
		for i, v := range t.w16 {
			t.w8[i] = byte(int8(v))
		}
		t.w16 = nil
	}
	return t
}

func fitsInt8(ws []int16) bool {
	for _, v := range ws {
		if v > 127 || v < -127 {
			return false
		}
	}
	return true
}

// tableFromFull builds the table from a full one (every row, stride
// rowStride), storing the rows with a non-zero weight.
func tableFromFull(full []int16) weightTable {
	rows := len(full) / rowStride
	b := newTableBuilder(rows, 0, true)
	var row [numLabels]int16
	for r := 0; r < rows; r++ {
		copy(row[:], full[r*rowStride:r*rowStride+numLabels])
		if !allZero(row[:]) {
			b.set(r, &row)
		}
	}
	return b.done()
}

// addRows adds the rows of the given buckets to acc. Every bucket reads
// a row, the shared zero row when it was never seen in training: no
// branch to mispredict, and the loads of one token can all be in flight
// at once.
func (t *weightTable) addRows(acc *[numLabels]int32, buckets []uint32) {
	if t.w8 != nil {
		for len(buckets) > 0 {
			n := min(len(buckets), maxSWARRows)
			t.addRows8(acc, buckets[:n])
			buckets = buckets[n:]
		}
		return
	}
	a0, a1, a2, a3, a4, a5, a6 := acc[0], acc[1], acc[2], acc[3], acc[4], acc[5], acc[6]
	for _, b := range buckets {
		row := (*[rowStride]int16)(t.w16[t.find(b)*rowStride:])
		a0 += int32(row[0])
		a1 += int32(row[1])
		a2 += int32(row[2])
		a3 += int32(row[3])
		a4 += int32(row[4])
		a5 += int32(row[5])
		a6 += int32(row[6])
	}
	acc[0], acc[1], acc[2], acc[3], acc[4], acc[5], acc[6] = a0, a1, a2, a3, a4, a5, a6
}

// maxSWARRows bounds the rows addRows8 sums at once: each 16-bit lane
// collects up to 255 per row.
const maxSWARRows = 256

const (
	swarBias = 0x8080808080808080 // flips an int8's sign bit: v+128 as a byte
	swarLow  = 0x00ff00ff00ff00ff // the even bytes of a word, one per 16-bit lane
)

// addRows8 adds up to maxSWARRows 8-bit rows to acc, reading each row as
// one 64-bit word. With the sign bit of every byte flipped a weight v
// becomes the unsigned byte v+128; the even and the odd bytes are summed
// in four 16-bit lanes each, and 128 per row is taken off at the end.
// Two adds per row instead of seven: under js/wasm each separate
// accumulator costs loads and stores on Go's stack.
func (t *weightTable) addRows8(acc *[numLabels]int32, buckets []uint32) {
	blocks, w8 := t.blocks, t.w8
	var even, odd uint64
	for _, b := range buckets {
		blk := &blocks[b>>6]
		k := b & 63
		has := blk.present >> k & 1
		d := (uint64(blk.before) + uint64(bits.OnesCount64(blk.present&(1<<k-1)))) * has
		x := binary.LittleEndian.Uint64(w8[d*rowStride:]) ^ swarBias
		even += x & swarLow
		odd += x >> 8 & swarLow
	}
	bias := int32(128 * len(buckets))
	acc[0] += int32(even&0xffff) - bias
	acc[1] += int32(odd&0xffff) - bias
	acc[2] += int32(even>>16&0xffff) - bias
	acc[3] += int32(odd>>16&0xffff) - bias
	acc[4] += int32(even>>32&0xffff) - bias
	acc[5] += int32(odd>>32&0xffff) - bias
	acc[6] += int32(even>>48&0xffff) - bias
}

// addRow adds the row of one bucket to acc.
func (t *weightTable) addRow(acc *[numLabels]int32, b uint32) {
	t.addRows(acc, []uint32{b})
}
