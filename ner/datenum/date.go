package datenum

// piece is one matched stretch of tokens [a, b) with its rule.
type piece struct {
	a, b int
	rule Rule
}

// datePiece tries the DATE patterns that can start at token i, chosen by
// what the token is, and returns the match, or ok=false. Each pattern
// reads as far as it can, so the longest reading wins ("04 नवंबर, 2025"
// rather than "04").
func (s *scanner) datePiece(i int) (piece, bool) {
	ti := &s.info[i]
	if ti.digit {
		if ti.skip {
			return piece{}, false
		}
		return s.dateFromNumber(i)
	}
	if ti.flags == 0 {
		return piece{}, false // most tokens: plain words and punctuation
	}
	fl := ti.flags
	switch {
	case fl&fNumWord != 0 && ti.val >= 1 && ti.val <= 31 && s.near(i) && s.is(i+1, fMonth|fMonthLatinAmb):
		return s.calendarFromMonth(i, i+1, true) // "तीन मार्च"
	case fl&fFracPrefix != 0 || fl&fNumWord != 0:
		return s.duration(i) // "तीन साल", "साढ़े चार बजे"
	case fl&fOrdWord != 0:
		if s.near(i) && s.is(i+1, fCentury) {
			return s.eraAfter(piece{i, i + 2, RuleCentury}), true
		}
		if s.near(i) && s.is(i+1, fTimeUnit|fWeekday) {
			return piece{i, i + 2, RuleDeictic}, true // "तीसरे दिन", "पहली छमाही", "चौथे गुरुवार"
		}
		if s.near(i) && s.is(i+1, fMonth|fMonthLatinAmb) {
			return s.calendarFromMonth(i, i+1, true)
		}
	case fl&(fMonth|fMonthLatinAmb) != 0:
		return s.calendarFromMonth(i, i, false)
	case fl&(fYearPrefix|fFiscal) != 0:
		return s.prefixedYear(i)
	case fl&fWeekday != 0:
		return piece{i, i + 1, RuleWeekday}, true
	case fl&fRelDay != 0:
		return piece{i, i + 1, RuleRelativeDay}, true
	case fl&fDaypart != 0:
		return s.timeTail(piece{i, i + 1, RuleDaypart}), true
	case fl&fDeictic != 0:
		return s.deictic(i)
	}
	return piece{}, false
}

// dateFromNumber handles DATE patterns that start with a written number.
func (s *scanner) dateFromNumber(i int) (piece, bool) {
	n := &s.info[i].num
	start := s.toks[i].Start
	if s.glued(i) {
		return piece{}, false
	}
	if e := s.ordinalEnd(i); e > 0 {
		if s.near(e-1) && s.is(e, fCentury) {
			return s.eraAfter(piece{i, e + 1, RuleCentury}), true
		}
		return piece{}, false
	}
	// 12/05/2024, 2024-05-12, 04.11.2025 — parsed on the text so the
	// tokenizer's way of splitting it does not matter.
	if l := parseNumericDate(s.textFrom(i)); l > 0 {
		if j := s.tokenEndingAt(i, start+l); j >= 0 {
			return piece{i, j + 1, RuleCalendar}, true
		}
	}
	if l := parseClock(s.textFrom(i)); l > 0 {
		if j := s.tokenEndingAt(i, start+l); j >= 0 {
			return s.timeTail(piece{i, j + 1, RuleTime}), true
		}
	}
	if !n.ok {
		return piece{}, false
	}
	if n.grouped {
		return s.duration(i)
	}
	// Day, or day range, before a month: "04 नवंबर", "1 से 3 मार्च".
	if isDay(n) {
		j := i + 1
		if k := s.rangeTail(j); k > 0 && isDay(s.num(k)) {
			j = k + 1
		}
		if s.near(j-1) && s.is(j, fMonth|fMonthLatinAmb) {
			return s.calendarFromMonth(i, j, true)
		}
	}
	if e := s.eraEnd(i + 1); e > 0 && !n.decimal && n.digits <= 4 && s.near(i) {
		return piece{i, e, RuleYear}, true
	}
	// Decades: "1990 के दशक", "90 के दशक".
	if !n.decimal && (n.digits == 2 || n.digits == 4) && n.value%10 == 0 &&
		s.near(i) && s.is(i+1, fGenitive) && s.near(i+1) && s.is(i+2, fDecade) {
		return piece{i, i + 3, RuleYear}, true
	}
	if p, ok := s.duration(i); ok {
		return p, true
	}
	if s.isBareYear(i) {
		if p := s.yearRange(piece{i, i + 1, RuleBareYear}); p.b > i+1 {
			p.rule = RuleYear // a range "2018-19" is a cue in itself
			return p, true
		}
		return piece{i, i + 1, RuleBareYear}, true
	}
	return piece{}, false
}

