package train

import (
	"testing"

	"tippani/ner/internal/tagger"
)

func TestSoupAveragesMembers(t *testing.T) {
	bper, borg, iorg := tagger.LabelIndex("B-PER"), tagger.LabelIndex("B-ORG"), tagger.LabelIndex("I-ORG")
	s := newSoup(12)
	a := tagger.Params{W: make([]float32, len(s.sum.W))}
	b := tagger.Params{W: make([]float32, len(s.sum.W))}
	a.W[5], b.W[5] = 2, 4
	a.W[9], b.W[9] = -3, 3
	a.Start[bper], b.Start[bper] = 1, 0
	a.Trans[borg][iorg], b.Trans[borg][iorg] = 6, 2
	s.add(a)
	s.add(b)
	got := s.Params()
	if got.W[5] != 3 || got.W[9] != 0 || got.W[0] != 0 {
		t.Errorf("weights %v %v %v, want 3 0 0", got.W[5], got.W[9], got.W[0])
	}
	if got.Start[bper] != 0.5 || got.Trans[borg][iorg] != 4 {
		t.Errorf("start %v, transition %v; want 0.5 and 4", got.Start[bper], got.Trans[borg][iorg])
	}
	if n := len(got.W) / tagger.NumLabels; n != 1<<12 {
		t.Errorf("soup has %d rows, want %d", n, 1<<12)
	}
}
