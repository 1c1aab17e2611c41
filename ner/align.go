package ner

import (
	"strings"

	"tippani/hindi/normalize"
	"tippani/ner/conll"
)

// Convention alignment. IL-NER (the scheme the model is judged in) and
// HiNER (the larger pooled corpus) annotate some things differently:
// HiNER keeps courtesy titles such as श्री and डॉ. inside person names
// and tags लोकसभा, संसद, सेना or अदालत as organizations, where IL-NER
// leaves the title outside and those words untagged. Rather than a
// hand-written list, the differences are read off the IL-NER training
// split itself and HiNER's spans are rewritten to match while loading:
//
//   - A HiNER span whose exact phrase IL-NER annotates one way in at
//     least alignAgree of its (at least alignMinCount) occurrences takes
//     IL-NER's reading: another type, or no entity at all.
//   - An edge word of a HiNER span that IL-NER, for spans of that type,
//     puts outside at least alignEdgeOdds times as often as inside (and
//     at least alignMinCount times) is trimmed off; a word just outside
//     a HiNER span that IL-NER puts inside that often is taken in.
//
// Only IL-NER training data informs the rewrite; dev is never read.

const (
	alignMinCount = 3
	alignAgree    = 0.8
	alignEdgeOdds = 3
	alignMaxWords = 6
)

// edgeKey identifies a word at one edge of spans of one type.
type edgeKey struct {
	typ  string
	last bool // the word ends the span (else it starts it)
	word string
}

// conventions are the IL-NER annotation habits HiNER is aligned to.
type conventions struct {
	// phrase → counts of readings: index 0 untagged, 1+typeIndex for an
	// exact span of that type
	phrases map[string]*[4]int32
	// the same counts in HiNER: a phrase HiNER itself mostly leaves
	// untagged (गया "went" and the town Gaya) is a matter of sense, not
	// of convention, and keeps HiNER's label
	hiPhrases map[string]*[4]int32
	in, out   map[edgeKey]int32
}

// AlignStats counts what alignHiNER rewrote.
type AlignStats struct {
	Relabelled, Dropped, Trimmed, Extended int
}

func keyPhrase(keys []string) string { return strings.Join(keys, " ") }

func exampleKeys(ex example) []string {
	keys := make([]string, len(ex.words))
	for i, w := range ex.words {
		keys[i] = normalize.Key(w)
	}
	return keys
}

// learnConventions reads IL-NER's habits for the phrases HiNER annotates.
func learnConventions(il, hi []example) *conventions {
	c := &conventions{phrases: map[string]*[4]int32{}, hiPhrases: map[string]*[4]int32{}, in: map[edgeKey]int32{}, out: map[edgeKey]int32{}}
	for _, ex := range hi {
		keys := exampleKeys(ex)
		for _, sp := range conll.Spans(labelStrings(ex.gold)) {
			if sp.End-sp.Start <= alignMaxWords {
				p := keyPhrase(keys[sp.Start:sp.End])
				c.phrases[p] = new([4]int32)
				c.hiPhrases[p] = new([4]int32)
			}
		}
	}
	for _, ex := range hi {
		countReadings(c.hiPhrases, ex)
	}
	for _, ex := range il {
		keys := exampleKeys(ex)
		tags := labelStrings(ex.gold)
		for _, sp := range conll.Spans(tags) {
			if sp.End-sp.Start > 1 {
				c.in[edgeKey{sp.Type, false, keys[sp.Start]}]++
				c.in[edgeKey{sp.Type, true, keys[sp.End-1]}]++
			}
			if sp.Start > 0 && ex.gold[sp.Start-1] == labelO {
				c.out[edgeKey{sp.Type, false, keys[sp.Start-1]}]++
			}
			if sp.End < len(keys) && ex.gold[sp.End] == labelO {
				c.out[edgeKey{sp.Type, true, keys[sp.End]}]++
			}
		}
	}
	for _, ex := range il {
		countReadings(c.phrases, ex)
	}
	return c
}

// countReadings adds an example's readings of the listed phrases: exact
// spans by type, and untagged occurrences (runs of O tokens).
func countReadings(phrases map[string]*[4]int32, ex example) {
	keys := exampleKeys(ex)
	for _, sp := range conll.Spans(labelStrings(ex.gold)) {
		if sp.End-sp.Start <= alignMaxWords {
			if n := phrases[keyPhrase(keys[sp.Start:sp.End])]; n != nil {
				n[1+typeIndex(sp.Type)]++
			}
		}
	}
	for i := range keys {
		for j := i; j < len(keys) && j-i < alignMaxWords && ex.gold[j] == labelO; j++ {
			if n := phrases[keyPhrase(keys[i:j+1])]; n != nil {
				n[0]++
			}
		}
	}
}

// reading returns IL-NER's settled reading of a phrase: "" for untagged,
// a type name, or ok=false when IL-NER has no clear habit.
func (c *conventions) reading(phrase string) (typ string, ok bool) {
	n := c.phrases[phrase]
	if h := c.hiPhrases[phrase]; h == nil || h[0] > h[1]+h[2]+h[3] {
		return "", false
	}
	if n == nil {
		return "", false
	}
	var total, best int32
	bestAt := 0
	for i, v := range n {
		total += v
		if v > best {
			best, bestAt = v, i
		}
	}
	if total < alignMinCount || float64(best) < alignAgree*float64(total) {
		return "", false
	}
	if bestAt == 0 {
		return "", true
	}
	return [3]string{"PER", "LOC", "ORG"}[bestAt-1], true
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
func (c *conventions) align(hi []example, phrases bool) AlignStats {
	var st AlignStats
	for e := range hi {
		ex := &hi[e]
		keys := exampleKeys(*ex)
		spans := conll.Spans(labelStrings(ex.gold))
		out := make([]int8, len(ex.gold))
		for i := range out {
			out[i] = labelO
		}
		taken := func(i int) bool { return i >= 0 && i < len(out) && (out[i] != labelO || ex.gold[i] != labelO) }
		for _, sp := range spans {
			start, end, typ := sp.Start, sp.End, sp.Type
			if r, ok := c.reading(keyPhrase(keys[start:end])); phrases && ok && r != typ {
				if r == "" {
					st.Dropped++
					continue
				}
				typ = r
				st.Relabelled++
			}
			for end-start > 1 && c.outside(edgeKey{typ, false, keys[start]}) {
				start++
				st.Trimmed++
			}
			for end-start > 1 && c.outside(edgeKey{typ, true, keys[end-1]}) {
				end--
				st.Trimmed++
			}
			if start > 0 && !taken(start-1) && c.inside(edgeKey{typ, false, keys[start-1]}) {
				start--
				st.Extended++
			}
			if end < len(keys) && !taken(end) && c.inside(edgeKey{typ, true, keys[end]}) {
				end++
				st.Extended++
			}
			b := labelIndex("B-" + typ)
			out[start] = int8(b)
			for i := start + 1; i < end; i++ {
				out[i] = int8(b + 1)
			}
		}
		ex.gold = out
	}
	return st
}
