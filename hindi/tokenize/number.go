package tokenize

import (
	"strings"
	"unicode/utf8"
)

// digitSystem returns the value of r as a digit and which system it belongs
// to (0 ASCII, 1 Devanagari), or ok == false.
func digitSystem(r rune) (system int, ok bool) {
	switch {
	case isASCIIDigit(r):
		return 0, true
	case isDevanagariDigit(r):
		return 1, true
	}
	return 0, false
}

// digitsAt returns the end of the run of digits of one system at text[j:].
func digitsAt(text string, j, system int) int {
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if s, ok := digitSystem(r); !ok || s != system {
			break
		}
		j += size
	}
	return j
}

// scanNumber reads a number or a clock time starting with digit r. Grouping
// commas (Indian 1,00,000 or Western 100,000) and one decimal point are part
// of the number when a digit of the same system follows them. h:mm and
// h:mm:ss with one- or two-digit hours are times. ASCII digits run straight
// into ASCII letters (4G, 10th, 2nd) make one Latin token.
func scanNumber(text string, i int, r rune) (int, Kind) {
	system, _ := digitSystem(r)
	end := digitsAt(text, i, system)
	if t, ok := scanTime(text, i, end, system); ok {
		return t, Time
	}
	if system == 0 && end < len(text) && isASCIILetter(rune(text[end])) {
		return scanLatinRun(text, end), Latin
	}
	end = groupedEnd(text, i, end, system)
	if end < len(text) && text[end] == '.' {
		if next := digitsAt(text, end+1, system); next > end+1 {
			end = next
		}
	} else if end < len(text) && text[end] == ':' {
		// Ratios, scores and standard numbers (1:500, 3:2, 10500:2012);
		// clock times were taken above.
		if next := digitsAt(text, end+1, system); next > end+1 {
			end = next
		}
	}
	return end + ordinalSuffix(text[end:]), Number
}

// ordinalSuffixes are the Hindi endings written straight after digits to
// make ordinals: 18वीं, 73वें, 48वां, 6ठा, 4था, 2रा, 1ला.
var ordinalSuffixes = []string{
	"वाँ", "वां", "वीं", "वें", "वा", "वी", "वे",
	"ठा", "ठी", "ठे", "था", "थी", "थे", "रा", "री", "रे", "ला", "ली", "ले",
}

// ordinalSuffix returns the length of an ordinal ending at the start of
// rest, when the ending is the whole word (nothing Devanagari follows it).
func ordinalSuffix(rest string) int {
	for _, suffix := range ordinalSuffixes {
		if strings.HasPrefix(rest, suffix) {
			r, _ := utf8.DecodeRuneInString(rest[len(suffix):])
			if !isDevanagariWordRune(r) {
				return len(suffix)
			}
		}
	}
	return 0
}

// groupedEnd extends the digits text[i:end] over comma groups when they
// form valid grouping: Western (1,234,567: groups of three) or Indian
// (12,34,567: groups of two, then a last group of three). The first group has
// one to three digits. Otherwise the number ends at the first comma, so a
// list such as 1,2,3 stays three numbers.
func groupedEnd(text string, i, end, system int) int {
	if end >= len(text) || text[end] != ',' || utf8.RuneCountInString(text[i:end]) > 3 {
		return end
	}
	var groups []int // digit counts of the comma groups, and their ends
	var ends []int
	j := end
	for j < len(text) && text[j] == ',' {
		next := digitsAt(text, j+1, system)
		if next == j+1 {
			break
		}
		groups = append(groups, utf8.RuneCountInString(text[j+1:next]))
		ends = append(ends, next)
		j = next
	}
	// Take the longest prefix of groups that is valid grouping.
	for k := len(groups); k > 0; k-- {
		if validGrouping(groups[:k]) {
			return ends[k-1]
		}
	}
	return end
}

// validGrouping reports whether comma groups of these sizes, after a first
// group of one to three digits, are Western or Indian digit grouping.
func validGrouping(groups []int) bool {
	last := len(groups) - 1
	if groups[last] != 3 {
		return false
	}
	western, indian := true, true
	for _, g := range groups[:last] {
		western = western && g == 3
		indian = indian && g == 2
	}
	return western || indian
}

// scanTime matches h:mm or h:mm:ss whose hour digits are text[i:end].
func scanTime(text string, i, end, system int) (int, bool) {
	hourDigits := utf8.RuneCountInString(text[i:end])
	if hourDigits > 2 {
		return 0, false
	}
	j := end
	for part := 0; part < 2; part++ {
		if j >= len(text) || text[j] != ':' {
			break
		}
		k := digitsAt(text, j+1, system)
		if utf8.RuneCountInString(text[j+1:k]) != 2 {
			break
		}
		j = k
	}
	if j == end {
		return 0, false
	}
	// A digit of either system right after means this was not a time
	// (a ratio such as 1:234).
	if r, _ := utf8.DecodeRuneInString(text[j:]); isASCIIDigit(r) || isDevanagariDigit(r) {
		return 0, false
	}
	return j, true
}
