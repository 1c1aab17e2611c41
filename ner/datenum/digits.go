package datenum

// numShape describes a token made of digits, ASCII (0-9) or Devanagari
// (०-९), as the tokenizer emits numbers: "2025", "१९४७", "1,00,000",
// "१,२३४.५६", "3.5", and digit ordinals "5वां", "21वीं", "5th".
type numShape struct {
	value   int64 // integer part, saturated at maxValue
	digits  uint8 // digits in the integer part, saturated at 255
	ok      bool  // the token is a number (possibly an ordinal)
	grouped bool  // integer part has , separators
	decimal bool  // has a fractional part
	ordinal bool  // a digit ordinal: 5वां, 21वीं, 5th
	lead0   bool  // integer part starts with 0 and has more digits ("04")
}

const maxValue = 1 << 40

// digitAt decodes one digit at s[i:], returning its value and width, or
// width 0 when s[i:] does not start with a digit.
func digitAt(s string, i int) (int, int) {
	c := s[i]
	if c >= '0' && c <= '9' {
		return int(c - '0'), 1
	}
	// Devanagari digits U+0966..U+096F are E0 A5 A6..AF in UTF-8.
	if c == 0xE0 && i+2 < len(s) && s[i+1] == 0xA5 && s[i+2] >= 0xA6 && s[i+2] <= 0xAF {
		return int(s[i+2] - 0xA6), 3
	}
	return 0, 0
}

// ordinalSuffixes follow digits in written ordinals.
var ordinalSuffixes = []string{
	"वां", "वाँ", "वीं", "वी", "वें", "वे", "वा", "th", "st", "nd", "rd", "TH", "ST", "ND", "RD",
}

// parseNum reads a whole token as a number. Commas must sit between
// digits; a single '.' must be followed by digits; anything else after
// the digits must be an ordinal suffix.
func parseNum(s string) numShape {
	var n numShape
	i := 0
	for i < len(s) {
		d, w := digitAt(s, i)
		if w > 0 {
			if !n.decimal {
				if n.digits == 0 && d == 0 {
					n.lead0 = true
				}
				if n.digits < 255 {
					n.digits++
				}
				if n.value < maxValue {
					n.value = n.value*10 + int64(d)
				}
			}
			i += w
			continue
		}
		c := s[i]
		if (c == ',' || c == '.') && i > 0 && i+1 < len(s) {
			if _, w2 := digitAt(s, i+1); w2 > 0 {
				if c == ',' {
					if n.decimal {
						return numShape{}
					}
					n.grouped = true
				} else {
					if n.decimal {
						return numShape{}
					}
					n.decimal = true
				}
				i++
				continue
			}
		}
		break
	}
	if n.digits == 0 {
		return numShape{}
	}
	if i < len(s) {
		if n.decimal || n.grouped || !hasSuffix(s[i:]) {
			return numShape{}
		}
		n.ordinal = true
	}
	if n.digits == 1 {
		n.lead0 = false
	}
	n.ok = true
	return n
}

func hasSuffix(rest string) bool {
	for _, suf := range ordinalSuffixes {
		if rest == suf {
			return true
		}
	}
	return false
}

// parseClock reads a clock time "H:MM" or "H:MM:SS" (hour 0-24, minutes
// and seconds two digits below 60) at the start of s. It returns the
// number of bytes read, or 0.
func parseClock(s string) int {
	i, h, nd := readDigits(s, 0, 2)
	if nd == 0 || h > 24 || i >= len(s) || s[i] != ':' {
		return 0
	}
	j, m, md := readDigits(s, i+1, 2)
	if md != 2 || m > 59 {
		return 0
	}
	if j < len(s) && s[j] == ':' {
		if k, sec, sd := readDigits(s, j+1, 2); sd == 2 && sec <= 59 {
			j = k
		}
	}
	if j < len(s) {
		if _, w := digitAt(s, j); w > 0 {
			return 0 // "1:500" is a ratio, not a time
		}
		if (s[j] == ',' || s[j] == '.') && j+1 < len(s) {
			if _, w := digitAt(s, j+1); w > 0 {
				return 0 // "1:11,000" is a ratio too
			}
		}
	}
	return j
}

// parseNumericDate reads d/m/y, d-m-y or d.m.y (day 1-31, month 1-12,
// year of 2 or 4 digits, the same separator twice) or ISO y-m-d at the
// start of s, returning the bytes read or 0.
func parseNumericDate(s string) int {
	i, a, ad := readDigits(s, 0, 4)
	if ad == 0 || i >= len(s) {
		return 0
	}
	sep := s[i]
	if sep != '/' && sep != '-' && sep != '.' {
		return 0
	}
	j, b, bd := readDigits(s, i+1, 2)
	if bd == 0 || j >= len(s) || s[j] != sep {
		return 0
	}
	k, c, cd := readDigits(s, j+1, 4)
	if k < len(s) {
		if _, w := digitAt(s, k); w > 0 {
			return 0
		}
	}
	switch {
	case ad == 4 && cd <= 2 && cd > 0: // ISO y-m-d
		if a >= 1000 && b >= 1 && b <= 12 && c >= 1 && c <= 31 {
			return k
		}
	case ad <= 2 && (cd == 2 || cd == 4):
		if a >= 1 && a <= 31 && b >= 1 && b <= 12 {
			return k
		}
	}
	return 0
}

// readDigits reads up to max digits from s[i:], returning the position
// after them, their value and how many were read.
func readDigits(s string, i, max int) (int, int, int) {
	v, n := 0, 0
	for i < len(s) && n < max {
		d, w := digitAt(s, i)
		if w == 0 {
			break
		}
		v = v*10 + d
		n++
		i += w
	}
	return i, v, n
}

// parseRatio reads "a:b" (digits on both sides) at the start of s and
// returns the bytes read, or 0.
func parseRatio(s string) int {
	i, _, ad := readDigits(s, 0, 12)
	if ad == 0 || i >= len(s) || s[i] != ':' {
		return 0
	}
	j, _, bd := readDigits(s, i+1, 12)
	if bd == 0 {
		return 0
	}
	// "1:11,000": grouping and decimals continue the second number.
	for j+1 < len(s) && (s[j] == ',' || s[j] == '.') {
		k, _, kd := readDigits(s, j+1, 12)
		if kd == 0 {
			break
		}
		j = k
	}
	return j
}
