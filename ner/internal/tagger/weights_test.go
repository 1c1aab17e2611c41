package tagger

import (
	"math"
	"math/rand"
	"testing"
)

// randomFullTable makes a full weight table (rows × rowStride) in which
// about one row in density holds weights drawn from [-limit, limit].
func randomFullTable(rng *rand.Rand, rows, density, limit int) []int16 {
	full := make([]int16, rows*rowStride)
	for r := 0; r < rows; r++ {
		if rng.Intn(density) != 0 {
			continue
		}
		for y := 0; y < NumLabels; y++ {
			full[r*rowStride+y] = int16(rng.Intn(2*limit+1) - limit)
		}
	}
	return full
}

func TestWeightTableMatchesFullTable(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	for _, c := range []struct {
		rows, density, limit int
		wantWide             bool
	}{
		{1 << 10, 3, 127, false},
		{1 << 10, 1, 127, false}, // every row stored
		{1 << 10, 50, 127, false},
		{1 << 12, 4, 3000, true},
		{64, 1000, 127, false}, // nothing stored
	} {
		full := randomFullTable(rng, c.rows, c.density, c.limit)
		tab := tableFromFull(full)
		if (tab.w16 != nil) != c.wantWide || (tab.w8 != nil) == c.wantWide {
			t.Errorf("rows=%d limit=%d: w8 set %v, w16 set %v", c.rows, c.limit, tab.w8 != nil, tab.w16 != nil)
		}
		if tab.numRows() != c.rows {
			t.Errorf("numRows %d, want %d", tab.numRows(), c.rows)
		}
		nonEmpty := 0
		for r := 0; r < c.rows; r++ {
			if !allZero(full[r*rowStride : r*rowStride+NumLabels]) {
				nonEmpty++
			}
			for y := 0; y < NumLabels; y++ {
				if got, want := tab.at(r, y), full[r*rowStride+y]; got != want {
					t.Fatalf("rows=%d: row %d label %d reads %d, want %d", c.rows, r, y, got, want)
				}
			}
		}
		if tab.dense() != nonEmpty+1 {
			t.Errorf("%d dense rows for %d non-empty rows (plus the zero row)", tab.dense(), nonEmpty)
		}
	}
}

// -128 fits in an int8 but the 8-bit file format stops at ±127, so a
// table holding it stays 16-bit, as the model file records it.
func TestWeightTableKeepsMinus128Wide(t *testing.T) {
	full := make([]int16, 64*rowStride)
	full[5*rowStride+2] = -128
	if tab := tableFromFull(full); tab.w16 == nil {
		t.Error("a weight of -128 was narrowed to 8 bits")
	}
}

// The tagger's emission sums, with their cached per-word parts, must
// equal plain sums over the full table: on first sight of each word and
// again with the cache warm.
func TestDecodeEmissionsMatchFullTableSums(t *testing.T) {
	wide := shipped(t).Shrink(Quantization{Bits: 16})
	if wide.table.w16 == nil {
		t.Fatal("a 16-bit shrink of the model kept 8-bit weights")
	}
	// A model with a salt sums the salted copy of every feature too (the
	// weights are the shipped ones; only the sums are compared).
	salted := shipped(t).Shrink(Quantization{Bits: 8})
	salted.salt = 0x27d4eb2f165667c5
	for _, m := range []*Model{shipped(t), wide, salted} {
		checkEmissions(t, m)
	}
}

