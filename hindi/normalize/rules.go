package normalize

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// ruleWriter applies the character-level display rules (everything except
// NFC) to a source text. Its output, the intermediate text, is built lazily:
// until the first change it is src[:i] itself and nothing is allocated.
type ruleWriter struct {
	src    string
	out    strings.Builder // empty and unused while !built
	built  bool            // false while the output equals src[:pos]
	copied int             // src[copied:pos] is unchanged text not yet in out
	pos    int             // the source offset being processed
	edits  []Edit          // display side = intermediate text
	counts [numRules]int
	row    tableRowCache
}

// plainASCII marks ASCII bytes no rule looks at, so the scan skips them.
var plainASCII = func() (t [128]bool) {
	for b := 0x20; b < 0x7F; b++ {
		t[b] = true
	}
	t['|'], t[':'] = false, false
	t['\n'], t['\t'] = true, true
	return t
}()

// applyRules runs the character rules over src.
func applyRules(src string, lossy bool) (string, []Edit, [numRules]int, error) {
	w := ruleWriter{src: src}
	i := 0
	for i < len(src) {
		b := src[i]
		if b < utf8.RuneSelf {
			if plainASCII[b] {
				i++
				continue
			}
		} else if b == 0xE0 && i+2 < len(src) && (src[i+1] == 0xA4 || src[i+1] == 0xA5) && src[i+2]&0xC0 == 0x80 {
			// Devanagari: no character rule rewrites a Devanagari rune.
			i += 3
			continue
		}
		r, size := utf8.DecodeRuneInString(src[i:])
		if r == utf8.RuneError && size == 1 {
			if !lossy {
				return "", nil, w.counts, &InvalidUTF8Error{Offset: i, Byte: b}
			}
			w.catchUp(i)
			w.replace(i, 1, "\uFFFD", RuleInvalid)
			i++
			continue
		}
		i += w.rune(i, r, size)
	}
	if !w.built {
		return src, w.edits, w.counts, nil
	}
	w.out.WriteString(src[w.copied:])
	return w.out.String(), w.edits, w.counts, nil
}

// rune applies the rules to the rune r at src[i:i+size] and returns how
// many source bytes it consumed.
func (w *ruleWriter) rune(i int, r rune, size int) int {
	w.catchUp(i)
	switch {
	case r == '\r':
		if i+1 < len(w.src) && w.src[i+1] == '\n' {
			w.replace(i, 2, "\n", RuleNewline)
			return 2
		}
		w.replace(i, 1, "\n", RuleNewline)
	case lineBreakRune(r):
		w.replace(i, size, "\n", RuleNewline)
	case controlRune(r):
		w.replace(i, size, "", RuleControl)
	case spaceRune(r):
		w.replace(i, size, " ", RuleSpace)
	case r == zwj || r == zwnj:
		if !w.joinerMeaningful() {
			w.replace(i, size, "", RuleJoiner)
		}
	case r == '|':
		return w.pipe(i)
	case r == ':':
		if w.colonIsVisarga(i) {
			w.replace(i, 1, "ः", RuleVisarga)
		}
	default:
		if rule, ok := invisibleRule(r); ok {
			w.replace(i, size, "", rule)
		}
	}
	return size
}

// pipe handles "|" at src[i]: a danda typed as a pipe right after a
// Devanagari word (directly or after one space), followed by the end of the
// text, white space or a closing quote or bracket, on a line that is not a
// table row. "||" becomes a double danda.
func (w *ruleWriter) pipe(i int) int {
	// A second pipe makes a double danda even with invisible characters
	// between the two, since they vanish from the display form anyway.
	n := 1
	if r, j := w.nextVisibleAt(i + 1); r == '|' {
		n = j + 1 - i
	}
	if !w.afterDevanagariWord() || w.inTableRow() {
		return n
	}
	if next, _ := w.nextVisibleAt(i + n); next >= 0 && !isSpaceOrBreak(next) && !closesPhrase(next) {
		return n
	}
	if n > 1 {
		w.replace(i, n, "॥", RuleDoubleDanda)
	} else {
		w.replace(i, 1, "।", RuleDanda)
	}
	return n
}

// joinerMeaningful reports whether a ZWJ or ZWNJ appended to the output now
// would be kept. The decision looks at the combining marks just before it as
// a set (is a virama among them?) and at the character they sit on, never
// at the order of the marks, because NFC may reorder them and the decision
// must be the same on the display form as on the source.
func (w *ruleWriter) joinerMeaningful() bool {
	base, _, marks, virama := lastCluster(w.output())
	return marks <= maxMarks && (virama || joinerMeaningfulAfter(base))
}

// afterDevanagariWord reports whether the output so far ends with a
// Devanagari letter or sign, possibly followed by one space. It judges the
// last character by its base, skipping combining marks, because NFC may
// reorder marks and the rule must decide the same way on its own output.
func (w *ruleWriter) afterDevanagariWord() bool {
	text := w.output()
	base, at, marks, _ := lastCluster(text)
	if base == ' ' && marks == 0 {
		base, _, marks, _ = lastCluster(text[:at])
	}
	return marks <= maxMarks && isDevanagariLetterOrSign(base)
}

