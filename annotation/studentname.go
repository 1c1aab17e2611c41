package annotation

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// A student has no account: a class tells its students apart by the names
// they type. FoldName gives a name one display form and one comparison
// key, so that "Alice", "alice " and "ＡＬＩＣＥ" are one name while two
// names that look different stay two.

// FoldName checks a student's name and returns its display form and its
// comparison key. The display form is the name in NFC, trimmed, with every
// run of white space made one space; case is kept. The name must be 1 to
// l.NameChars characters of visible text on one line: control, invisible
// and bidirectional control characters are refused with code bad_name (see
// cleanLine), so a name cannot hide a difference or reorder itself. field
// names the member in errors ("name", "roster[3]").
//
// The key is the display form in NFKC, case-folded (Unicode simple case
// folding, as strings.EqualFold compares), without the joiners ZWJ and
// ZWNJ (which change how a Devanagari cluster is drawn, not which name it
// is): two names are the same student's name exactly when their keys are
// equal.
func (l Limits) FoldName(name, field string) (display, key string, err error) {
	name, err = cleanLine(name, field, CodeBadName)
	if err != nil {
		return "", "", err
	}
	display = strings.Join(strings.FieldsFunc(norm.NFC.String(name), unicode.IsSpace), " ")
	n := len([]rune(display))
	if n == 0 {
		return "", "", newError(CodeBadName, field, "%s is empty; write the student's name", field)
	}
	if exceeds(n, l.NameChars) {
		return "", "", newError(CodeBadName, field, "%s has %d characters; the limit is %d", field, n, l.NameChars)
	}
	return display, NameKey(display), nil
}

// NameKey is the comparison key of a display name (see FoldName).
func NameKey(display string) string {
	k := strings.Map(func(r rune) rune {
		if r == '\u200c' || r == '\u200d' {
			return -1
		}
		return foldRune(r)
	}, norm.NFKC.String(display))
	return strings.Join(strings.FieldsFunc(k, unicode.IsSpace), " ")
}

// foldRune maps r to one rune of its simple case folding orbit (K, k and
// the Kelvin sign all become k), so that runes strings.EqualFold takes as
// equal fold to the same rune: the lower case of the orbit's smallest.
func foldRune(r rune) rune {
	least := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		least = min(least, f)
	}
	return unicode.ToLower(least)
}
