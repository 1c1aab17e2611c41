package anchor

// This file aligns two texts with Myers' O(ND) difference algorithm in its
// linear-space form: find the middle snake of the edit graph, recurse on
// both sides. The alignment is what moves annotations whose surroundings
// did not change; it need not be a minimal diff, only a good one found in
// bounded time, because everything it cannot align is searched for by
// quote afterwards.

// run says that old[a:a+n] and new[b:b+n] are the same code points.
type run struct{ a, b, n int }

const (
	// maxSnakeD bounds one middle-snake search. A sub-problem whose two
	// halves would each need more edits than this is split at the point
	// the search got furthest (the heuristic GNU diff uses), which keeps
	// the cost of many scattered edits near linear.
	maxSnakeD = 64
	// diffBudget bounds the diagonals all searches of one alignment may
	// visit. Two texts that have little in common exhaust it quickly; the
	// part not yet aligned is then left as one replaced block.
	diffBudget = 2 << 20
)

// differ holds the texts and the scratch of one alignment.
type differ struct {
	a, b   []rune
	maxD   int   // maxSnakeD, smaller in tests of the split heuristic
	vf, vb []int // furthest-reaching x per diagonal, forward and backward
	budget int
	runs   []run
}

// align returns the equal runs of old and new in order. The first run
// starts at (0, 0) and the last ends at (len(old), len(new)); either may
// be empty, so that every position of old lies within a run or between
// two.
func align(old, new []rune) []run {
	return alignWithin(old, new, maxSnakeD, diffBudget)
}

// alignWithin is align with the search bounds given.
func alignWithin(old, new []rune, maxD, budget int) []run {
	d := &differ{
		a: old, b: new, maxD: maxD, budget: budget,
		vf:   make([]int, 2*maxD+3),
		vb:   make([]int, 2*maxD+3),
		runs: []run{{0, 0, 0}},
	}
	d.diff(0, len(old), 0, len(new))
	if last := d.runs[len(d.runs)-1]; last.a+last.n != len(old) || last.b+last.n != len(new) {
		d.runs = append(d.runs, run{len(old), len(new), 0})
	}
	return d.runs
}

// equal records old[a:a+n] == new[b:b+n] (n > 0), joining it to the
// previous run when they touch.
func (d *differ) equal(a, b, n int) {
	if n == 0 {
		return
	}
	last := &d.runs[len(d.runs)-1]
	if last.a+last.n == a && last.b+last.n == b {
		last.n += n
		return
	}
	d.runs = append(d.runs, run{a, b, n})
}

// diff aligns old[a0:a1] with new[b0:b1], emitting runs in order. What it
// cannot align once the budget is spent stays a gap between runs.
func (d *differ) diff(a0, a1, b0, b1 int) {
	p := 0
	for a0+p < a1 && b0+p < b1 && d.a[a0+p] == d.b[b0+p] {
		p++
	}
	d.equal(a0, b0, p)
	a0, b0 = a0+p, b0+p
	s := 0
	for a0 < a1-s && b0 < b1-s && d.a[a1-1-s] == d.b[b1-1-s] {
		s++
	}
	a1, b1 = a1-s, b1-s
	if a0 < a1 && b0 < b1 && d.budget > 0 {
		// Both sides are non-empty and differ at both ends, so the split
		// lies strictly inside and each half is smaller than the whole.
		x0, y0, x1, y1 := d.middleSnake(a0, a1, b0, b1)
		d.diff(a0, x0, b0, y0)
		d.equal(x0, y0, x1-x0)
		d.diff(x1, a1, y1, b1)
	}
	d.equal(a1, b1, s)
}

// middleSnake returns the snake (x0,y0)–(x1,y1) in the middle of an
// optimal path through the edit graph of old[a0:a1] and new[b0:b1]. When
// that would take more than d.maxD edits on each side, or the budget
// runs out, it returns instead an empty snake at the furthest point the
// searches reached. Both ranges are non-empty and differ in their first
// and last code points.
func (d *differ) middleSnake(a0, a1, b0, b1 int) (x0, y0, x1, y1 int) {
	a, b := d.a[a0:a1], d.b[b0:b1]
	n, m := len(a), len(b)
	delta := n - m
	odd := delta&1 != 0
	limit := min((n+m+1)/2, d.maxD)
	off := d.maxD + 1 // index of diagonal 0 in vf and vb
	vf, vb := d.vf, d.vb
	vf[off+1] = 0 // forward: diagonal k = x - y
	vb[off-1] = n // backward: diagonal delta + k, stored at off + k
	for D := 0; ; D++ {
		d.budget -= 4*D + 2
		for k := -D; k <= D; k += 2 {
			var x int
			if k == -D || (k != D && vf[off+k-1] < vf[off+k+1]) {
				x = vf[off+k+1]
			} else {
				x = vf[off+k-1] + 1
			}
			y := x - k
			sx, sy := x, y
			for x < n && y < m && a[x] == b[y] {
				x++
				y++
			}
			vf[off+k] = x
			if kb := k - delta; odd && kb >= -(D-1) && kb <= D-1 && vb[off+kb] <= x {
				return a0 + sx, b0 + sy, a0 + x, b0 + y
			}
		}
		for k := -D; k <= D; k += 2 {
			var x int
			if k == D || (k != -D && vb[off+k-1] < vb[off+k+1]-1) {
				x = vb[off+k-1]
			} else {
				x = vb[off+k+1] - 1
			}
			y := x - k - delta
			ex, ey := x, y
			for x > 0 && y > 0 && a[x-1] == b[y-1] {
				x--
				y--
			}
			vb[off+k] = x
			if kf := k + delta; !odd && kf >= -D && kf <= D && vf[off+kf] >= x {
				return a0 + x, b0 + y, a0 + ex, b0 + ey
			}
		}
		if D == limit || d.budget <= 0 {
			x, y := d.furthest(D, n, m, delta)
			return a0 + x, b0 + y, a0 + x, b0 + y
		}
	}
}

// furthest returns the point, among those search step D reached inside
// the edit graph, that is furthest from its own search's corner: forward
// points by x+y, backward points by (n-x)+(m-y). It is never a corner, so
// splitting there makes progress.
func (d *differ) furthest(D, n, m, delta int) (x, y int) {
	off := d.maxD + 1
	x, y = 1, 0 // a step in from (0, 0), should nothing better exist
	best := 1
	for k := -D; k <= D; k += 2 {
		if fx, fy := d.vf[off+k], d.vf[off+k]-k; fx <= n && fy >= 0 && fy <= m && fx+fy > best && fx+fy < n+m {
			x, y, best = fx, fy, fx+fy
		}
		if bx, by := d.vb[off+k], d.vb[off+k]-k-delta; bx >= 0 && by >= 0 && by <= m && n-bx+m-by > best && bx+by > 0 {
			x, y, best = bx, by, n-bx+m-by
		}
	}
	return x, y
}
