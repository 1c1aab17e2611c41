package ner

// wordTable maps words to int32 values: the featurizer's word cache. It
// does the job of a map[string]int32 but is an open-addressing table
// probed by a 64-bit hash (wordHash), because this lookup runs once per
// token and under js/wasm a Go map with string keys costs several times
// the probe. The caller hashes the word once and passes the hash to both
// find and insert. The zero value is an empty table ready for use.
type wordTable struct {
	slots []wordSlot // length a power of two, at most half full
	shift uint       // 64 - log2(len(slots))
	n     int
}

type wordSlot struct {
	hash uint64
	word string
	val  int32
	used bool
}

const wordTableMinBits = 10

// home is the first slot probed for hash h: the top bits of a Fibonacci
// multiply, so that every bit of the hash reaches the index.
func (t *wordTable) home(h uint64) uint64 {
	return (h * 0x9e3779b97f4a7c15) >> t.shift
}

// find returns the value stored for word, whose wordHash is h.
func (t *wordTable) find(word string, h uint64) (int32, bool) {
	if t.n == 0 {
		return 0, false
	}
	mask := uint64(len(t.slots) - 1)
	for i := t.home(h); ; i = (i + 1) & mask {
		s := &t.slots[i]
		if !s.used {
			return 0, false
		}
		if s.hash == h && s.word == word {
			return s.val, true
		}
	}
}

// insert stores v for word, whose wordHash is h. The word must not be in
// the table yet (the caller has just failed to find it).
func (t *wordTable) insert(word string, h uint64, v int32) {
	if 2*(t.n+1) > len(t.slots) {
		t.grow()
	}
	t.place(wordSlot{hash: h, word: word, val: v, used: true})
	t.n++
}

func (t *wordTable) place(s wordSlot) {
	mask := uint64(len(t.slots) - 1)
	i := t.home(s.hash)
	for t.slots[i].used {
		i = (i + 1) & mask
	}
	t.slots[i] = s
}

// grow doubles the table (or makes the first one) and re-places every word.
func (t *wordTable) grow() {
	old := t.slots
	bits := uint(wordTableMinBits)
	if len(old) > 0 {
		bits = uint(64-t.shift) + 1
	}
	t.slots = make([]wordSlot, 1<<bits)
	t.shift = 64 - bits
	for _, s := range old {
		if s.used {
			t.place(s)
		}
	}
}

// reset empties the table, keeping its storage.
func (t *wordTable) reset() {
	clear(t.slots)
	t.n = 0
}

// len is the number of stored words.
func (t *wordTable) len() int { return t.n }

// wordHash hashes a word for the word cache. It reads eight bytes per
// step (the compiler merges the byte loads into one, natively and under
// js/wasm), where strHash, whose values the model depends on, must read
// one: a Devanagari word is 10–30 bytes. It is not part of any stored
// format and may change freely.
func wordHash(s string) uint64 {
	h := uint64(len(s)) * 0x9e3779b97f4a7c15
	for len(s) >= 8 {
		v := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
			uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
		h = (h ^ v) * 0xbf58476d1ce4e5b9
		h ^= h >> 29
		s = s[8:]
	}
	// The last 0–7 bytes as at most three loads rather than a loop of
	// up to seven trips (each trip is costly under js/wasm). The length
	// is in h, so the tail bytes determine v one to one.
	var v uint64
	k := uint(0)
	if len(s)&4 != 0 {
		v = uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24
		s, k = s[4:], 32
	}
	if len(s)&2 != 0 {
		v |= (uint64(s[0]) | uint64(s[1])<<8) << k
		s, k = s[2:], k+16
	}
	if len(s)&1 != 0 {
		v |= uint64(s[0]) << k
	}
	h = (h ^ v) * 0x94d049bb133111eb
	return h ^ h>>32
}
