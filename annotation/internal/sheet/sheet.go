// Package sheet holds the conventions Tippani's CSV files share, so that
// entity exports and score sheets open the same way in spreadsheets.
package sheet

import "strings"

// BOM is written at the start of every CSV file. Excel opens a CSV file
// without it in the legacy code page of the machine (Windows-1252 in most
// Indian and Western installations), which turns Devanagari into mojibake;
// with it, Excel, LibreOffice, Google Sheets and Numbers all read UTF-8.
// Programs reading the file should accept and drop it (Python: encoding
// "utf-8-sig"; Go: strings.TrimPrefix).
const BOM = "\ufeff"

// Cell makes a free-text value safe to open in a spreadsheet. A value whose
// first character is =, +, -, @, tab or carriage return would be run as a
// formula (a known way to attack whoever opens a shared CSV), so it gets a
// leading apostrophe, which spreadsheets show as text and hide. So that
// Uncell can reverse it exactly, a value that already starts with
// apostrophes followed by one of those characters gets one more. Every other
// value is returned unchanged.
func Cell(s string) string {
	if risky(s) {
		return "'" + s
	}
	return s
}

// Uncell undoes Cell for programs that read Tippani's CSV files back:
// Uncell(Cell(s)) == s for every s.
func Uncell(s string) string {
	if len(s) > 0 && s[0] == '\'' && risky(s[1:]) {
		return s[1:]
	}
	return s
}

// risky reports whether s, after any leading apostrophes, starts with a
// character that begins a formula.
func risky(s string) bool {
	s = strings.TrimLeft(s, "'")
	return s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0]))
}
