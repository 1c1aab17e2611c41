package normalize

import (
	"math/rand/v2"
	"strings"
	"testing"
)

func TestKey(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"nukta removed", "इज\u093Cराइल", "इजराइल"},
		{"precomposed nukta letter", "इ\u095Bराइल", "इजराइल"},
		{"already a key", "इजराइल", "इजराइल"},
		{"composed nukta letters", "\u0929\u0931\u0934", "नरळ"},
		{"chandrabindu to anusvara", "हाँ", "हां"},
		{"Devanagari digits to ASCII", "२०२५ और 2025", "2025 और 2025"},
		{"curly quotes", "“एमओयू” ‘हाँ’", "\"एमओयू\" 'हां'"},
		{"Latin lower-cased", "JWG MoU Émile", "jwg mou émile"},
		{"न् before त-class", "हिन्दी", "हिंदी"},
		{"म् before प-class", "सम्बन्ध", "संबंध"},
		{"ङ् before क-class", "गङ्गा", "गंगा"},
		{"ञ् before च-class", "चञ्चल", "चंचल"},
		{"ण् before ट-class", "कण्ठ", "कंठ"},
		{"nasal before another class kept", "अन्य जन्म", "अन्य जन्म"},
		{"nasal before nukta consonant of its class", "तम्फ़", "तंफ"},
		{"joiners dropped", "र्\u200Dय", "र्य"},
		{"nasal, virama, joiner, consonant", "हिन्\u200Dदी", "हिंदी"},
		{"composed nukta nasal", "\u0929\u094Dत", "\u0902त"},
		{"nasal with nukta before virama", "न\u093C\u094Dत", "\u0902त"},
	}
	for _, c := range cases {
		if got := Key(c.in); got != c.want {
			t.Errorf("%s: Key(%q) = %q, want %q", c.name, c.in, got, c.want)
		}
		if got := Key(c.want); got != c.want {
			t.Errorf("%s: Key not idempotent: Key(%q) = %q", c.name, c.want, got)
		}
	}
}

// TestKeySpellingsMeet checks that the spellings of one name that readers
// see as the same word share one key, whether raw or in display form.
func TestKeySpellingsMeet(t *testing.T) {
	spellings := []string{"इज़राइल", "इजराइल", "इ\u095Bराइल", "इज\u093Cराइल"}
	want := Key(spellings[0])
	for _, s := range spellings {
		if Key(s) != want || Key(String(s)) != want {
			t.Errorf("Key(%q) = %q, Key(String) = %q, want %q", s, Key(s), Key(String(s)), want)
		}
	}
}

func TestKeyDoesNotAllocateWhenUnchanged(t *testing.T) {
	word := "प्रौद्योगिकी"
	if n := testing.AllocsPerRun(100, func() { Key(word) }); n != 0 {
		t.Errorf("Key of a key allocated %v times", n)
	}
}

func FuzzKey(f *testing.F) {
	for _, s := range []string{"इज़राइल", "हिन्दी", "ङ्", "न्\u200D", "A“", "\u0958\u093C", "\u0929\u094Dत", "न\u093C\u094Dत", "म्\u093Cप"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := Key(s)
		if Key(k) != k {
			t.Fatalf("Key not idempotent: %q → %q → %q", s, k, Key(k))
		}
	})
}

// TestKeyRandom checks idempotence and the no-change fast path on strings
// assembled from the characters the key folds.
func TestKeyRandom(t *testing.T) {
	alphabet := []string{
		"न", "म", "ङ", "ञ", "ण", "क", "ज", "त", "प", "च", "ट", "\u093C", "\u094D", "\u200D",
		"\u200C", "\u0901", "\u0902", "\u0929", "\u0931", "\u0958", "\u095B", "१", "1", "A",
		"a", "“", "‘", "É", "ा",
	}
	rng := rand.New(rand.NewPCG(7, 8))
	for n := 0; n < 50000; n++ {
		var b strings.Builder
		for k := rng.IntN(8); k >= 0; k-- {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		s := b.String()
		k := Key(s)
		if Key(k) != k {
			t.Fatalf("Key not idempotent: %+q → %+q → %+q", s, k, Key(k))
		}
		if firstKeyChange(s) == len(s) && k != s {
			t.Fatalf("fast path missed a change in %+q", s)
		}
	}
}
