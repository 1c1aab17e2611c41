// Package sheet holds the conventions Tippani's CSV files share, so that
// entity exports and score sheets open the same way in spreadsheets.
package sheet

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// BOM is written at the start of every CSV file. Excel opens a CSV file
// without it in the legacy code page of the machine (Windows-1252 in most
// Indian and Western installations), which turns Devanagari into mojibake;
// with it, Excel, LibreOffice, Google Sheets and Numbers all read UTF-8.
// Programs reading the file should accept and drop it (Python: encoding
// "utf-8-sig"; Go: strings.TrimPrefix).
const BOM = "\ufeff"

// Cell makes a free-text value safe to open in a spreadsheet.
//
// A spreadsheet runs a cell as a formula when it starts with =, + , - or @
// (a known way to attack whoever opens a shared CSV). Cell therefore puts
// an apostrophe, which spreadsheets show as text and hide, in front of
// every place where a cell may start and whose first visible character is
// one of those:
//
//   - "visible" skips white space and invisible characters (zero-width
//     spaces and joiners, the byte-order mark, bidi controls, variation
//     selectors, Hangul fillers), which a reader cannot see but which do
//     not stop some spreadsheets, or a user retyping the cell, from taking
//     what follows as a formula;
//   - the characters count in their compatibility forms too: full-width
//     ＝ ＋ － ＠ and the small forms ﹦ ﹢ ﹣ ﹫, which Japanese and Chinese
//     input methods type and spreadsheets in those locales accept as the
//     ASCII ones, and the minus sign −;
//   - a leading tab or carriage return is escaped as before: some readers
//     drop it and expose what follows;
//   - a cell may also start right after a semicolon. Tippani's files are
//     comma-separated, but Excel opens a .csv file with the system's list
//     separator, which is ";" wherever the decimal separator is a comma
//     (Germany, France, Spain, Brazil, Russia, Indonesia...). There a value
//     such as "x;=HYPERLINK(...)" in an unquoted field becomes two cells,
//     the second a formula, so each piece after a semicolon is checked
//     like the start of the value. A semicolon alone is not a formula
//     starter in any spreadsheet and is left as it is.
//
// Checked with LibreOffice Calc 7.4 importing a CSV file: with "," as the
// separator, "=3+3" became 6 while "x;=1+1", "\u200b=4+4" and "＝5+5" stayed
// text; with ";" as the separator, "x;=1+1,0.5" became "x" and a formula
// (Err:509), and "x;'=1+1,0.5" became "x" and text. Excel and Google Sheets
// accept more (leading spaces, full-width signs typed in East Asian
// locales), so the rules above are the union, not LibreOffice's alone.
//
// So that Uncell can reverse it exactly, a piece that already starts with
// apostrophes followed by a formula starter gets one more. Every other
// value is returned unchanged.
func Cell(s string) string {
	if !strings.ContainsRune(s, ';') {
		if risky(s) {
			return "'" + s
		}
		return s
	}
	var b strings.Builder
	for i, piece := range strings.Split(s, ";") {
		if i > 0 {
			b.WriteByte(';')
		}
		if risky(piece) {
			b.WriteByte('\'')
		}
		b.WriteString(piece)
	}
	return b.String()
}

// Uncell undoes Cell for programs that read Tippani's CSV files back:
// Uncell(Cell(s)) == s for every s.
func Uncell(s string) string {
	pieces := strings.Split(s, ";")
	for i, p := range pieces {
		if len(p) > 0 && p[0] == '\'' && risky(p[1:]) {
			pieces[i] = p[1:]
		}
	}
	return strings.Join(pieces, ";")
}

// risky reports whether a cell starting with s (after any leading
// apostrophes) would be run as a formula: see Cell.
func risky(s string) bool {
	s = strings.TrimLeft(s, "'")
	if s != "" && (s[0] == '\t' || s[0] == '\r') {
		return true
	}
	for _, r := range s {
		if invisible(r) {
			continue
		}
		return formulaStart(r)
	}
	return false
}

// invisible reports whether r shows nothing where it stands: white space,
// format characters (Cf: zero-width space and joiners, BOM, bidi controls,
// soft hyphen) and Unicode's other default-ignorable characters (variation
// selectors, Hangul fillers, combining grapheme joiner).
func invisible(r rune) bool {
	return unicode.IsSpace(r) || unicode.Is(unicode.Cf, r) ||
		unicode.Is(unicode.Other_Default_Ignorable_Code_Point, r) ||
		unicode.Is(unicode.Variation_Selector, r)
}

// formulaStart reports whether r, or its compatibility form, is one of the
// characters that start a formula.
func formulaStart(r rune) bool {
	if r == '−' { // U+2212 MINUS SIGN
		return true
	}
	if r >= utf8.RuneSelf {
		var buf [utf8.UTFMax]byte
		folded := norm.NFKC.Bytes(buf[:utf8.EncodeRune(buf[:], r)])
		if len(folded) != 1 {
			return false
		}
		r = rune(folded[0])
	}
	return r == '=' || r == '+' || r == '-' || r == '@'
}