// maxMarks is the longest run of combining marks that NFC (as x/text
// implements it, following the Stream-Safe Text Format) leaves whole; a
// longer run is split by U+034F, which becomes the base of the marks after
// it. Rules that look at a base therefore treat a longer run as having no
// base of interest, on the source exactly as on the display form.
const maxMarks = 30

// lastCluster describes the end of text: the last character with combining
// class 0 (the base), its offset, how many combining marks follow it (up to
// maxMarks+1, where the scan stops), and whether a virama is among them. The
// base is -1 when there is none within reach.
func lastCluster(text string) (base rune, at, marks int, hasVirama bool) {
	for j := len(text); j > 0; {
		r, size := utf8.DecodeLastRuneInString(text[:j])
		j -= size
		if r < 0x300 || norm.NFC.PropertiesString(text[j:j+size]).CCC() == 0 {
			return r, j, marks, hasVirama
		}
		if isVirama(r) {
			hasVirama = true
		}
		if marks++; marks > maxMarks {
			return -1, j, marks, hasVirama
		}
	}
	return -1, 0, marks, hasVirama
}

// inTableRow reports whether the current output line starts with a pipe,
// as rows of plain-text tables do. The answer is cached per line, so a long
// line full of pipes is not rescanned for each one.
func (w *ruleWriter) inTableRow() bool {
	text := w.output()
	if !w.row.known {
		w.row = tableRowCache{known: true, lineStart: strings.LastIndexByte(text, '\n') + 1}
		w.row.isTable = startsWithPipe(text[w.row.lineStart:])
	} else if nl := strings.LastIndexByte(text[w.row.checkedTo:], '\n'); nl >= 0 {
		w.row.lineStart = w.row.checkedTo + nl + 1
		w.row.isTable = startsWithPipe(text[w.row.lineStart:])
	}
	w.row.checkedTo = len(text)
	return w.row.isTable
}

// tableRowCache remembers whether the current output line is a table row.
type tableRowCache struct {
	known     bool
	lineStart int // output offset where the current line starts
	checkedTo int // output length when last asked
	isTable   bool
}

// startsWithPipe reports whether the first character of line other than
// spaces and tabs is a pipe.
func startsWithPipe(line string) bool {
	for j := 0; j < len(line); j++ {
		switch line[j] {
		case ' ', '\t':
			continue
		case '|':
			return true
		}
		return false
	}
	return false
}

// colonIsVisarga reports whether the ":" at src[i] ends one of the known
// visarga words and is not followed by more of a word.
func (w *ruleWriter) colonIsVisarga(i int) bool {
	if next, _ := w.nextVisibleAt(i + 1); next >= 0 && continuesWord(next) {
		return false
	}
	word := w.trailingDevanagariWord()
	if word == "" {
		return false
	}
	_, known := visargaWords[word]
	return known
}

// trailingDevanagariWord returns the run of Devanagari letters and signs at
// the end of the output, if that run is preceded by something other than a
// letter, mark or digit (so that it is a whole word).
func (w *ruleWriter) trailingDevanagariWord() string {
	text := w.output()
	j := len(text)
	for j > 0 {
		if len(text)-j > maxVisargaWordBytes {
			return ""
		}
		r, size := utf8.DecodeLastRuneInString(text[:j])
		if !isDevanagariLetterOrSign(r) {
			if continuesWord(r) {
				return ""
			}
			break
		}
		j -= size
	}
	return text[j:]
}

// nextVisibleAt returns the first source rune at or after j that the rules
// will not remove, and its offset; -1 at the end of the text. An invalid
// byte counts as visible (it is kept or replaced, never removed).
func (w *ruleWriter) nextVisibleAt(j int) (rune, int) {
	for j < len(w.src) {
		r, size := utf8.DecodeRuneInString(w.src[j:])
		if !vanishes(r) || (r == utf8.RuneError && size == 1) {
			return r, j
		}
		j += size
	}
	return -1, j
}

func isSpaceOrBreak(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || spaceRune(r) || lineBreakRune(r)
}

// catchUp makes the output hold everything before src[i].
// Before the first change the output is src[:pos] itself.
func (w *ruleWriter) catchUp(i int) {
	w.pos = i
	if w.built {
		w.out.WriteString(w.src[w.copied:i])
		w.copied = i
	}
}

// output returns the intermediate text produced so far, without copying.
func (w *ruleWriter) output() string {
	if !w.built {
		return w.src[:w.pos]
	}
	return w.out.String()
}

// replace records that src[i:i+n] becomes repl under rule.
func (w *ruleWriter) replace(i, n int, repl string, rule Rule) {
	if !w.built {
		w.built = true
		w.out.Grow(len(w.src) + len(w.src)/64 + 16)
	}
	w.out.WriteString(w.src[w.copied:i])
	start := w.out.Len()
	w.out.WriteString(repl)
	w.copied = i + n
	w.counts[rule]++
	w.edits = append(w.edits, Edit{Rules: setOf(rule), Start: start, End: w.out.Len(), SrcStart: i, SrcEnd: i + n})
}
