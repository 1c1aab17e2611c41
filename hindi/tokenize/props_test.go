package tokenize

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"

	"tippani/hindi/normalize"
	"unicode/utf8"
)

// checkTokens verifies the token properties: in order, non-empty, no
// overlap, no split grapheme cluster, every non-space character covered,
// no space inside a token except where a kind allows none (none do).
func checkTokens(t *testing.T, text string, toks []Token) {
	t.Helper()
	covered := make([]bool, len(text))
	prevEnd := 0
	for k, tok := range toks {
		if tok.Start < prevEnd || tok.End <= tok.Start || tok.End > len(text) {
			t.Fatalf("%q: token %d [%d,%d) out of order or empty (previous end %d)", text, k, tok.Start, tok.End, prevEnd)
		}
		if tok.Kind >= numKinds {
			t.Fatalf("%q: token %d has invalid kind %d", text, k, tok.Kind)
		}
		if !utf8.RuneStart(text[tok.Start]) || (tok.End < len(text) && !utf8.RuneStart(text[tok.End])) {
			t.Fatalf("%q: token %d [%d,%d) splits a rune", text, k, tok.Start, tok.End)
		}
		if splitsCluster(text, tok.Start) || splitsCluster(text, tok.End) {
			t.Fatalf("%q: token %d %q splits a grapheme cluster", text, k, text[tok.Start:tok.End])
		}
		for j := tok.Start; j < tok.End; j++ {
			covered[j] = true
		}
		prevEnd = tok.End
	}
	for j := 0; j < len(text); {
		r, size := utf8.DecodeRuneInString(text[j:])
		if isSpace(r) {
			if covered[j] {
				t.Fatalf("%q: white space at %d inside a token", text, j)
			}
		} else if !covered[j] {
			t.Fatalf("%q: character %q at %d not covered by any token", text, r, j)
		}
		j += size
	}
}

// splitsCluster reports whether a boundary at j would cut a grapheme
// cluster: the rune after j extends the one before (a combining mark,
// joiner, selector or modifier after a non-space), or j falls between the
// two regional indicators of a flag, or right after a ZWJ inside an emoji
// sequence or a Devanagari conjunct.
func splitsCluster(text string, j int) bool {
	if j == 0 || j == len(text) {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(text[:j])
	after, _ := utf8.DecodeRuneInString(text[j:])
	if isExtender(after) && !isSpace(before) {
		return true
	}
	if before == 0x200D {
		// Emoji ZWJ sequence, or virama + ZWJ + consonant (a half form).
		beforeJoiner, _ := utf8.DecodeLastRuneInString(text[:j-3])
		if isEmojiBase(after) && isEmojiBase(pictographBefore(text, j-3)) {
			return true
		}
		if beforeJoiner == 0x094D && isDevanagariConsonant(after) {
			return true
		}
	}
	if before == 0x094D && isDevanagariConsonant(after) {
		return true // virama + consonant: a conjunct
	}
	if isRegionalIndicator(before) && isRegionalIndicator(after) {
		// Split only between pairs: count the indicators before j.
		n := 0
		for k := j; k > 0; {
			r, size := utf8.DecodeLastRuneInString(text[:k])
			if !isRegionalIndicator(r) {
				break
			}
			n++
			k -= size
		}
		return n%2 == 1
	}
	return false
}

// pictographBefore returns the rune before text[:j] once extenders are
// skipped: the base an emoji ZWJ would join from.
func pictographBefore(text string, j int) rune {
	for j > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:j])
		if !isExtender(r) {
			return r
		}
		j -= size
	}
	return -1
}

func isDevanagariConsonant(r rune) bool {
	return (r >= 0x0915 && r <= 0x0939) || (r >= 0x0958 && r <= 0x095F) || r == 0x0978 || (r >= 0x0979 && r <= 0x097F)
}

func FuzzTokens(f *testing.F) {
	for _, s := range []string{
		"", "भारत-इज़राइल (JWG) 1,00,000 ११:१४ डॉ. U.S. https://a.b/c @x #य 👍🏽 🇮🇳🇮🇳",
		"a\u0301\u0301", "\u093E", "🇮🇳🇮", "x@y.zz", "..:..", "1.2.3", "www.", "http://)",
		"क्\u200D", "👨\u200D", "#\u093E", "@@", "1,", "१:२३", "e.g.x", "\u200D\u200C",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		// Tokens takes display text, as the engine gives it.
		text = normalize.String(text)
		toks := Tokens(text)
		checkTokens(t, text, toks)
		checkSentences(t, text, toks)
	})
}

// TestRandomTokens checks the token and sentence properties on many strings
// assembled from the characters the tokenizer treats specially.
func TestRandomTokens(t *testing.T) {
	alphabet := []string{
		"भारत", "इज़राइल", "क्", "\u200D", "\u200C", "ष", "-", ".", ",", ":", "।", "॥", "?", "!",
		" ", "\n", "\n\n", "1", "२", "0", "डॉ", "एस", "U", "S", "e", "g", "Dr", "http://", "www.",
		"@", "#", "_", "x@y.co", "👍", "🏽", "🇮", "\uFE0F", "❤", "₹", "“", "”", "\"", "(", ")",
		"\u0301", "\u093E", "ب", "…", "'", "॰", "a", "/",
	}
	rng := rand.New(rand.NewPCG(5, 6))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := rng.IntN(12); k >= 0; k-- {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		text := normalize.String(b.String())
		toks := Tokens(text)
		checkTokens(t, text, toks)
		checkSentences(t, text, toks)
	}
}

// checkSentences verifies that sentence spans are ordered, non-empty, start
// and end on token boundaries, and together span all the tokens.
func checkSentences(t *testing.T, text string, toks []Token) {
	t.Helper()
	spans := Sentences(text, toks)
	starts, ends := map[int]bool{}, map[int]bool{}
	for _, tok := range toks {
		starts[tok.Start], ends[tok.End] = true, true
	}
	prev := 0
	for _, s := range spans {
		if s.Start < prev || s.End <= s.Start || s.End > len(text) || !starts[s.Start] || !ends[s.End] {
			t.Fatalf("%q: sentence %+v out of order or off token boundaries", text, s)
		}
		prev = s.End
	}
	if len(toks) > 0 && (len(spans) == 0 || spans[0].Start != toks[0].Start || spans[len(spans)-1].End != toks[len(toks)-1].End) {
		t.Fatalf("%q: sentences %v do not span the tokens", text, spans)
	}
}

// TestIsSpaceMatchesUnicode checks the early answer in isSpace against
// unicode.IsSpace over every code point.
func TestIsSpaceMatchesUnicode(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if isSpace(r) != unicode.IsSpace(r) {
			t.Fatalf("isSpace(%U) = %v, unicode.IsSpace says %v", r, isSpace(r), unicode.IsSpace(r))
		}
	}
}
