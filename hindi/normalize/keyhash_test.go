package normalize

import (
	"hash/fnv"
	"testing"
)

func fnvOf(s string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(s))
	return h.Sum64()
}

var keyHashCases = []string{
	"", "भारत", "इज़राइल", "इ\u095Bराइल", "हिन्दी", "सम्बन्ध", "पाँच", "JWG", "MoU", "Ünïcode",
	"क\u200Dष", "२०२४", "‘उद्धरण’", "\xff\xfe", "न्\u200Cद", "ङ्क", "abc DEF",
}

func TestKeyHashIsHashOfKey(t *testing.T) {
	for _, s := range keyHashCases {
		k := Key(s)
		if got, want := KeyHash(s), fnvOf(k); got != want {
			t.Errorf("KeyHash(%q) = %x, FNV of Key %q = %x", s, got, k, want)
		}
		if !KeyEqual(s, k) || KeyEqual(s, k+"x") || (k != "" && KeyEqual(s, k[:len(k)-1])) {
			t.Errorf("KeyEqual(%q, %q) wrong", s, k)
		}
	}
	if KeyEqual("JWG", "JWG") {
		t.Error("KeyEqual accepted a key that is not a key")
	}
}

func FuzzKeyHash(f *testing.F) {
	for _, s := range keyHashCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := Key(s)
		if KeyHash(s) != fnvOf(k) || KeyHash(k) != KeyHash(s) {
			t.Fatalf("KeyHash(%q) is not the hash of Key %q", s, k)
		}
		if !KeyEqual(s, k) || KeyEqual(s, k+"a") {
			t.Fatalf("KeyEqual(%q, %q) wrong", s, k)
		}
	})
}

func TestKeyHashDoesNotAllocate(t *testing.T) {
	if n := testing.AllocsPerRun(100, func() {
		KeyHash("इ\u095Bराइल हिन्दी JWG")
		KeyEqual("हिन्दी", "हिंदी")
	}); n != 0 {
		t.Errorf("%v allocations", n)
	}
}
