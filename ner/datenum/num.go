package datenum

import (
	"strings"

	"tippani/hindi/tokenize"
)

// numPiece tries every NUM pattern at token i and returns the match, or
// ok=false. It runs only on tokens the DATE pass left free.
func (s *scanner) numPiece(i int) (piece, bool) {
	ti := &s.info[i]
	if ti.skip || ti.flags == 0 && !ti.digit {
		return piece{}, false // most tokens: plain words and punctuation
	}
	fl := ti.flags
	switch {
	case fl&fCurrencyPre != 0:
		if s.near(i) {
			if p, ok := s.numberPhrase(i + 1); ok {
				end := p.end
				if s.near(end-1) && s.is(end, fCurrencyPost) {
					end++
				}
				return piece{i, end, RuleMoney}, true
			}
		}
		return piece{}, false
	case ti.digit && s.ordinalEnd(i) > 0:
		if s.glued(i) {
			return piece{}, false
		}
		return piece{i, s.ordinalEnd(i), RuleOrdinal}, true
	case fl&fOrdWord != 0:
		return piece{i, i + 1, RuleOrdinal}, true
	case fl&fScalePlural != 0:
		if s.near(i) && s.is(i+1, fCurrencyPost) {
			return piece{i, i + 2, RuleMoney}, true
		}
		return piece{i, i + 1, RuleVague}, true
	}
	if ti.digit && s.listMarker(i) {
		return piece{}, false
	}
	if ti.digit {
		// "1:500": a ratio, read on the text like clock times are.
		if l := parseRatio(s.textFrom(i)); l > 0 && !s.glued(i) {
			if j := s.tokenEndingAt(i, s.toks[i].Start+l); j >= 0 {
				return piece{i, j + 1, RuleDigits}, true
			}
		}
		if !ti.num.ok {
			return piece{}, false
		}
	}
	p, ok := s.numberPhrase(i)
	if !ok {
		return piece{}, false
	}
	e := p.end
	if s.near(e - 1) {
		nf := s.f(e)
		switch {
		case nf&fCurrencyPost != 0:
			return piece{i, e + 1, RuleMoney}, true
		case nf&fPercent != 0:
			return piece{i, e + 1, RulePercent}, true
		case nf&fUnitPrefix != 0 && s.near(e) && s.is(e+1, fUnit):
			return piece{i, e + 2, RuleQuantity}, true
		case nf&(fUnit|fTimes) != 0:
			return piece{i, e + 1, RuleQuantity}, true
		case nf&fMeasureAdj != 0:
			return piece{i, e + 1, RuleMeasure}, true
		}
	}
	switch {
	case p.scaled && (p.digits || !p.single):
		return piece{i, e, RuleScaled}, true
	case p.digits:
		return piece{i, e, RuleDigits}, true
	case p.value >= 3:
		// तीन, चार … सौ have no other reading: always a count.
		return piece{i, e, RuleCounted}, true
	case p.value == 2 && s.countsNext(e):
		// दो is also "give" ("मुझे दो", "जाने दो"): a count only before
		// the noun it counts. एक is left out entirely: before a noun it is
		// mostly the article "a".
		return piece{i, e, RuleCounted}, true
	}
	return piece{}, false
}

// countsNext reports whether the word at e is a noun that a preceding
// "दो" counts: a count noun, an oblique plural, or any word that is not a
// postposition, conjunction or comparison, when the word before दो is not
// a verb form that दो would complete ("करने दो", "कर दो").
func (s *scanner) countsNext(e int) bool {
	if !s.near(e-1) || e >= s.hi {
		return false
	}
	if s.is(e, fCountNoun) || s.info[e].plObl {
		return true
	}
	if s.toks[e].Kind != tokenize.Word || s.is(e, fYearFollow|fRangeConn|fComparative|fRelDay) {
		return false
	}
	return !s.is(e-2, fVerbBeforeDo) && !strings.HasSuffix(s.word(e-2), "ने")
}

// listMarker reports whether digit token i numbers a list item: it starts
// a line and a period or parenthesis follows it at once ("3. ऊर्जा के
// क्षेत्र में"). Such numbers order the text; they count nothing.
func (s *scanner) listMarker(i int) bool {
	if !s.tight(i) {
		return false
	}
	if w := s.text[s.toks[i+1].Start:s.toks[i+1].End]; w != "." && w != ")" {
		return false
	}
	if i == 0 {
		return true
	}
	gap := s.text[s.toks[i-1].End:s.toks[i].Start]
	for j := 0; j < len(gap); j++ {
		if gap[j] == '\n' {
			return true
		}
	}
	return false
}
