package annotation

import (
	"testing"
	"time"
)

// TestTimesMatchTheTimePackage checks formatTime and parseTime against
// time.RFC3339Nano, which the document format wrote and read before.
func TestTimesMatchTheTimePackage(t *testing.T) {
	for _, when := range []time.Time{
		{}, time.Date(2026, 11, 29, 5, 0, 0, 123000000, time.UTC), time.Date(2024, 2, 29, 23, 59, 59, 999999999, time.UTC),
		time.Date(1999, 12, 31, 0, 0, 0, 1, time.FixedZone("IST", 19800)), time.Unix(0, 0), time.Date(9999, 1, 2, 3, 4, 5, 600, time.UTC),
	} {
		want := when.UTC().Format(time.RFC3339Nano)
		if got := formatTime(when); got != want {
			t.Errorf("formatTime(%v) = %s, want %s", when, got, want)
		}
	}
	for _, s := range []string{
		"2026-11-29T10:00:00Z", "2026-11-29T10:00:00.5Z", "2026-11-29T10:00:00.123456789+05:30", "2024-02-29T00:00:00-00:00",
		"2023-02-29T00:00:00Z", "2026-13-01T00:00:00Z", "2026-00-01T00:00:00Z", "2026-04-31T00:00:00Z", "2026-01-01T24:00:00Z",
		"2026-01-01T00:60:00Z", "2026-01-01T00:00:60Z", "2026-01-01T00:00:00", "2026-01-01 00:00:00Z", "2026-01-01T00:00:00.Z",
		"2026-01-01T00:00:00.1234567890Z", "2026-01-01T00:00:00+5:30", "2026-01-01T00:00:00+24:00", "yesterday", "",
		"2026-01-01T00:00:00z", "+2026-01-01T00:00:00Z", "2026-1-01T00:00:00Z", "2026-01-01T00:00:00Zx",
	} {
		want, werr := time.Parse(time.RFC3339Nano, s)
		got, ok := parseTime(s)
		if ok != (werr == nil) || ok && !got.Equal(want) {
			t.Errorf("parseTime(%q) = %v, %v; time.Parse gives %v, %v", s, got, ok, want, werr)
		}
	}
}
