package datenum

import (
	"sync"

	"tippani/hindi/tokenize"
)

// A Span is one DATE or NUM expression: the half-open byte range
// [Start, End) of the text passed to Recognize, always starting at the
// start of a token and ending at the end of one.
type Span struct {
	Start, End int
	Type       string  // TypeDATE or TypeNUM
	Rule       Rule    // the pattern family that matched
	Score      float64 // the rule's fixed confidence, Rule.Score()
}

// scratch holds the per-call buffers, reused through a pool so that a
// steady stream of texts allocates nothing here.
type scratch struct {
	info  []tokInfo
	dates []Span
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// Recognize finds the DATE and NUM expressions of text, given its tokens
// (tokenize.Tokens of the same text). Spans come out sorted by Start and
// never overlap: DATE patterns run first over the whole text, NUM patterns
// only over the tokens no DATE took. The date patterns refuse numbers
// that carry a NUM marker ("2020 करोड़", "₹2020"), so this order only
// settles what is genuinely both, like "15 वर्ष" (a duration, DATE).
//
// The tokens must be those of text, in order; tokens that do not index
// text make Recognize panic, as slicing past a string's end does.
func Recognize(text string, toks []tokenize.Token) []Span {
	return AppendRecognize(nil, text, toks)
}

// AppendRecognize is Recognize appending to dst, so callers can reuse a
// buffer across texts.
func AppendRecognize(dst []Span, text string, toks []tokenize.Token) []Span {
	if len(toks) == 0 {
		return dst
	}
	sc := scratchPool.Get().(*scratch)
	if cap(sc.info) < len(toks) {
		sc.info = make([]tokInfo, len(toks))
	}
	info := sc.info[:len(toks)]
	classify(text, toks, info)
	s := scanner{text: text, toks: toks, info: info, hi: len(toks)}

	dates := s.datePass(sc.dates[:0])
	// NUM runs in the gaps between DATE spans; each gap bounds the
	// matchers through hi so no NUM reaches into a DATE.
	from := 0
	for k := 0; k <= len(dates); k++ {
		to, next := len(toks), len(toks)
		if k < len(dates) {
			to = s.tokenIndexAt(dates[k].Start)
			next = s.tokenIndexAfter(to, dates[k].End)
		}
		s.hi = to
		dst = s.numPass(dst, from, to)
		if k < len(dates) {
			dst = append(dst, dates[k])
		}
		from = next
	}
	sc.dates = dates[:0]
	scratchPool.Put(sc)
	return dst
}

// datePass finds DATE pieces left to right and joins neighbouring ones
// into single spans ("मंगलवार सुबह", "04 नवंबर, 2025, 11:14 अपराह्न IST").
func (s *scanner) datePass(dst []Span) []Span {
	var cur piece
	open := false
	for i := 0; i < len(s.toks); {
		if ti := &s.info[i]; ti.flags == 0 && !ti.digit {
			i++ // the common case, checked here to save a call per token
			continue
		}
		p, ok := s.datePiece(i)
		if !ok {
			i++
			continue
		}
		s.lastDateEnd = p.b
		if open && s.joins(cur, p) {
			cur.b = p.b
			if p.rule.Score() > cur.rule.Score() {
				cur.rule = p.rule
			}
		} else {
			if open {
				dst = s.emit(dst, cur)
			}
			cur, open = p, true
		}
		i = p.b
	}
	if open {
		dst = s.emit(dst, cur)
	}
	return dst
}

// joins decides whether DATE piece q continues piece p into one span.
func (s *scanner) joins(p, q piece) bool {
	switch {
	case q.a == p.b:
		return s.near(p.b-1) && adjacentJoins(p.rule, q.rule)
	case q.a == p.b+1 && s.near(p.b-1) && s.near(p.b):
		g := s.f(p.b)
		switch {
		case g&fComma != 0:
			return commaJoins(p.rule, q.rule)
		case g&fRangeConn != 0:
			return family(p.rule) == family(q.rule) && family(p.rule) != 0
		case g&fGenitive != 0:
			// "सोमवार की सुबह", "4 नवंबर की रात"
			return q.rule == RuleDaypart && (p.rule == RuleCalendar || p.rule == RuleWeekday ||
				p.rule == RuleRelativeDay || p.rule == RuleMonth)
		}
	case q.a == p.b+2 && s.near(p.b-1) && s.near(p.b) && s.near(p.b+1) &&
		s.is(p.b, fRangeConn) && s.is(p.b+1, fLekar):
		return family(p.rule) == family(q.rule) && family(p.rule) != 0
	}
	return false
}

// adjacentJoins decides whether two DATE pieces with nothing but space
// between them are one expression: "मंगलवार सुबह", "कल रात 10 बजे", "इस
// साल 15 अगस्त", "दो साल तीन महीने". A year never joins a neighbour this
// way ("आज 2022-25 की योजना" is two things); calendar pieces already take
// their own year, and a duration only continues a duration.
func adjacentJoins(p, q Rule) bool {
	switch {
	case p == RuleYear || p == RuleBareYear || q == RuleYear || q == RuleBareYear:
		return false
	case p == RuleDuration || q == RuleDuration:
		return p == q
	case p == RuleCentury || q == RuleCentury:
		return false
	}
	return true
}

// commaJoins lists the piece pairs a comma may join: a weekday before a
// date ("मंगलवार, 4 नवंबर"), a date before a time, weekday or year.
func commaJoins(p, q Rule) bool {
	switch p {
	case RuleWeekday:
		return q == RuleCalendar || q == RuleMonth
	case RuleCalendar, RuleMonth:
		return q == RuleTime || q == RuleWeekday || q == RuleBareYear || q == RuleYear
	}
	return false
}

// family groups rules whose pieces may form a range: "सोमवार से बुधवार",
// "जून-जुलाई", "1964 से 1966", "सुबह से शाम".
func family(r Rule) int {
	switch r {
	case RuleCalendar, RuleMonth:
		return 1
	case RuleYear, RuleBareYear:
		return 2
	case RuleTime:
		return 3
	case RuleWeekday:
		return 4
	case RuleDaypart:
		return 5 // "सुबह से शाम", "सुबह-सुबह"
	}
	return 0
}

func (s *scanner) numPass(dst []Span, from, to int) []Span {
	for i := from; i < to; {
		if ti := &s.info[i]; ti.flags == 0 && !ti.digit {
			i++ // the common case, checked here to save a call per token
			continue
		}
		p, ok := s.numPiece(i)
		if !ok {
			i++
			continue
		}
		dst = s.emit(dst, p)
		i = p.b
	}
	return dst
}

func (s *scanner) emit(dst []Span, p piece) []Span {
	return append(dst, Span{
		Start: s.toks[p.a].Start,
		End:   s.toks[p.b-1].End,
		Type:  p.rule.Type(),
		Rule:  p.rule,
		Score: p.rule.Score(),
	})
}

// tokenIndexAt returns the index of the token starting at byte b.
func (s *scanner) tokenIndexAt(b int) int {
	lo, hi := 0, len(s.toks)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if s.toks[m].Start < b {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// tokenIndexAfter returns the index of the first token at or after i that
// starts at or after byte b.
func (s *scanner) tokenIndexAfter(i, b int) int {
	for i < len(s.toks) && s.toks[i].Start < b {
		i++
	}
	return i
}
