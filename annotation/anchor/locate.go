package anchor

import (
	"cmp"
	"slices"

	"tippani/annotation"
)

// Match is where a quote was found: code points [Start, End) of the text
// searched. Errors is 0 when the text there is exactly the quote, else the
// number of code point edits between the two.
type Match struct {
	Start, End int
	Errors     int
}

// Locator finds quotes in one text. Build it once per text and reuse it:
// it decodes the text once and remembers where each quote it was asked
// for occurs. A Locator is not safe for concurrent use.
type Locator struct {
	runes []rune
	// starts caches, per exact quote, the code point offsets where it
	// occurs.
	starts map[string][]int
	index  *runeIndex // built on the first search
	// facts remembers, per position, what boundary and inWord found:
	// weighing many quotes looks at the same positions again and again.
	facts []fact
	peq   peqTable
	hits  []hit
}

// NewLocator prepares text, which must be valid UTF-8 (display form, like
// every text offsets point into), for Locate.
func NewLocator(text string) *Locator {
	return &Locator{runes: decodeRunes(text), starts: map[string][]int{}}
}

// Locate finds q in text; it is NewLocator(text).Locate(q, hint).
func Locate(text string, q Quote, hint int) (Match, bool) {
	return NewLocator(text).Locate(q, hint)
}

// Locate finds q in the Locator's text, for importers that have only a
// quote and perhaps a position (a W3C TextQuoteSelector with its
// TextPositionSelector, a Hypothesis or Label Studio record). hint is the
// code point offset where q.Exact is expected to start, or -1 if unknown.
//
// Every occurrence of q.Exact that starts and ends on character boundaries
// and keeps q's word edges (a whole word is not looked for inside a longer
// one) is a candidate; with a hint, the 256 nearest it. Candidates are
// ranked by, in order: starting at hint; both sides agreeing with at least
// a little of q's context (8 code points); the number of context code
// points that agree (up to 32 on each side); nearness to hint; and finally
// the earlier one. When q.Exact does not occur, the same ranking, with
// fewer edits first after the context test, picks among the stretches of
// text within a quarter of q.Exact's length in code point edits (for
// quotes of 4 to 64 code points), widened to character boundaries and,
// where q starts or ends a word, to whole words.
//
// Locate reports false when q.Exact is empty, when nothing matches, or,
// without a hint, when two candidates rank equal (a repeated quote whose
// context does not tell the occurrences apart).
func (l *Locator) Locate(q Quote, hint int) (Match, bool) {
	if q.Exact == "" {
		return Match{}, false
	}
	qr := quoteRunes{exact: []rune(q.Exact), prefix: []rune(q.Prefix), suffix: []rune(q.Suffix)}
	ex := expectation{lo: 1, hi: 0, guess: -1}
	if hint >= 0 {
		ex = expectation{lo: hint, hi: hint + len(qr.exact), guess: hint}
	}
	if c, ok := l.exact(&qr, q.Exact, ex, anywhere); ok {
		return c.match(), true
	}
	if c, ok := l.fuzzy(&qr, ex, 0, len(l.runes), anywhere); ok {
		return c.match(), true
	}
	return Match{}, false
}

// expectation is where a quote is expected: the stretch [lo, hi] of the
// text that should hold it (empty when lo > hi) and the most likely start
// (guess, or -1).
type expectation struct{ lo, hi, guess int }

// policy says which candidates may be taken. The zero policy takes the
// best candidate wherever it is, unless the best two cannot be told apart
// and there is no guess to choose by.
type policy struct {
	// nearby takes only candidates that lie where they are expected, or
	// whose context vouches for them (both sides agree a little, or one
	// side agrees for farContext code points) and that overlap none of
	// the taken spans. Re-anchoring uses it, because a reader's note on
	// one mention of a name must not jump to another mention when its own
	// sentence was deleted, nor take the place of an annotation that is
	// certainly where it was (a repeated sentence, a byline printed
	// twice).
	nearby bool
	// taken are spans of the text already held for certain, sorted by
	// start.
	taken []Span
}

var anywhere = &policy{}

