package ner

import (
	"testing"

	"tippani/ner/gazetteer"
)

func TestSoupAveragesMembers(t *testing.T) {
	s := newSoup(12)
	a := linearParams{w: make([]float32, len(s.sum.w))}
	b := linearParams{w: make([]float32, len(s.sum.w))}
	a.w[5], b.w[5] = 2, 4
	a.w[9], b.w[9] = -3, 3
	a.start[labelBPER], b.start[labelBPER] = 1, 0
	a.trans[labelBORG][labelIORG], b.trans[labelBORG][labelIORG] = 6, 2
	s.add(a)
	s.add(b)
	got := s.params()
	if got.w[5] != 3 || got.w[9] != 0 || got.w[0] != 0 {
		t.Errorf("weights %v %v %v, want 3 0 0", got.w[5], got.w[9], got.w[0])
	}
	if got.start[labelBPER] != 0.5 || got.trans[labelBORG][labelIORG] != 4 {
		t.Errorf("start %v, transition %v; want 0.5 and 4", got.start[labelBPER], got.trans[labelBORG][labelIORG])
	}
	if m := s.model(DefaultTrainOptions(""), gazetteer.New()); m.bits != 12 {
		t.Errorf("soup model has %d table bits, want 12", m.bits)
	}
}
