package normalize

import (
	"errors"
	"strings"
)

// Display returns the display form of src with its offset map and change
// report. Invalid UTF-8 is an error naming the first bad byte
// (*InvalidUTF8Error); use DisplayLossy to replace bad bytes instead.
func Display(src string) (*Result, error) {
	return display(src, false)
}

// DisplayLossy is Display that turns each invalid UTF-8 byte into U+FFFD and
// counts it under the "invalid" rule. It never fails.
func DisplayLossy(src string) *Result {
	r, _ := display(src, true)
	return r
}

// String returns the display form of s. Invalid UTF-8 bytes become U+FFFD.
func String(s string) string {
	return DisplayLossy(s).Text
}

// display finds the lines that may need a change with one fast scan and
// runs the two stages (character rules, then NFC) on those lines only.
// Lines are independent: no rule looks across a line feed (the danda,
// visarga and joiner rules look at neighbours on the same line, a line feed
// is never removed, and NFC segments never span one), so normalizing a line
// on its own gives exactly what normalizing the whole text would. Clean lines
// are never copied until a change forces the output to be built.
func display(src string, lossy bool) (*Result, error) {
	res := &Result{}
	var out strings.Builder
	built := false
	copied := 0 // src[copied:] is not yet in out
	for pos := 0; ; {
		p := firstDirty(src, pos)
		if p == len(src) {
			break
		}
		lineStart := pos + strings.LastIndexByte(src[pos:p], '\n') + 1
		lineEnd := len(src)
		if nl := strings.IndexByte(src[p:], '\n'); nl >= 0 {
			lineEnd = p + nl + 1
		}
		pos = lineEnd
		line := src[lineStart:lineEnd]
		text, edits, counts, err := displayLine(line, lossy)
		if err != nil {
			var bad *InvalidUTF8Error
			if errors.As(err, &bad) {
				bad.Offset += lineStart
			}
			return nil, err
		}
		if len(edits) == 0 {
			continue
		}
		if !built {
			built = true
			out.Grow(len(src) + len(src)/64 + 16)
		}
		out.WriteString(src[copied:lineStart])
		base := out.Len()
		out.WriteString(text)
		copied = lineEnd
		for _, e := range edits {
			e.Start += base
			e.End += base
			e.SrcStart += lineStart
			e.SrcEnd += lineStart
			res.Edits = append(res.Edits, e)
		}
		for r, n := range counts {
			res.Counts[r] += n
		}
	}
	if !built {
		res.Text = src
		return res, nil
	}
	out.WriteString(src[copied:])
	res.Text = out.String()
	return res, nil
}

// displayLine runs both stages over one line (or any text) and composes
// their edits.
func displayLine(src string, lossy bool) (string, []Edit, [numRules]int, error) {
	mid, ruleEdits, counts, err := applyRules(src, lossy)
	if err != nil {
		return "", nil, counts, err
	}
	text, nfcEdits, nfcChanges := applyNFC(mid)
	counts[RuleNFC] += nfcChanges
	return text, compose(ruleEdits, nfcEdits), counts, nil
}

// compose chains the two stages' edit lists into one source → display map.
// ruleEdits map source → intermediate text (their Start/End are in the
// intermediate text); nfcEdits map intermediate → display (their
// SrcStart/SrcEnd are in the intermediate text). Edits of both stages that
// overlap in the intermediate text (a joiner removed inside a segment that
// NFC then composes) merge into one, so the result stays sorted and
// disjoint. Edits that merely touch stay apart; the look-ups in offsets.go
// resolve a shared boundary the same way whichever edit holds it.
func compose(ruleEdits, nfcEdits []Edit) []Edit {
	if len(nfcEdits) == 0 {
		return ruleEdits
	}
	if len(ruleEdits) == 0 {
		return nfcEdits
	}
	var (
		out            []Edit
		a, b           int // next unconsumed edit of each stage
		shiftA, shiftB int // source−intermediate after consumed rule edits; display−intermediate after consumed NFC edits
		haveGroup      bool
		groupHi        int // end of the group's span in the intermediate text
		groupRules     RuleSet
		groupSrcLo     int
		groupDispLo    int
	)
	flush := func() {
		if haveGroup {
			out = append(out, Edit{
				Rules:    groupRules,
				Start:    groupDispLo,
				End:      groupHi + shiftB,
				SrcStart: groupSrcLo,
				SrcEnd:   groupHi + shiftA,
			})
			haveGroup = false
		}
	}
	for a < len(ruleEdits) || b < len(nfcEdits) {
		// Take the stage whose next edit starts first in the intermediate text.
		var lo, hi int
		var rules RuleSet
		useA := b == len(nfcEdits) || (a < len(ruleEdits) && ruleEdits[a].Start <= nfcEdits[b].SrcStart)
		if useA {
			lo, hi, rules = ruleEdits[a].Start, ruleEdits[a].End, ruleEdits[a].Rules
		} else {
			lo, hi, rules = nfcEdits[b].SrcStart, nfcEdits[b].SrcEnd, nfcEdits[b].Rules
		}
		if haveGroup && lo >= groupHi {
			flush()
		}
		if !haveGroup {
			haveGroup = true
			groupHi, groupRules = hi, 0
			groupSrcLo, groupDispLo = lo+shiftA, lo+shiftB
		}
		groupRules |= rules
		if hi > groupHi {
			groupHi = hi
		}
		if useA {
			e := ruleEdits[a]
			shiftA = e.SrcEnd - e.End
			a++
		} else {
			e := nfcEdits[b]
			shiftB = e.End - e.SrcEnd
			b++
		}
	}
	flush()
	return out
}