// allows reports whether p lets c be taken.
func (p *policy) allows(c candidate) bool {
	if !p.nearby || c.expected {
		return true
	}
	if !c.windowed() && max(c.before, c.after) < farContext {
		return false
	}
	// The first taken span starting at or after c's end, and the one
	// before it, are the only ones that can overlap c.
	i, _ := slices.BinarySearchFunc(p.taken, c.end, func(s Span, end int) int { return cmp.Compare(s.Start, end) })
	return i == 0 || p.taken[i-1].End <= c.start
}

// candidate is one place a quote might be.
type candidate struct {
	start, end    int
	errors        int
	before, after int // context agreement, code points
	expected      bool
}

func (c candidate) match() Match { return Match{Start: c.start, End: c.end, Errors: c.errors} }

func (c candidate) windowed() bool { return min(c.before, c.after) >= windowLen }

// outranks reports whether c is a better candidate than d.
func (c candidate) outranks(d candidate, guess int) bool {
	if c.expected != d.expected {
		return c.expected
	}
	if c.windowed() != d.windowed() {
		return c.windowed()
	}
	if c.errors != d.errors {
		return c.errors < d.errors
	}
	if ca, da := c.before+c.after, d.before+d.after; ca != da {
		return ca > da
	}
	if guess >= 0 {
		if cd, dd := abs(c.start-guess), abs(d.start-guess); cd != dd {
			return cd < dd
		}
	}
	return c.start < d.start
}

// tied reports whether c and d rank equal on everything but position.
func (c candidate) tied(d candidate) bool {
	return c.windowed() == d.windowed() && c.expected == d.expected && c.errors == d.errors &&
		c.before+c.after == d.before+d.after
}

// picker keeps the best candidate its policy allows, and the next best.
type picker struct {
	best, second candidate
	n            int
	guess        int
	pol          *policy
}

func (p *picker) offer(c candidate) {
	if !p.pol.allows(c) {
		return
	}
	switch {
	case p.n == 0 || c.outranks(p.best, p.guess):
		p.best, p.second = c, p.best
	case p.n == 1 || c.outranks(p.second, p.guess):
		p.second = c
	}
	p.n++
}

// pick returns the best candidate, if there is one that is not tied
// without a guess to break the tie.
func (p *picker) pick() (candidate, bool) {
	if p.n == 0 {
		return candidate{}, false
	}
	if !p.pol.nearby && p.guess < 0 && p.n > 1 && p.best.tied(p.second) {
		return candidate{}, false
	}
	return p.best, true
}

// maxCandidates bounds how many occurrences of a quote are weighed when
// there is a guess: the ones nearest it. A word that occurs thousands of
// times would otherwise make each of thousands of annotations on it weigh
// every occurrence.
const maxCandidates = 256

// exact ranks the occurrences of q.exact (written as the string exact)
// that start and end on character boundaries and keep its word edges: a quote that was a whole word is not looked
// for inside a longer one (कुमार in राजकुमार). With a guess, only the
// maxCandidates occurrences nearest it are weighed.
func (l *Locator) exact(q *quoteRunes, exact string, ex expectation, pol *policy) (candidate, bool) {
	starts := l.occurrences(q.exact, exact)
	// Candidates where the quote is expected outrank all others: when
	// there are any, the others need not be weighed.
	if ex.lo <= ex.hi {
		from, _ := slices.BinarySearch(starts, ex.lo)
		to, _ := slices.BinarySearch(starts, ex.hi-len(q.exact)+1)
		if c, ok := l.weigh(q, nearest(starts[from:max(from, to)], ex.guess), ex, pol); ok {
			return c, true
		}
	}
	return l.weigh(q, nearest(starts, ex.guess), ex, pol)
}

// nearest returns the maxCandidates starts nearest guess, or all of them
// when there is no guess.
func nearest(starts []int, guess int) []int {
	if guess < 0 || len(starts) <= maxCandidates {
		return starts
	}
	i, _ := slices.BinarySearch(starts, guess)
	i = min(max(0, i-maxCandidates/2), len(starts)-maxCandidates)
	return starts[i : i+maxCandidates]
}

