package train

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"tippani/hindi/normalize"
	"tippani/ner/conll"
	"tippani/ner/internal/tagger"
)

// Convention alignment. IL-NER (the scheme the model is judged in) and
// HiNER (the larger pooled corpus) draw span edges differently: HiNER
// keeps courtesy titles such as श्री and डॉ. inside person names, where
// IL-NER leaves them outside. Rather than a hand-written list, the
// differences are read off the IL-NER training split itself and HiNER's
// spans are rewritten to match while loading: an edge word of a HiNER
// span that IL-NER, for spans of that type, puts outside at least
// alignEdgeOdds times as often as inside (and at least alignMinCount
// times) is trimmed off; a word just outside a HiNER span that IL-NER
// puts inside that often is taken in.
//
// Only IL-NER training data informs the rewrite; dev is never read.
// (Relabelling whole phrases by IL-NER's settled reading was measured
// too and dropped; see MODEL.md.)

const (
	alignMinCount = 3
	alignEdgeOdds = 3
)

// edgeKey identifies a word at one edge of spans of one type.
type edgeKey struct {
	typ  string
	last bool // the word ends the span (else it starts it)
	word string
}

// conventions are the IL-NER annotation habits HiNER is aligned to.
type conventions struct {
	in, out map[edgeKey]int32
}

// AlignStats counts what align rewrote.
type AlignStats struct {
	Trimmed, Extended int
	// Edges lists every edge rule that fired, with the IL-NER evidence
	// behind it, most used first.
	Edges []EdgeRule
}

// EdgeRule is one learned edge convention: for spans of Type, Word at
// the start (or the end, when Last) is trimmed off HiNER spans (Trim) or
// taken into them. Inside and Outside count the IL-NER training spans
// with the word at that edge inside, or just outside; Used counts the
// HiNER spans the rule rewrote.
type EdgeRule struct {
	Type            string
	Word            string
	Last, Trim      bool
	Inside, Outside int
	Used            int
}

func (r EdgeRule) String() string {
	edge, act := "start", "taken in"
	if r.Last {
		edge = "end"
	}
	if r.Trim {
		act = "trimmed"
	}
	return fmt.Sprintf("%s %s at the %s: %s %d times (IL-NER: %d inside, %d outside)", r.Type, r.Word, edge, act, r.Used, r.Inside, r.Outside)
}

func exampleKeys(ex example) []string {
	keys := make([]string, len(ex.words))
	for i, w := range ex.words {
		keys[i] = normalize.Key(w)
	}
	return keys
}

// learnConventions reads IL-NER's edge habits: for every type, how often
// each word starts or ends a span and how often it stands just outside.
func learnConventions(il []example) *conventions {
	c := &conventions{in: map[edgeKey]int32{}, out: map[edgeKey]int32{}}
	for _, ex := range il {
		keys := exampleKeys(ex)
		for _, sp := range conll.Spans(labelStrings(ex.gold)) {
			if sp.End-sp.Start > 1 {
				c.in[edgeKey{sp.Type, false, keys[sp.Start]}]++
				c.in[edgeKey{sp.Type, true, keys[sp.End-1]}]++
			}
			if sp.Start > 0 && ex.gold[sp.Start-1] == tagger.LabelO {
				c.out[edgeKey{sp.Type, false, keys[sp.Start-1]}]++
			}
			if sp.End < len(keys) && ex.gold[sp.End] == tagger.LabelO {
				c.out[edgeKey{sp.Type, true, keys[sp.End]}]++
			}
		}
	}
	return c
}

// outside reports whether IL-NER keeps the word out of spans of its type
// at that edge; inside, whether it keeps it in.
func (c *conventions) outside(k edgeKey) bool {
	return c.out[k] >= alignMinCount && c.out[k] >= alignEdgeOdds*c.in[k]
}

func (c *conventions) inside(k edgeKey) bool {
	return c.in[k] >= alignMinCount && c.in[k] >= alignEdgeOdds*c.out[k]
}

// align rewrites the gold labels of HiNER examples in place.
func (c *conventions) align(hi []example) AlignStats {
	var st AlignStats
	used := map[edgeKey]int{}
	trimmed := map[edgeKey]bool{}
	for e := range hi {
		ex := &hi[e]
		keys := exampleKeys(*ex)
		spans := conll.Spans(labelStrings(ex.gold))
		out := make([]int8, len(ex.gold))
		for i := range out {
			out[i] = tagger.LabelO
		}
		taken := func(i int) bool {
			return i >= 0 && i < len(out) && (out[i] != tagger.LabelO || ex.gold[i] != tagger.LabelO)
		}
		for _, sp := range spans {
			start, end, typ := sp.Start, sp.End, sp.Type
			for k := (edgeKey{typ, false, keys[start]}); end-start > 1 && c.outside(k); k = (edgeKey{typ, false, keys[start]}) {
				start++
				st.Trimmed++
				used[k]++
				trimmed[k] = true
			}
			for k := (edgeKey{typ, true, keys[end-1]}); end-start > 1 && c.outside(k); k = (edgeKey{typ, true, keys[end-1]}) {
				end--
				st.Trimmed++
				used[k]++
				trimmed[k] = true
			}
			if start > 0 && !taken(start-1) {
				if k := (edgeKey{typ, false, keys[start-1]}); c.inside(k) {
					start--
					st.Extended++
					used[k]++
				}
			}
			if end < len(keys) && !taken(end) {
				if k := (edgeKey{typ, true, keys[end]}); c.inside(k) {
					end++
					st.Extended++
					used[k]++
				}
			}
			b := tagger.LabelIndex("B-" + typ)
			out[start] = int8(b)
			for i := start + 1; i < end; i++ {
				out[i] = int8(b + 1)
			}
		}
		ex.gold = out
	}
	for k, n := range used {
		st.Edges = append(st.Edges, EdgeRule{Type: k.typ, Word: k.word, Last: k.last, Trim: trimmed[k],
			Inside: int(c.in[k]), Outside: int(c.out[k]), Used: n})
	}
	slices.SortFunc(st.Edges, func(a, b EdgeRule) int {
		return cmp.Or(b.Used-a.Used, strings.Compare(a.Type, b.Type), strings.Compare(a.Word, b.Word), boolOrder(a.Last, b.Last))
	})
	return st
}

func boolOrder(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}