// duration matches a number phrase followed by a time unit ("15 वर्ष",
// "तीन से चार दिन") or by बजे ("10 बजे", "साढ़े चार बजे").
func (s *scanner) duration(i int) (piece, bool) {
	p, ok := s.numberPhrase(i)
	if !ok || !s.near(p.end-1) {
		return piece{}, false
	}
	switch {
	case s.is(p.end, fBaje) && !p.scaled:
		return s.timeTail(piece{i, p.end + 1, RuleTime}), true
	case s.is(p.end, fAmPm) && p.single && p.digits && p.value >= 1 && p.value <= 12:
		// "10 am", "7 p.m."
		return s.timeTail(piece{i, p.end, RuleTime}), true
	case s.is(p.end, fTimeUnit):
		return piece{i, p.end + 1, RuleDuration}, true
	}
	return piece{}, false
}

func isDay(n *numShape) bool {
	return n.ok && !n.ordinal && !n.decimal && !n.grouped && n.digits <= 2 && n.value >= 1 && n.value <= 31
}

func isYear4(n *numShape) bool {
	return n.ok && !n.ordinal && !n.decimal && !n.grouped && n.digits == 4 && n.value >= 1000 && n.value <= 2100
}

// calendarFromMonth extends a match whose month word is token m (the match
// starts at a, which is m or an earlier day) with what may follow a
// month: a day then year ("अप्रैल 13, 2022"), or a year ("नवंबर, 2025").
// hasDay tells whether a day or ordinal came before the month.
func (s *scanner) calendarFromMonth(a, m int, hasDay bool) (piece, bool) {
	j := m + 1
	yearAt := func(k int) bool { return isYear4(s.num(k)) && !s.glued(k) }
	switch {
	case s.near(m) && isDay(s.num(j)) && s.near(j) && s.is(j+1, fComma) && s.near(j+1) && yearAt(j+2):
		j += 3
	case s.near(m) && isDay(s.num(j)) && s.near(j) && yearAt(j+1):
		j += 2
	case s.near(m) && yearAt(j):
		j++
	case s.near(m) && s.is(j, fComma) && s.near(j) && yearAt(j+1):
		j += 2
	case s.near(m) && isDash(s.word(j)) && s.near(j) && yearAt(j+1):
		j += 2 // "अगस्त - 2020"
	}
	rule := RuleCalendar
	if j == m+1 && !hasDay {
		if s.is(m, fMonthLatinAmb) {
			return piece{}, false // "May", "March" alone are not dates
		}
		if s.is(m, fMarchNoun) && s.near(m) && s.is(m+1, fMarchVerb) {
			return piece{}, false // "कैंडल मार्च निकाला": a march, not March
		}
		rule = RuleMonth
	}
	return s.yearRange(piece{a, j, rule}), true
}

// prefixedYear matches "सन् 1947", "वर्ष 2020", "वित्त वर्ष 2024-25" and
// "ईस्वी 712".
func (s *scanner) prefixedYear(i int) (piece, bool) {
	j := i
	if s.is(j, fFiscal) {
		if !s.near(j) || !s.is(j+1, fYearPrefix) {
			return piece{}, false
		}
		j++
	}
	if !s.is(j, fYearPrefix) || !s.near(j) {
		return piece{}, false
	}
	n := s.num(j + 1)
	if !n.ok || n.ordinal || n.decimal || n.grouped || n.digits < 2 || n.digits > 4 || n.value > 2100 || s.glued(j+1) {
		return piece{}, false
	}
	// "वर्ष 20 लाख" is a quantity: a scale, unit or count after the number
	// means the prefix was a noun, not a year marker.
	if s.near(j+1) && s.is(j+2, fScale|fCurrencyPost|fPercent|fUnit|fTimeUnit|fCountNoun|fMeasureAdj) {
		return piece{}, false
	}
	return s.yearRange(piece{i, j + 2, RuleYear}), true
}

// yearRange extends a piece ending in a year with "-19", "–2020" or
// "से 1966" when the second year comes later.
func (s *scanner) yearRange(p piece) piece {
	y := s.num(p.b - 1)
	if !y.ok || y.digits < 2 {
		return p
	}
	k := s.rangeTail(p.b)
	if k == 0 {
		return p
	}
	z := s.num(k)
	if !z.ok || z.ordinal || z.decimal || z.grouped {
		return p
	}
	switch {
	case z.digits == 2 && y.digits == 4 && z.value > y.value%100:
	case z.digits == 4 && z.value > y.value && z.value <= y.value+300:
	default:
		return p
	}
	p.b = k + 1
	if s.near(k) {
		if e := s.eraEnd(k + 1); e > 0 {
			p.b = e
		}
	}
	return p
}

