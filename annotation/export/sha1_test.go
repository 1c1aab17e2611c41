package export

import (
	"crypto/sha1"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

func TestSHA1MatchesCryptoSHA1(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	inputs := []string{"", "abc", strings.Repeat("a", 55), strings.Repeat("a", 56), strings.Repeat("a", 64), strings.Repeat("भारत", 1000)}
	for range 200 {
		b := make([]byte, rng.IntN(300))
		for i := range b {
			b[i] = byte(rng.Uint32())
		}
		inputs = append(inputs, string(b))
	}
	for _, in := range inputs {
		h := newSHA1()
		// Written in two pieces, to cross block edges at different places.
		cut := len(in) / 3
		h.writeString(in[:cut])
		h.writeString(in[cut:])
		if got, want := h.sum(), sha1.Sum([]byte(in)); got != want {
			t.Fatalf("SHA-1 of %d bytes: %x, want %x", len(in), got, want)
		}
	}
}

// TestNameUUIDIsVersion5 checks nameUUID against an RFC 9562 version 5
// UUID built with crypto/sha1 and fmt, as ids were made before.
func TestNameUUIDIsVersion5(t *testing.T) {
	for _, name := range []string{"", "text\x00नमस्ते", "annotation\x00x"} {
		sum := sha1.Sum(append(tippaniNamespace[:], name...))
		u := sum[:16]
		u[6] = u[6]&0x0f | 0x50
		u[8] = u[8]&0x3f | 0x80
		want := fmt.Sprintf("urn:uuid:%x-%x-%x-%x-%x", u[0:4], u[4:6], u[6:8], u[8:10], u[10:16])
		if got := nameUUID(name); got != want {
			t.Errorf("nameUUID(%q) = %s, want %s", name, got, want)
		}
	}
}
