package annotation

import (
	"strconv"
	"time"
)

// The document format writes times as RFC 3339 in UTC, with as many
// fraction digits as needed ("2026-11-29T05:00:00.123Z"), as Go's
// time.RFC3339Nano layout writes them. These two functions do that without
// the time package's general layout engine, which the browser engine would
// otherwise link for two fixed formats.

// FormatTime writes t in UTC as RFC 3339 with the shortest exact fraction
// (none for a whole second), as documents store times: what
// t.UTC().Format(time.RFC3339Nano) gives for years 0–9999.
func FormatTime(t time.Time) string { return formatTime(t) }

func formatTime(t time.Time) string {
	t = t.UTC()
	year, month, day := t.Date()
	hour, minute, sec := t.Clock()
	b := make([]byte, 0, 30)
	b = appendDigits(b, year, 4)
	b = append(b, '-')
	b = appendDigits(b, int(month), 2)
	b = append(b, '-')
	b = appendDigits(b, day, 2)
	b = append(b, 'T')
	b = appendDigits(b, hour, 2)
	b = append(b, ':')
	b = appendDigits(b, minute, 2)
	b = append(b, ':')
	b = appendDigits(b, sec, 2)
	if ns := t.Nanosecond(); ns != 0 {
		frac := appendDigits(nil, ns, 9)
		for frac[len(frac)-1] == '0' {
			frac = frac[:len(frac)-1]
		}
		b = append(b, '.')
		b = append(b, frac...)
	}
	return string(append(b, 'Z'))
}

// appendDigits writes n with at least width digits, zero-padded.
func appendDigits(b []byte, n, width int) []byte {
	s := strconv.Itoa(n)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// parseTime reads an RFC 3339 date and time, YYYY-MM-DDTHH:MM:SS with an
// optional fraction (digits past the ninth are dropped) and Z or a ±HH:MM offset, as
// time.Parse(time.RFC3339Nano, s) does, and returns it in UTC.
func parseTime(s string) (time.Time, bool) {
	num := func(i, n int) (int, bool) {
		if i+n > len(s) {
			return 0, false
		}
		v := 0
		for _, c := range []byte(s[i : i+n]) {
			if c < '0' || c > '9' {
				return 0, false
			}
			v = v*10 + int(c-'0')
		}
		return v, true
	}
	at := func(i int, c byte) bool { return i < len(s) && s[i] == c }
	year, ok1 := num(0, 4)
	month, ok2 := num(5, 2)
	day, ok3 := num(8, 2)
	hour, ok4 := num(11, 2)
	minute, ok5 := num(14, 2)
	sec, ok6 := num(17, 2)
	if !(ok1 && ok2 && ok3 && ok4 && ok5 && ok6 && at(4, '-') && at(7, '-') && at(10, 'T') && at(13, ':') && at(16, ':')) {
		return time.Time{}, false
	}
	if month < 1 || month > 12 || day < 1 || day > daysIn(month, year) || hour > 23 || minute > 59 || sec > 59 {
		return time.Time{}, false
	}
	i, ns := 19, 0
	if at(i, '.') {
		j := i + 1
		for j < len(s) && '0' <= s[j] && s[j] <= '9' {
			j++
		}
		if j == i+1 {
			return time.Time{}, false
		}
		digits := min(j-i-1, 9) // further digits are below a nanosecond
		ns, _ = num(i+1, digits)
		for k := digits; k < 9; k++ {
			ns *= 10
		}
		i = j
	}
	offset := 0
	switch {
	case at(i, 'Z') && i+1 == len(s):
	case (at(i, '+') || at(i, '-')) && i+6 == len(s) && at(i+3, ':'):
		oh, ok1 := num(i+1, 2)
		om, ok2 := num(i+4, 2)
		if !ok1 || !ok2 || oh > 24 || om > 59 {
			return time.Time{}, false
		}
		offset = (oh*60 + om) * 60
		if s[i] == '-' {
			offset = -offset
		}
	default:
		return time.Time{}, false
	}
	t := time.Date(year, time.Month(month), day, hour, minute, sec, ns, time.UTC)
	return t.Add(-time.Duration(offset) * time.Second), true
}

func daysIn(month, year int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}