// isBareYear decides whether a lone four-digit number is a year. It must
// look like one (1000–2100, no separators) and sit where years sit:
// before a postposition, conjunction, punctuation or line end, and not
// after a currency sign or a quantity cue such as लगभग.
func (s *scanner) isBareYear(i int) bool {
	if !isYear4(s.num(i)) || s.glued(i) {
		return false
	}
	if s.near(i-1) && s.is(i-1, fCurrencyPre|fQuantityCue) {
		return false
	}
	// After "से" or a dash, a number is the end of a range: a year range
	// when a date came before ("2020-21 से 2024-25"), a quantity range
	// when a plain number did ("500 से 2000 लोग"). An ordinal is no range
	// start: in "81वें से 2020 में" the 2020 is a year.
	if s.near(i-1) && s.is(i-1, fRangeConn) && s.lastDateEnd != i-1 && s.near(i-2) && s.num(i-2).ok && !s.num(i-2).ordinal {
		return false
	}
	if !s.near(i) {
		return true // end of text or of line
	}
	fl := s.f(i + 1)
	switch {
	case fl&(fComma|fCloseParen|fPunct) != 0:
		return true
	case fl&fRangeConn != 0:
		// "2000 से अधिक" and "2000 से 3000" are quantities; "1964 से
		// 1966" and "2018 से लागू" are years.
		if !s.near(i + 1) {
			return true
		}
		if n := s.num(i + 2); n.ok {
			return isYear4(n) || n.digits == 2
		}
		return !s.is(i+2, fComparative)
	case fl&fYearFollow != 0:
		return true
	}
	return false
}

// timeTail extends a time or part-of-day piece with बजे, a clock time,
// am/pm or अपराह्न, and a time zone: "सुबह 10 बजे", "11:14 अपराह्न IST".
func (s *scanner) timeTail(p piece) piece {
	if p.rule == RuleDaypart {
		// "सुबह 10 बजे", "रात 11:30": the clock joins the part of day.
		if s.near(p.b - 1) {
			if q, ok := s.dateFromNumber(p.b); ok && q.rule == RuleTime {
				return piece{p.a, q.b, RuleTime}
			}
			if q, ok := s.duration(p.b); ok && q.rule == RuleTime {
				return piece{p.a, q.b, RuleTime}
			}
		}
		return p
	}
	if s.near(p.b-1) && s.is(p.b, fBaje) {
		p.b++
	}
	// "सात बजकर 30 मिनट": the minutes belong to the time.
	if s.word(p.b-1) == "बजकर" && s.near(p.b-1) && s.isCount(p.b) && s.near(p.b) && s.is(p.b+1, fTimeUnit) {
		p.b += 2
	}
	if s.near(p.b-1) && s.is(p.b, fAmPm) {
		p.b++
	}
	if s.near(p.b-1) && s.is(p.b, fZone) {
		p.b++
	}
	return p
}

// deictic matches a period placed relative to now: "पिछले साल", "इस
// महीने", "अगले सोमवार", "पिछले तीन दशकों", "बीती रात", "इस वित्त वर्ष".
func (s *scanner) deictic(i int) (piece, bool) {
	j := i + 1
	if !s.near(i) {
		return piece{}, false
	}
	if s.is(j, fVagueCount) && s.near(j) {
		j++
	} else if p, ok := s.numberPhrase(j); ok && s.near(p.end-1) {
		j = p.end
	}
	if s.is(j, fFiscal) && s.near(j) {
		j++
	}
	if s.is(j, fTimeUnit|fWeekday|fMonth|fDaypart) && (j == i+1 || s.near(j-1)) {
		if s.is(j, fDaypart) {
			return s.timeTail(piece{i, j + 1, RuleDeictic}), true
		}
		return piece{i, j + 1, RuleDeictic}, true
	}
	return piece{}, false
}

// eraAfter extends a piece with an era marker right after it: "चौथी
// शताब्दी ईसा पूर्व".
func (s *scanner) eraAfter(p piece) piece {
	if s.near(p.b - 1) {
		if e := s.eraEnd(p.b); e > 0 {
			p.b = e
		}
	}
	return p
}

func isDash(w string) bool { return w == "-" || w == "–" || w == "—" }
