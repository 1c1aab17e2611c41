package engine

import (
	"unicode/utf8"

	"tippani/hindi/normalize"
	"tippani/textpos"
)

// runeCounter converts increasing byte offsets of one string to code point
// offsets in a single forward sweep: the total cost over all conversions
// is one pass over the text, with no index to allocate.
type runeCounter struct {
	s     string
	pos   int  // byte offset reached
	runes int  // code points before pos
	raw   bool // s may hold invalid UTF-8: count each invalid byte as one
}

// at returns the code point offset of byte offset b, which must not be
// smaller than any offset asked before.
func (c *runeCounter) at(b int) int {
	if b > c.pos {
		if c.raw {
			c.runes += utf8.RuneCountInString(c.s[c.pos:b])
		} else {
			c.runes += textpos.CountRunes(c.s[c.pos:b])
		}
		c.pos = b
	}
	return c.runes
}

func toEntities(text string, spans []span) []Entity {
	out := make([]Entity, len(spans))
	c := runeCounter{s: text}
	for i, s := range spans {
		start := c.at(s.start)
		out[i] = Entity{Start: start, End: c.at(s.end), Type: s.typ, Text: text[s.start:s.end], Score: s.score}
	}
	return out
}

// report builds the normalization report: rule counts and the edit list,
// with display offsets counted in the display text and source offsets in
// the raw input (each invalid byte of a lossy input counts as one code
// point, as it became one U+FFFD).
func report(raw string, norm *normalize.Result) Normalization {
	rep := Normalization{Changes: norm.Changes(), Rules: []RuleCount{}, Edits: make([]Change, len(norm.Edits))}
	for r, n := range norm.Counts {
		if n > 0 {
			rep.Rules = append(rep.Rules, RuleCount{Rule: normalize.Rule(r).String(), Count: n})
		}
	}
	disp := runeCounter{s: norm.Text}
	// The source may hold invalid bytes only where the lossy mode
	// replaced some; otherwise it is valid and counts the fast way.
	src := runeCounter{s: raw, raw: norm.Counts[normalize.RuleInvalid] > 0}
	for i, e := range norm.Edits {
		var names []string
		for r := range norm.Counts {
			if e.Rules.Has(normalize.Rule(r)) {
				names = append(names, normalize.Rule(r).String())
			}
		}
		ch := Change{Start: disp.at(e.Start)}
		ch.End = disp.at(e.End)
		ch.SourceStart = src.at(e.SrcStart)
		ch.SourceEnd = src.at(e.SrcEnd)
		ch.Rules = names
		rep.Edits[i] = ch
	}
	return rep
}
