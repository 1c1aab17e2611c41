package datenum

// phrase is a number expression found by numberPhrase: digits or number
// words, with optional fraction prefix, scale words and a range.
type phrase struct {
	end       int   // token index after the phrase
	digits    bool  // contains a written number
	scaled    bool  // contains a scale word: सौ (after a number), हज़ार, लाख, करोड़…
	value     int64 // value of the first number (integer part), for day/year checks
	wordsOnly bool  // no digits at all: "तीन", "सात करोड़"
	single    bool  // one plain number token: no prefix, scale or range
}

// isCount reports whether token i is a cardinal number: a written number
// that is not an ordinal, or a number word.
func (s *scanner) isCount(i int) bool {
	n := s.num(i)
	if n.ok {
		return s.ordinalEnd(i) == 0 && !s.glued(i)
	}
	return s.is(i, fNumWord)
}

// numberCore reads one number with its fraction prefix and scale words:
// "42", "साढ़े तीन", "12 लाख 73 हज़ार", "पांच सौ", "1.5 करोड़".
func (s *scanner) numberCore(i int) (phrase, bool) {
	p := phrase{wordsOnly: true, single: true}
	j := i
	if s.is(j, fFracPrefix) && s.near(j) {
		switch {
		case s.isCount(j + 1):
			j++
			p.single = false
		case s.is(j+1, fScale):
			// "सवा लाख", "साढ़े सौ": the prefix alone stands for the count.
			p.single, p.value = false, 1
			j++
			goto scales
		}
	}
	if !s.isCount(j) {
		return phrase{}, false
	}
	if n := s.num(j); n.ok {
		p.digits, p.wordsOnly, p.value = true, false, n.value
	} else {
		p.value = int64(s.info[j].val)
	}
	j++
scales:
	for s.near(j-1) && s.is(j, fScale) {
		p.scaled, p.single = true, false
		j++
		// "12 लाख 73 हज़ार": a further number continues the phrase only
		// when its own scale word follows.
		if s.near(j-1) && s.isCount(j) && s.near(j) && s.is(j+1, fScale) {
			if s.num(j).ok {
				p.digits, p.wordsOnly = true, false
			}
			j++
		}
	}
	p.end = j
	return p, true
}

// numberPhrase reads a number core, optionally followed by a range to a
// second one: "5 से 10", "दो-तीन", "12 से लेकर 20".
func (s *scanner) numberPhrase(i int) (phrase, bool) {
	p, ok := s.numberCore(i)
	if !ok {
		return p, false
	}
	if k := s.rangeTail(p.end); k > 0 {
		if q, ok := s.numberCore(k); ok && q.digits == p.digits {
			p.end = q.end
			p.scaled = p.scaled || q.scaled
			p.single = false
		}
	}
	return p, true
}

// rangeTail checks for a range connector after token end-1 ("से", "-",
// "–", "से लेकर") and returns the index of the token after it, or 0.
func (s *scanner) rangeTail(end int) int {
	if !s.near(end-1) || !s.is(end, fRangeConn) || !s.near(end) {
		return 0
	}
	k := end + 1
	if s.is(k, fLekar) && s.near(k) {
		k++
	}
	return k
}
