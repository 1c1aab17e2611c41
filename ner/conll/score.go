package conll

import (
	"fmt"
	"io"
	"strings"
)

// A Span is an entity as a half-open token range [Start, End) with a type.
type Span struct {
	Start, End int
	Type       string
}

// Spans extracts the entities of a canonical BIO sequence (as produced by
// MapTags). An I-X that does not continue an X entity starts a new one,
// which is how the CoNLL scorer reads it.
func Spans(tags []string) []Span {
	var out []Span
	open := -1
	typ := ""
	closeSpan := func(end int) {
		if open >= 0 {
			out = append(out, Span{open, end, typ})
		}
		open, typ = -1, ""
	}
	for i, t := range tags {
		switch {
		case strings.HasPrefix(t, "B-"):
			closeSpan(i)
			open, typ = i, t[2:]
		case strings.HasPrefix(t, "I-"):
			if open < 0 || typ != t[2:] {
				closeSpan(i)
				open, typ = i, t[2:]
			}
		default:
			closeSpan(i)
		}
	}
	closeSpan(len(tags))
	return out
}

// Counts holds entity-level true positives, false positives and false
// negatives for one type (or for all types, micro-averaged).
type Counts struct{ TP, FP, FN int }

// Precision is TP/(TP+FP), 0 when nothing was predicted.
func (c Counts) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall is TP/(TP+FN), 0 when there was nothing to find.
func (c Counts) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 is the harmonic mean of precision and recall.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// A Report accumulates exact-match entity scores (span and type must both
// agree, as in CoNLL-2003 scoring) per type and micro-averaged.
type Report struct {
	ByType    map[string]*Counts
	Sentences int
	Tokens    int
}

// NewReport returns an empty report over Types.
func NewReport() *Report {
	r := &Report{ByType: map[string]*Counts{}}
	for _, t := range Types {
		r.ByType[t] = &Counts{}
	}
	return r
}

// Add scores one sentence. Gold and pred must be canonical BIO sequences
// of equal length (see MapTags); Add returns an error otherwise.
func (r *Report) Add(gold, pred []string) error {
	if len(gold) != len(pred) {
		return fmt.Errorf("conll: %d gold tags but %d predicted", len(gold), len(pred))
	}
	r.Sentences++
	r.Tokens += len(gold)
	g := Spans(gold)
	p := Spans(pred)
	inGold := make(map[Span]bool, len(g))
	for _, s := range g {
		inGold[s] = true
	}
	for _, s := range p {
		c := r.counts(s.Type)
		if inGold[s] {
			c.TP++
			delete(inGold, s)
		} else {
			c.FP++
		}
	}
	for s := range inGold {
		r.counts(s.Type).FN++
	}
	return nil
}

func (r *Report) counts(t string) *Counts {
	c, ok := r.ByType[t]
	if !ok {
		c = &Counts{}
		r.ByType[t] = c
	}
	return c
}

// Micro sums the counts of every type.
func (r *Report) Micro() Counts {
	var m Counts
	for _, c := range r.ByType {
		m.TP += c.TP
		m.FP += c.FP
		m.FN += c.FN
	}
	return m
}

// WriteTable prints per-type and micro precision, recall and F1 with the
// gold and predicted entity counts, one row per type.
func (r *Report) WriteTable(w io.Writer) {
	fmt.Fprintf(w, "%-6s %9s %9s %9s %7s %7s %7s\n", "type", "precision", "recall", "F1", "gold", "pred", "correct")
	row := func(name string, c Counts) {
		fmt.Fprintf(w, "%-6s %9.4f %9.4f %9.4f %7d %7d %7d\n", name, c.Precision(), c.Recall(), c.F1(), c.TP+c.FN, c.TP+c.FP, c.TP)
	}
	for _, t := range Types {
		row(t, *r.ByType[t])
	}
	row("micro", r.Micro())
	fmt.Fprintf(w, "(%d sentences, %d tokens; exact span and type)\n", r.Sentences, r.Tokens)
}
