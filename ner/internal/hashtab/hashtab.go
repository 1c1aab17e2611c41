// Package hashtab is the open-addressing hash table behind the tagger's
// per-token look-ups: the featurizer's word cache and the gazetteer's
// phrase lists. It does the job of a Go map, but the caller hashes the key
// once and passes the hash, and a probe is a few loads and compares: under
// js/wasm a Go map look-up costs several times that, and these run for
// every token and candidate phrase.
package hashtab

// Table maps keys, each with a 64-bit hash the caller computes, to
// values. Keys with the same hash are told apart by ==; a caller whose
// hash is the whole key uses struct{} keys. The zero value is an empty
// table ready for use. Reads may run concurrently; writes may not.
type Table[K comparable, V any] struct {
	slots []slot[K, V] // length a power of two, at most half full
	shift uint         // 64 - log2(len(slots))
	n     int
}

type slot[K comparable, V any] struct {
	hash uint64
	key  K
	val  V
	used bool
}

// minBits sizes the first table: 64 slots.
const minBits = 6

// home is the first slot probed for hash h: the top bits of a Fibonacci
// multiply, so that every bit of the hash reaches the index.
func (t *Table[K, V]) home(h uint64) uint64 {
	return (h * 0x9e3779b97f4a7c15) >> t.shift
}

// Find returns the value stored for key, whose hash is h. It fits the
// inliner's budget: it runs once per token.
func (t *Table[K, V]) Find(h uint64, key K) (v V, ok bool) {
	if t.n != 0 {
		mask := uint64(len(t.slots) - 1)
		for i := t.home(h); t.slots[i].used; i = (i + 1) & mask {
			if s := &t.slots[i]; s.hash == h && s.key == key {
				return s.val, true
			}
		}
	}
	return v, false
}

// Value returns the value stored for key, whose hash is h, for the caller
// to read or change; a key not yet stored is added with the zero value.
// The pointer is good until the next call that adds a key.
func (t *Table[K, V]) Value(h uint64, key K) *V {
	// Room is made first, so the probe below ends either at the key or
	// at the empty slot where it belongs.
	t.Reserve(t.n + 1)
	mask := uint64(len(t.slots) - 1)
	i := t.home(h)
	for ; t.slots[i].used; i = (i + 1) & mask {
		if s := &t.slots[i]; s.hash == h && s.key == key {
			return &s.val
		}
	}
	t.slots[i] = slot[K, V]{hash: h, key: key, used: true}
	t.n++
	return &t.slots[i].val
}

// Reserve makes the table large enough for n keys at most half full.
func (t *Table[K, V]) Reserve(n int) {
	if 2*n <= len(t.slots) {
		return
	}
	bits := uint(minBits)
	for 1<<bits < 2*n {
		bits++
	}
	old := t.slots
	t.slots = make([]slot[K, V], 1<<bits)
	t.shift = 64 - bits
	mask := uint64(len(t.slots) - 1)
	for _, s := range old {
		if s.used {
			i := t.home(s.hash)
			for t.slots[i].used {
				i = (i + 1) & mask
			}
			t.slots[i] = s
		}
	}
}

// Reset empties the table, keeping its storage.
func (t *Table[K, V]) Reset() {
	clear(t.slots)
	t.n = 0
}

// Len is the number of stored keys.
func (t *Table[K, V]) Len() int { return t.n }

// Slots is the number of slots, stored keys and empty ones.
func (t *Table[K, V]) Slots() int { return len(t.slots) }

// Each calls fn for every key and value, in slot order.
func (t *Table[K, V]) Each(fn func(h uint64, key K, v V)) {
	for _, s := range t.slots {
		if s.used {
			fn(s.hash, s.key, s.val)
		}
	}
}
