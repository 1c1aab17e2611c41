package anchor

import "testing"

// old "ab" + "cdefgh" + "ij" → new "ab" + "XY" + "ij": one replaced
// stretch between two kept runs.
var handAligned = alignment{runs: []run{{0, 0, 2}, {8, 4, 2}}, oldLen: 10, newLen: 6}

func TestAlignmentImage(t *testing.T) {
	al := handAligned
	for _, c := range []struct{ s, e, lo, hi, guess int }{
		{0, 2, 0, 2, 0},  // kept: its own image
		{2, 8, 2, 4, 2},  // the whole replaced stretch
		{6, 7, 2, 4, 3},  // inside it: guessed in proportion, 4/6 of the way
		{1, 9, 1, 5, 1},  // straddling: from the kept start to the kept end
		{7, 10, 2, 6, 3}, // from inside the change to the end
	} {
		lo, hi, guess := al.image(c.s, c.e)
		if lo != c.lo || hi != c.hi || guess != c.guess {
			t.Errorf("image(%d, %d) = %d, %d, %d; want %d, %d, %d", c.s, c.e, lo, hi, guess, c.lo, c.hi, c.guess)
		}
	}
}

func TestAlignmentKeptBeforeAfter(t *testing.T) {
	al := handAligned
	if ns, ok := al.kept(0, 2); !ok || ns != 0 {
		t.Errorf("kept(0, 2) = %d, %v", ns, ok)
	}
	if _, ok := al.kept(1, 3); ok {
		t.Error("kept(1, 3) crosses into the change")
	}
	if _, ok := al.before(8, 2); ok {
		t.Error("before(8, 2): the two code points before 8 were replaced")
	}
	if ns, ok := al.after(8, 2); !ok || ns != 4 {
		t.Errorf("after(8, 2) = %d, %v", ns, ok)
	}
	if ns, ok := al.after(10, 2); !ok || ns != 6 {
		t.Errorf("after(10, 2) = %d, %v", ns, ok)
	}
	inserted := alignment{runs: []run{{0, 0, 0}, {0, 3, 10}}, oldLen: 10, newLen: 13}
	if _, ok := inserted.before(0, 2); ok {
		t.Error("before(0) after an insertion at the start")
	}
	if _, ok := inserted.window(0, 2, 2); ok {
		t.Error("window at the start after an insertion at the start")
	}
}
