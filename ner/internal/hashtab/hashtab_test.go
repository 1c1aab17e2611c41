package hashtab

import (
	"math/rand"
	"testing"
)

// A table keyed by hash alone (struct{} keys) must answer exactly as a
// map would, including for a zero hash and for keys stored with a zero
// value, as the gazetteer's phrase lists use it.
func TestHashKeyedTableMatchesMap(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	var tab Table[struct{}, uint16]
	ref := map[uint64]uint16{}
	hashes := []uint64{0, 1, 1 << 63}
	for range 20000 {
		hashes = append(hashes, rng.Uint64())
	}
	for i, h := range hashes {
		k := uint16(rng.Intn(1 << 16))
		if i%5 == 0 { // the same key again, with more bits
			h = hashes[rng.Intn(i+1)]
		}
		*tab.Value(h, struct{}{}) |= k
		ref[h] |= k
	}
	if tab.Len() != len(ref) {
		t.Fatalf("%d entries, map has %d", tab.Len(), len(ref))
	}
	get := func(h uint64) uint16 {
		v, _ := tab.Find(h, struct{}{})
		return v
	}
	for h, k := range ref {
		if got := get(h); got != k {
			t.Fatalf("Find(%#x) = %v, want %v", h, got, k)
		}
	}
	for range 20000 {
		h := rng.Uint64()
		if got := get(h); got != ref[h] {
			t.Fatalf("Find(%#x) = %v, want %v", h, got, ref[h])
		}
	}
	seen := 0
	tab.Each(func(h uint64, _ struct{}, k uint16) {
		seen++
		if want, ok := ref[h]; !ok || want != k {
			t.Fatalf("Each gave %#x %v, map has %v %v", h, k, want, ok)
		}
	})
	if seen != len(ref) {
		t.Fatalf("Each visited %d entries, want %d", seen, len(ref))
	}
}

// Keys that share a hash are told apart by ==.
func TestKeysSharingAHash(t *testing.T) {
	var tab Table[string, int]
	for i, k := range []string{"a", "b", "c"} {
		*tab.Value(42, k) = i + 1
	}
	for i, k := range []string{"a", "b", "c"} {
		if v, ok := tab.Find(42, k); !ok || v != i+1 {
			t.Errorf("Find(42, %q) = %d, %v; want %d", k, v, ok, i+1)
		}
	}
	if _, ok := tab.Find(42, "d"); ok {
		t.Error("found a key never stored")
	}
}