// weigh ranks the occurrences of q.exact at starts.
func (l *Locator) weigh(q *quoteRunes, starts []int, ex expectation, pol *policy) (candidate, bool) {
	p := picker{guess: ex.guess, pol: pol}
	n := len(q.exact)
	wordStart, wordEnd := q.wordEdges()
	for _, s := range starts {
		if (wordStart && s > 0 && l.inWord(s-1)) || (wordEnd && s+n < len(l.runes) && l.inWord(s+n)) {
			continue // inside a longer word: another word
		}
		if !l.boundary(s) || !l.boundary(s+n) {
			continue // cuts a letter from its marks: भारत in भारती
		}
		c := candidate{start: s, end: s + n, expected: ex.lo <= s && s+n <= ex.hi}
		c.before, c.after = q.agreement(l.runes, s, s+n)
		p.offer(c)
	}
	return p.pick()
}

// occurrences returns the code point offsets where q (whose string form
// is exact) occurs in the text, remembering them for the next quote with
// the same text.
func (l *Locator) occurrences(q []rune, exact string) []int {
	if starts, ok := l.starts[exact]; ok {
		return starts
	}
	if l.index == nil {
		l.index = newRuneIndex(l.runes)
	}
	starts := []int{}
	l.index.find(l.runes, q, func(s int) { starts = append(starts, s) })
	l.starts[exact] = starts
	return starts
}

// fuzzy ranks the stretches of runes[lo:hi] within maxErrors edits of
// q.exact, each widened to character boundaries and, where q's own edges
// are word edges, to whole words.
func (l *Locator) fuzzy(q *quoteRunes, ex expectation, lo, hi int, pol *policy) (candidate, bool) {
	m := len(q.exact)
	k := maxErrors(m)
	if k == 0 || m > maxApproxLen {
		return candidate{}, false
	}
	p := picker{guess: ex.guess, pol: pol}
	l.hits = findApprox(l.hits[:0], &l.peq, q.exact, l.runes, lo, hi, k)
	for _, h := range l.hits {
		s, e := widen(l.runes, h.start, h.end)
		s, e = q.toWordEdges(l.runes, s, e)
		c := candidate{start: s, end: e, errors: h.errors, expected: s < ex.hi && e > ex.lo}
		if s != h.start || e != h.end {
			if c.errors = editDistance(q.exact, l.runes[s:e], k); c.errors > k {
				continue
			}
		}
		c.before, c.after = q.agreement(l.runes, s, e)
		p.offer(c)
	}
	return p.pick()
}

// widen moves s left and e right to the nearest offsets an annotation may
// start and end at (see annotation.BoundaryOK), so a span never cuts a
// letter from its marks.
func widen(runes []rune, s, e int) (int, int) {
	for s > 0 && !annotation.RuneBoundaryOK(runes, s) {
		s--
	}
	for e < len(runes) && !annotation.RuneBoundaryOK(runes, e) {
		e++
	}
	return s, e
}

// fact holds what is known about one position of a Locator's text.
type fact uint8

const (
	boundaryKnown fact = 1 << iota
	boundaryOK
	wordKnown
	wordRune
)

// boundary is annotation.RuneBoundaryOK for position i, remembered.
func (l *Locator) boundary(i int) bool {
	f := l.fact(i)
	if *f&boundaryKnown == 0 {
		*f |= boundaryKnown
		if annotation.RuneBoundaryOK(l.runes, i) {
			*f |= boundaryOK
		}
	}
	return *f&boundaryOK != 0
}

// inWord is inWord for the code point at i, remembered.
func (l *Locator) inWord(i int) bool {
	f := l.fact(i)
	if *f&wordKnown == 0 {
		*f |= wordKnown
		if inWord(l.runes[i]) {
			*f |= wordRune
		}
	}
	return *f&wordRune != 0
}

func (l *Locator) fact(i int) *fact {
	if l.facts == nil {
		l.facts = make([]fact, len(l.runes)+1)
	}
	return &l.facts[i]
}
