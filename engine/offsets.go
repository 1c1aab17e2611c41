package engine

import "tippani/textpos"

// runeCounter converts increasing byte offsets of one string to code point
// offsets in a single forward sweep: the total cost over all conversions
// is one pass over the text, with no index to allocate.
type runeCounter struct {
	s     string // valid UTF-8
	pos   int    // byte offset reached
	runes int    // code points before pos
}

// at returns the code point offset of byte offset b, which must not be
// smaller than any offset asked before.
func (c *runeCounter) at(b int) int {
	if b > c.pos {
		c.runes += textpos.CountRunes(c.s[c.pos:b])
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
