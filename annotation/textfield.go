package annotation

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// cleanTitle trims a title and checks it: valid UTF-8, one line of visible
// text (see hiddenRune; code bad_title), at most l.TitleChars code points,
// and not empty when required.
func (l Limits) cleanTitle(title, field string, required bool) (string, error) {
	title, err := cleanLine(title, field, CodeBadTitle)
	if err != nil {
		return "", err
	}
	if required && title == "" {
		return "", newError(CodeMissingField, field, "%s is required", field)
	}
	if n := utf8.RuneCountInString(title); exceeds(n, l.TitleChars) {
		return "", newError(CodeTitleTooLong, field, "%s has %d characters; the limit is %d", field, n, l.TitleChars)
	}
	return title, nil
}

// cleanLine trims white space from a name or title and refuses invalid
// UTF-8 and any character hiddenRune finds, with code.
func cleanLine(s, field string, code ErrorCode) (string, error) {
	if !utf8.ValidString(s) {
		return "", newError(CodeInvalidUTF8, field, "%s is not valid UTF-8", field)
	}
	s = strings.TrimSpace(s)
	if i, what := hiddenRune(s); i >= 0 {
		r, _ := utf8.DecodeRuneInString(s[i:])
		return "", newError(code, field, "%s holds %s (U+%s at character %d); it must be one line of visible text",
			field, what, codePoint(r), utf8.RuneCountInString(s[:i])+1)
	}
	return s, nil
}

// codePoint writes r as four or more upper-case hexadecimal digits.
func codePoint(r rune) string {
	h := strings.ToUpper(strconv.FormatInt(int64(r), 16))
	return strings.Repeat("0", max(0, 4-len(h))) + h
}

// hiddenRune finds the first character of s that a person would not see,
// or that changes how the rest is shown, and returns its byte offset and
// what it is; -1 when there is none. Names and titles are shown, compared
// and filed by their characters, so two that look the same must be the
// same. Refused:
//
//   - control characters, line and paragraph separators (a name or title
//     is one line);
//   - bidirectional controls (U+061C, U+200E, U+200F, U+202A–U+202E,
//     U+2066–U+2069), which reorder what follows them;
//   - other invisible format characters: the byte order mark U+FEFF,
//     U+200B zero width space, U+2060 word joiner, U+00AD soft hyphen,
//     invisible operators, and the Hangul fillers that render as nothing;
//   - a joiner (ZWJ, ZWNJ), variation selector or combining grapheme
//     joiner with no character before it to attach to (at the start, or
//     after a space).
//
// ZWJ and ZWNJ inside a word are kept: Hindi writes half forms with them
// (क्‍ष), and emoji sequences join with ZWJ. Emoji tag characters are
// kept after a black flag (🏴 and the tags of a subdivision flag).
func hiddenRune(s string) (int, string) {
	prev := ' '
	for i, r := range s {
		switch {
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0):
			return i, "a control character"
		case r == '\u2028' || r == '\u2029':
			return i, "a line or paragraph separator"
		case isBidiControl(r):
			return i, "a bidirectional control character"
		case r == '\u200c' || r == '\u200d' || r == '\u034f' || isVariationSelector(r):
			if unicode.IsSpace(prev) {
				return i, "an invisible joiner or selector with nothing to attach to"
			}
		case r >= 0xE0020 && r <= 0xE007F:
			if prev != '\U0001F3F4' && !(prev >= 0xE0020 && prev <= 0xE007F) {
				return i, "an invisible tag character"
			}
		case r == '\u115f' || r == '\u1160' || r == '\u3164' || r == '\uffa0':
			return i, "an invisible filler character"
		case unicode.Is(unicode.Cf, r) && !unicode.Is(unicode.Prepended_Concatenation_Mark, r):
			return i, "an invisible format character"
		case isNoncharacterIgnorable(r):
			return i, "an invisible character"
		}
		prev = r
	}
	return -1, ""
}

func isBidiControl(r rune) bool {
	return r == '\u061c' || r == '\u200e' || r == '\u200f' ||
		('\u202a' <= r && r <= '\u202e') || ('\u2066' <= r && r <= '\u2069')
}

func isVariationSelector(r rune) bool {
	return ('\ufe00' <= r && r <= '\ufe0f') || ('\U000E0100' <= r && r <= '\U000E01EF') || ('\u180b' <= r && r <= '\u180d') || r == '\u180f'
}

// isNoncharacterIgnorable reports unassigned code points that Unicode
// reserves as default ignorable (drawn as nothing when they are assigned).
func isNoncharacterIgnorable(r rune) bool {
	return r == '\u2065' || ('\ufff0' <= r && r <= '\ufff8') || ('\U000E0000' <= r && r <= '\U000E0FFF' && !unicode.Is(unicode.Cf, r) && !isVariationSelector(r))
}
