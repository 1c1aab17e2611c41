package normalize

import "unicode/utf8"

// Report is the change report in the form it crosses the JSON boundary:
// offsets are Unicode code point offsets, display offsets into the display
// text and source offsets into the source text (each invalid source byte
// counts as one code point, as it becomes one U+FFFD).
type Report struct {
	Changes int            `json:"changes"` // total rule applications
	Rules   map[string]int `json:"rules"`   // rule name → applications, only rules that fired
	Edits   []ReportEdit   `json:"edits"`   // changed places, in text order
}

// ReportEdit is one Edit in code point offsets. Rule names the rule, or
// several joined by "+" when their changes touched and were merged.
type ReportEdit struct {
	Rule     string `json:"rule"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	SrcStart int    `json:"srcStart"`
	SrcEnd   int    `json:"srcEnd"`
}

// Report converts the result's change record to code point offsets. src
// must be the text the result was made from. It runs in one pass over both
// texts.
func (r *Result) Report(src string) Report {
	rep := Report{Changes: r.Changes(), Rules: map[string]int{}, Edits: make([]ReportEdit, 0, len(r.Edits))}
	for rule, n := range r.Counts {
		if n > 0 {
			rep.Rules[Rule(rule).String()] = n
		}
	}
	disp := codePointCursor{text: r.Text}
	source := codePointCursor{text: src}
	for _, e := range r.Edits {
		rep.Edits = append(rep.Edits, ReportEdit{
			Rule:     e.Rules.String(),
			Start:    disp.at(e.Start),
			End:      disp.at(e.End),
			SrcStart: source.at(e.SrcStart),
			SrcEnd:   source.at(e.SrcEnd),
		})
	}
	return rep
}

// codePointCursor converts increasing byte offsets of one text to code
// point offsets, counting only the bytes between successive calls.
type codePointCursor struct {
	text      string
	byteAt    int
	runesSeen int
}

func (c *codePointCursor) at(b int) int {
	c.runesSeen += utf8.RuneCountInString(c.text[c.byteAt:b])
	c.byteAt = b
	return c.runesSeen
}
