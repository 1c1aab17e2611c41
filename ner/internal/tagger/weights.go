package tagger

import "math/bits"

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
	// The dense rows. w8 when every weight fits in int8 (half the
	// memory), else w16; exactly one is set once the table is built.
	// w8 holds one word per row, byte y the weight of label y plus 128
	// (its int8 byte with the sign bit flipped), ready for addRows8's
	// lane sums; a plain []uint64 rather than bytes so that reading a
	// row inlines under js/wasm too, where encoding/binary's 64-bit load
	// is not an intrinsic. w16 is rowStride int16 per row, label-major.
	w8  []uint64
	w16 []int16
}

// An 8-bit row fits one word: label y is byte y (the constant below
// fails to compile if there were more than eight labels).
const _ = uint(8 - NumLabels)

// packRow8 turns one row of int8-range weights into its w8 word.
func packRow8(row *[NumLabels]int16) uint64 {
	w := uint64(swarBias)
	for y, v := range row {
		w ^= uint64(byte(int8(v))) << (8 * y)
	}
	return w
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
		return len(t.w8)
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
		return int16(int8(byte(t.w8[d]>>(8*y)) ^ 0x80))
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
		b.t.w8 = make([]uint64, 1, capacity/rowStride)
		b.t.w8[0] = swarBias // the zero row
	}
	return b
}

// set stores row r. Rows must come in increasing order; setting the last
// row again overwrites it, as a later value in the file would.
func (b *tableBuilder) set(r int, row *[NumLabels]int16) {
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
			b.t.w8 = append(b.t.w8, swarBias)
		}
		b.last = r
	}
	if b.wide {
		copy(b.t.w16[len(b.t.w16)-rowStride:], row[:])
		return
	}
	b.t.w8[len(b.t.w8)-1] = packRow8(row)
}

var zeroRow16 [rowStride]int16

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
		t.w8 = make([]uint64, len(t.w16)/rowStride)
		for d := range t.w8 {
			t.w8[d] = packRow8((*[NumLabels]int16)(t.w16[d*rowStride:]))
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
	var row [NumLabels]int16
	for r := 0; r < rows; r++ {
		copy(row[:], full[r*rowStride:r*rowStride+NumLabels])
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
func (t *weightTable) addRows(acc *[NumLabels]int32, buckets []uint32) {
	if t.w8 != nil {
		for len(buckets) > 0 {
			n := min(len(buckets), maxSWARRows)
			addRows8(t, acc, buckets[:n])
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

// addPairs adds to acc the rows of the general bucket of every pair and,
// when salted, of its salted bucket too: the same sum addRows gives for
// the pairs flattened by appendPairBuckets.
func (t *weightTable) addPairs(acc *[NumLabels]int32, pairs []bucketPair, salted bool) {
	if t.w8 == nil || salted {
		var buf [2 * 64]uint32
		for len(pairs) > 0 {
			n := min(len(pairs), 64)
			t.addRows(acc, appendPairBuckets(buf[:0], pairs[:n], boolSalt(salted)))
			pairs = pairs[n:]
		}
		return
	}
	for len(pairs) > 0 {
		n := min(len(pairs), maxSWARRows)
		addRows8(t, acc, pairs[:n])
		pairs = pairs[n:]
	}
}

// boolSalt is a non-zero salt when salted, for appendPairBuckets, which
// only tests it against zero.
func boolSalt(salted bool) uint64 {
	if salted {
		return 1
	}
	return 0
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
//
// The loop takes four rows per iteration. Under js/wasm every jump back
// to the top of a loop goes through the dispatch Go puts at the head of
// each function (a br_table on the resume point), so a loop iteration
// costs several times what it does natively; four rows per trip cut that
// overhead by four.
//
// rows are buckets, or bucket pairs whose general bucket (the low half,
// what converting to uint32 keeps) is the row.
func addRows8[B uint32 | bucketPair](t *weightTable, acc *[NumLabels]int32, rows []B) {
	var even, odd uint64
	i := 0
	for ; i+4 <= len(rows); i += 4 {
		q := rows[i : i+4 : i+4]
		x0, x1, x2, x3 := t.row8(uint32(q[0])), t.row8(uint32(q[1])), t.row8(uint32(q[2])), t.row8(uint32(q[3]))
		even += x0&swarLow + x1&swarLow + x2&swarLow + x3&swarLow
		odd += x0>>8&swarLow + x1>>8&swarLow + x2>>8&swarLow + x3>>8&swarLow
	}
	for ; i < len(rows); i++ {
		x := t.row8(uint32(rows[i]))
		even += x & swarLow
		odd += x >> 8 & swarLow
	}
	t.finishSWAR(acc, even, odd, len(rows))
}

// finishSWAR adds the lane sums of rows rows, read as by row8, to acc.
func (t *weightTable) finishSWAR(acc *[NumLabels]int32, even, odd uint64, rows int) {
	bias := int32(128 * rows)
	acc[0] += int32(even&0xffff) - bias
	acc[1] += int32(odd&0xffff) - bias
	acc[2] += int32(even>>16&0xffff) - bias
	acc[3] += int32(odd>>16&0xffff) - bias
	acc[4] += int32(even>>32&0xffff) - bias
	acc[5] += int32(odd>>32&0xffff) - bias
	acc[6] += int32(even>>48&0xffff) - bias
}

// row8 returns the 8-bit row of bucket b as one word with every byte's
// sign bit flipped (see addRows8); a bucket never seen in training reads
// the shared zero row.
func (t *weightTable) row8(b uint32) uint64 {
	return t.w8[t.find(b)]
}
