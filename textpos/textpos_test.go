package textpos

import (
	"testing"
	"unicode/utf16"
	"unicode/utf8"
)

// reference computes every conversion by brute force so the index can be
// checked against an independent implementation.
type reference struct {
	byteOfRune  []int
	utf16OfRune []int
}

func newReference(s string) reference {
	var ref reference
	u := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		ref.byteOfRune = append(ref.byteOfRune, i)
		ref.utf16OfRune = append(ref.utf16OfRune, u)
		if r > 0xFFFF {
			u += 2
		} else {
			u++
		}
		i += size
	}
	ref.byteOfRune = append(ref.byteOfRune, len(s))
	ref.utf16OfRune = append(ref.utf16OfRune, u)
	return ref
}

func checkIndex(t *testing.T, s string) {
	t.Helper()
	x := New(s)
	ref := newReference(s)
	if x.Runes() != len(ref.byteOfRune)-1 || x.Bytes() != len(s) || x.UTF16() != ref.utf16OfRune[len(ref.utf16OfRune)-1] {
		t.Fatalf("%q: lengths bytes=%d runes=%d utf16=%d", s, x.Bytes(), x.Runes(), x.UTF16())
	}
	for r, b := range ref.byteOfRune {
		if got := x.ByteOffset(r); got != b {
			t.Errorf("%q: ByteOffset(%d) = %d, want %d", s, r, got, b)
		}
		if got := x.RuneOffset(b); got != r {
			t.Errorf("%q: RuneOffset(%d) = %d, want %d", s, b, got, r)
		}
		u := ref.utf16OfRune[r]
		if got := x.UTF16Offset(r); got != u {
			t.Errorf("%q: UTF16Offset(%d) = %d, want %d", s, r, got, u)
		}
		if got := x.RuneFromUTF16(u); got != r {
			t.Errorf("%q: RuneFromUTF16(%d) = %d, want %d", s, u, got, r)
		}
		if got := x.UTF16FromByte(b); got != u {
			t.Errorf("%q: UTF16FromByte(%d) = %d, want %d", s, b, got, u)
		}
		if got := x.ByteFromUTF16(u); got != b {
			t.Errorf("%q: ByteFromUTF16(%d) = %d, want %d", s, u, got, b)
		}
	}
	// Offsets inside a rune round down to the rune that holds them.
	for r := 0; r+1 < len(ref.byteOfRune); r++ {
		for b := ref.byteOfRune[r] + 1; b < ref.byteOfRune[r+1]; b++ {
			if got := x.RuneOffset(b); got != r {
				t.Errorf("%q: RuneOffset(%d) inside rune %d = %d", s, b, r, got)
			}
		}
		// The low surrogate of an astral rune maps back to that rune.
		if ref.utf16OfRune[r+1]-ref.utf16OfRune[r] == 2 {
			if got := x.RuneFromUTF16(ref.utf16OfRune[r] + 1); got != r {
				t.Errorf("%q: RuneFromUTF16 low surrogate of rune %d = %d", s, r, got)
			}
		}
	}
}

func TestIndex(t *testing.T) {
	for _, s := range []string{
		"",
		"plain ASCII",
		"भारत-इज़राइल",
		"😀",
		"a😀b",
		"नमस्ते 🙏🏽 दोस्तों 👨‍👩‍👧 ठीक?",
		"𝐀𝐁 and ऩ",
		"bad \xff byte \xe0\xa4 cut",
	} {
		checkIndex(t, s)
	}
}

// TestUTF16MatchesEncoder checks the UTF-16 lengths against the standard
// library encoder, which is what a JavaScript string holds.
func TestUTF16MatchesEncoder(t *testing.T) {
	s := "क्ष 😀 त्र 🇮🇳 ज्ञ 𝄞"
	x := New(s)
	if want := len(utf16.Encode([]rune(s))); x.UTF16() != want {
		t.Fatalf("UTF16() = %d, want %d", x.UTF16(), want)
	}
}

func TestOutOfRangePanics(t *testing.T) {
	x := New("अब")
	for name, f := range map[string]func(){
		"RuneOffset":    func() { x.RuneOffset(7) },
		"ByteOffset":    func() { x.ByteOffset(3) },
		"UTF16Offset":   func() { x.UTF16Offset(-1) },
		"RuneFromUTF16": func() { x.RuneFromUTF16(3) },
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s: no panic for out-of-range offset", name)
				}
			}()
			f()
		}()
	}
}

func FuzzIndex(f *testing.F) {
	for _, s := range []string{"", "abc", "भारत 😀", "\xff\xfe", "𝐀क्‍ष"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkIndex(t, s) })
}

func TestCountRunesMatchesUTF8(t *testing.T) {
	texts := []string{"", "a", "ab नमस्ते 🙂 x", "भारत-इज़राइल संयुक्त कार्य समूह (JWG) 🙂🙂", "\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9"}
	for _, text := range texts {
		// Every suffix and prefix on a code point boundary, so the
		// eight-byte steps meet every alignment.
		for i := 0; i <= len(text); i++ {
			if i < len(text) && !utf8.RuneStart(text[i]) {
				continue
			}
			for j := i; j <= len(text); j++ {
				if j < len(text) && !utf8.RuneStart(text[j]) {
					continue
				}
				if got, want := CountRunes(text[i:j]), utf8.RuneCountInString(text[i:j]); got != want {
					t.Fatalf("CountRunes(%q) = %d, want %d", text[i:j], got, want)
				}
			}
		}
	}
}

func FuzzCountRunes(f *testing.F) {
	f.Add("भारत 🙂 abc")
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		if got, want := CountRunes(s), utf8.RuneCountInString(s); got != want {
			t.Fatalf("CountRunes(%q) = %d, want %d", s, got, want)
		}
	})
}
