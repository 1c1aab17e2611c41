package tokenize

import "unicode/utf8"

// scanURL matches a web address starting at text[i:]: http://, https:// or
// www. followed by at least one character. The address ends at white space
// or a character that cannot appear in it unescaped; sentence punctuation
// and unbalanced closing brackets at its end are left out.
func scanURL(text string, i int) (int, bool) {
	rest := text[i:]
	var prefix int
	switch {
	case hasPrefixFold(rest, "https://"):
		prefix = 8
	case hasPrefixFold(rest, "http://"):
		prefix = 7
	case hasPrefixFold(rest, "www."):
		prefix = 4
	default:
		return 0, false
	}
	end := i + prefix
	for end < len(text) {
		r, size := utf8.DecodeRuneInString(text[end:])
		if isSpace(r) || r == '"' || r == '<' || r == '>' || r == '\u201C' || r == '\u201D' || r == '\u2018' || r == '\u2019' || r == 0x0964 || r == 0x0965 {
			break
		}
		end += size
	}
	// Trim trailing punctuation that ends the sentence rather than the URL;
	// a closing bracket stays only while the URL has an unclosed one.
	parens, brackets := depth(text[i:end], '(', ')'), depth(text[i:end], '[', ']')
	for end > i+prefix {
		c := text[end-1]
		switch {
		case c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'':
		case c == ')' && parens < 0:
			parens++
		case c == ']' && brackets < 0:
			brackets++
		default:
			return end, true
		}
		end--
	}
	return 0, false // nothing but punctuation after the prefix
}

// depth returns the number of open minus close brackets in s.
func depth(s string, open, close byte) int {
	d := 0
	for j := 0; j < len(s); j++ {
		switch s[j] {
		case open:
			d++
		case close:
			d--
		}
	}
	return d
}

func hasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for j := 0; j < len(prefix); j++ {
		c := s[j]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[j] {
			return false
		}
	}
	return true
}

// scanEmail matches local@domain.tld at text[i:].
func scanEmail(text string, i int) (int, bool) {
	j := i
	for j < len(text) && isEmailLocal(text[j]) {
		if j-i > maxEmailLocal {
			return 0, false
		}
		j++
	}
	if j == i || j >= len(text) || text[j] != '@' || text[j-1] == '.' {
		return 0, false
	}
	j++
	labels, lastLabel := 0, 0
	for {
		start := j
		for j < len(text) && (isASCIILetter(rune(text[j])) || isASCIIDigit(rune(text[j])) || text[j] == '-') {
			j++
		}
		if j == start {
			return 0, false
		}
		labels++
		lastLabel = j - start
		if j+1 < len(text) && text[j] == '.' && (isASCIILetter(rune(text[j+1])) || isASCIIDigit(rune(text[j+1]))) {
			j++
			continue
		}
		break
	}
	if labels < 2 || lastLabel < 2 {
		return 0, false
	}
	return j, true
}

// maxEmailLocal is the longest local part an address may have (RFC 5321);
// it also bounds the look-ahead on long runs of letters and dots.
const maxEmailLocal = 64

func isEmailLocal(c byte) bool {
	return isASCIILetter(rune(c)) || isASCIIDigit(rune(c)) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'
}
