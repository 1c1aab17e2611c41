package datenum

import "testing"

func TestLookupFolds(t *testing.T) {
	for _, c := range []struct {
		word string
		want flag
	}{
		{"फ़रवरी", fMonth}, {"फरवरी", fMonth}, {"फ़ीसदी", fPercent}, {"पाँच", fNumWord}, {"पांच", fNumWord},
		{"IST", fZone}, {"Ist", fZone}, {"हज़ार", fScale}, {"हजार", fScale}, {"January", fMonth},
		{"दिस\u200dंबर", fMonth}, {"नवंबरी", 0}, {"", 0}, {"ज़", 0},
	} {
		if got := lookup(c.word).flags & c.want; got != c.want || (c.want == 0 && lookup(c.word).flags != 0) {
			t.Errorf("lookup(%q) flags %b, want %b", c.word, lookup(c.word).flags, c.want)
		}
		if foldHash(c.word) != foldHash(foldString(c.word)) {
			t.Errorf("foldHash(%q) differs from the hash of its folded form", c.word)
		}
	}
}

// foldHashBytewise is FNV-1a over foldString(s), one byte at a time: the
// reference foldHash's faster loop must agree with.
func foldHashBytewise(s string) uint64 {
	h := uint64(fnvOffset)
	for _, c := range []byte(foldString(s)) {
		h = (h ^ uint64(c)) * fnvPrime
	}
	return h
}

func TestFoldHashMatchesBytewise(t *testing.T) {
	for _, s := range []string{"", "a", "फ़रवरी", "पाँच", "दिस\u200dंबर", "IST", "\xe0\xa4", "\xe0", "\xe0\xe0\xa4\xbc", "क\xe0\xa4\xbcख", "\xe0A\x81"} {
		if got, want := foldHash(s), foldHashBytewise(s); got != want {
			t.Errorf("foldHash(%q) = %x, byte by byte %x", s, got, want)
		}
	}
	for _, w := range words {
		if got, want := foldHash(w.form), foldHashBytewise(w.form); got != want {
			t.Errorf("foldHash(%q) = %x, byte by byte %x", w.form, got, want)
		}
	}
}

func FuzzFoldHash(f *testing.F) {
	f.Add("फ़रवरी पाँच")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := foldHash(s), foldHashBytewise(s); got != want {
			t.Fatalf("foldHash(%q) = %x, byte by byte %x", s, got, want)
		}
	})
}