func checkEmissions(t *testing.T, m *Model) {
	full := make([]int16, m.rows()*rowStride)
	for r := 0; r < m.rows(); r++ {
		for y := 0; y < NumLabels; y++ {
			full[r*rowStride+y] = m.weight(r*rowStride + y)
		}
	}
	w := m.newWork()
	dev := readDev(t)[:200]
	for pass := 0; pass < 2; pass++ {
		for si, s := range dev {
			words := DisplayWords(nil, s.Tokens)
			m.decode(w, words)
			emit := append([]float32(nil), w.emit...)
			// decode hands the tagger context buckets only; the full
			// list, own features first, is what sentence gives.
			w.f.sentence(words, m.salt)
			for i := range words {
				var acc [NumLabels]int32
				for _, b := range w.f.feats[w.f.offs[i]:w.f.offs[i+1]] {
					for y := range acc {
						acc[y] += int32(full[int(b)*rowStride+y])
					}
				}
				// A label the word may never take has its own-feature sum
				// (the first ownLen buckets) replaced by bannedSum.
				if wi := &w.f.infos[w.f.idx[i]]; wi.ban != 0 {
					var banned [NumLabels]int32
					wi.ban.apply(&banned)
					own := w.f.feats[w.f.offs[i] : int(w.f.offs[i])+ownLen(wi, m.salt)]
					for y := range acc {
						if banned[y] == 0 {
							continue
						}
						for _, b := range own {
							acc[y] -= int32(full[int(b)*rowStride+y])
						}
						acc[y] += bannedSum
					}
				}
				var wantRow [NumLabels]float32
				for y := range acc {
					wantRow[y] = float32(acc[y]) * m.scale
				}
				wantRow[LabelO] -= m.oBias
				for y := range acc {
					want := wantRow[y]
					if got := emit[i*NumLabels+y]; got != want {
						t.Fatalf("pass %d sentence %d token %d label %d: emission %v, full table gives %v", pass, si, i, y, got, want)
					}
				}
			}
		}
	}
}

func TestExpNonPositiveMatchesMathExp(t *testing.T) {
	rng := rand.New(rand.NewSource(5))
	src := make([]float64, 200000)
	for i := range src {
		src[i] = -rng.Float64() * 700
		if i%4 == 0 {
			src[i] = -rng.Float64() * 2
		}
	}
	dst := make([]float64, len(src))
	expNonPositive(dst, src)
	for i, x := range src {
		if want := math.Exp(x); math.Abs(dst[i]-want) > 1e-15*want { // a few units in the last place
			t.Fatalf("expNonPositive(%v) = %v, math.Exp gives %v", x, dst[i], want)
		}
	}
	edges := []float64{0, -1000, math.Inf(-1), math.NaN()}
	got := make([]float64, len(edges))
	expNonPositive(got, edges)
	if got[0] != 1 || got[1] != 0 || got[2] != 0 || !math.IsNaN(got[3]) {
		t.Errorf("e^0, e^-1000, e^-Inf, e^NaN = %v; want 1, 0, 0, NaN", got)
	}
}

// addRows sums 8-bit rows several at a time in packed lanes; its sums
// must equal label-by-label ones for runs of buckets longer than one
// packed batch and for rows at the extremes of the 8-bit range.
func TestAddRowsMatchesLabelSums(t *testing.T) {
	rng := rand.New(rand.NewSource(11))
	for _, limit := range []int{127, 3000} {
		full := randomFullTable(rng, 1<<10, 2, limit)
		for y := 0; y < NumLabels; y++ { // rows of all +127 and all −127
			full[5*rowStride+y], full[6*rowStride+y] = 127, -127
		}
		tab := tableFromFull(full)
		for _, n := range []int{0, 1, 7, maxSWARRows - 1, maxSWARRows, maxSWARRows + 1, 3*maxSWARRows + 5} {
			buckets := make([]uint32, n)
			for i := range buckets {
				buckets[i] = uint32(rng.Intn(tab.numRows()))
				if i%3 == 0 {
					buckets[i] = uint32(5 + i%2)
				}
			}
			acc := [NumLabels]int32{1, -2, 3, -4, 5, -6, 7}
			want := acc
			tab.addRows(&acc, buckets)
			for _, b := range buckets {
				for y := range want {
					want[y] += int32(full[int(b)*rowStride+y])
				}
			}
			if acc != want {
				t.Errorf("limit %d, %d buckets: sums %v, want %v", limit, n, acc, want)
			}
		}
	}
}
