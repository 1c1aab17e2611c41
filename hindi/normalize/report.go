package normalize

import (
	"unicode/utf8"

	"tippani/textpos"
)

// Report is the change report in the form it crosses the JSON boundary,
// the same for `tippani normalize -report`, `tippani annotate` and the
// browser engine: offsets are Unicode code point offsets, display offsets
// into the display text and source offsets into the source text (each
// invalid source byte counts as one code point, as it becomes one
// U+FFFD).
type Report struct {
	// Changes is the total number of repairs.
	Changes int `json:"changes"`
	// Rules counts repairs by rule name ("nfc", "space", "invalid", …),
	// listing only rules that fired, in the normalizer's rule order.
	Rules []RuleCount `json:"rules"`
	// Edits are the changed places, in text order.
	Edits []Change `json:"edits"`
}

// RuleCount is how often one normalization rule fired.
type RuleCount struct {
	Rule  string `json:"rule"`
	Count int    `json:"count"`
}

// Change is one place where the display text differs from the source:
// display code points [Start, End) replace source code points
// [SourceStart, SourceEnd). A removal has Start == End. Rules names the
// repairs involved, in rule order (several when their changes touched and
// were merged).
type Change struct {
	Start       int      `json:"start"`
	End         int      `json:"end"`
	SourceStart int      `json:"source_start"`
	SourceEnd   int      `json:"source_end"`
	Rules       []string `json:"rules"`
}

// Report converts the result's change record to code point offsets. src
// must be the text the result was made from. It runs in one pass over both
// texts.
func (r *Result) Report(src string) Report {
	rep := Report{Changes: r.Changes(), Rules: []RuleCount{}, Edits: make([]Change, len(r.Edits))}
	for rule, n := range r.Counts {
		if n > 0 {
			rep.Rules = append(rep.Rules, RuleCount{Rule: Rule(rule).String(), Count: n})
		}
	}
	disp := codePointCursor{text: r.Text}
	// The source holds invalid bytes only where the lossy mode replaced
	// some; otherwise it is valid and counts the fast way.
	source := codePointCursor{text: src, raw: r.Counts[RuleInvalid] > 0}
	for i, e := range r.Edits {
		var names []string
		for rule := range r.Counts {
			if e.Rules.Has(Rule(rule)) {
				names = append(names, Rule(rule).String())
			}
		}
		rep.Edits[i] = Change{
			Start:       disp.at(e.Start),
			End:         disp.at(e.End),
			SourceStart: source.at(e.SrcStart),
			SourceEnd:   source.at(e.SrcEnd),
			Rules:       names,
		}
	}
	return rep
}

// codePointCursor converts increasing byte offsets of one text to code
// point offsets, counting only the bytes between successive calls.
type codePointCursor struct {
	text      string
	byteAt    int
	runesSeen int
	raw       bool // text may hold invalid UTF-8: count each invalid byte as one
}

func (c *codePointCursor) at(b int) int {
	if b > c.byteAt {
		if c.raw {
			c.runesSeen += utf8.RuneCountInString(c.text[c.byteAt:b])
		} else {
			c.runesSeen += textpos.CountRunes(c.text[c.byteAt:b])
		}
		c.byteAt = b
	}
	return c.runesSeen
}
