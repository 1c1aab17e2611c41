package datenum

import "testing"

func TestLookupFolds(t *testing.T) {
	for _, c := range []struct {
		word string
		want flag
	}{
		{"फ़रवरी", fMonth}, {"फरवरी", fMonth}, {"फ़ीसदी", fPercent}, {"पाँच", fNumWord}, {"पांच", fNumWord},
		{"IST", fZone}, {"Ist", fZone}, {"हज़ार", fScale}, {"हजार", fScale}, {"January", fMonth},
		{"दिस\u200dंबर", fMonth}, {"सितम्बर", fMonth}, {"सितंबर", fMonth}, {"नवंबरी", 0}, {"", 0}, {"ज़", 0},
	} {
		if got := lookup(c.word).flags & c.want; got != c.want || (c.want == 0 && lookup(c.word).flags != 0) {
			t.Errorf("lookup(%q) flags %b, want %b", c.word, lookup(c.word).flags, c.want)
		}
	}
}
