package annotation

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// cleanTitle trims a title and checks it: valid UTF-8, no control
// characters (a title is one line), at most l.TitleChars code points, and
// not empty when required.
func (l Limits) cleanTitle(title, field string, required bool) (string, error) {
	title, err := cleanLine(title, field)
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

// cleanLine trims white space and refuses invalid UTF-8 and control
// characters.
func cleanLine(s, field string) (string, error) {
	if !utf8.ValidString(s) {
		return "", newError(CodeInvalidUTF8, field, "%s is not valid UTF-8", field)
	}
	s = strings.TrimSpace(s)
	if strings.IndexFunc(s, unicode.IsControl) >= 0 {
		return "", newError(CodeBadField, field, "%s must be a single line without control characters", field)
	}
	return s, nil
}
