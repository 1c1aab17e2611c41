package gazetteer

// phraseTable maps phrase hashes to lists. It does the job of a
// map[uint64]Kind, but the recognizer probes it for every token and
// candidate phrase length, and under js/wasm a Go map lookup costs
// several times a probe of this open-addressing table. The zero value is
// an empty table ready for use.
type phraseTable struct {
	slots []phraseSlot // length a power of two, at most half full
	shift uint         // 64 - log2(len(slots))
	n     int
}

type phraseSlot struct {
	hash uint64
	kind Kind
	used bool // a stored phrase may have no lists (Put with k == 0)
}

const phraseTableMinBits = 6

// home is the first slot probed for h: the top bits of a Fibonacci
// multiply, so nearby hashes spread over the table.
func (t *phraseTable) home(h uint64) uint64 {
	return (h * 0x9e3779b97f4a7c15) >> t.shift
}

// get returns the lists stored for h, or 0.
func (t *phraseTable) get(h uint64) Kind {
	if t.n == 0 {
		return 0
	}
	mask := uint64(len(t.slots) - 1)
	for i := t.home(h); ; i = (i + 1) & mask {
		s := &t.slots[i]
		if !s.used {
			return 0
		}
		if s.hash == h {
			return s.kind
		}
	}
}

// or adds the lists k to the entry for h, creating it when absent.
func (t *phraseTable) or(h uint64, k Kind) {
	// Room is made first, so the probe below ends either at the entry or
	// at the empty slot where it belongs.
	t.reserve(t.n + 1)
	mask := uint64(len(t.slots) - 1)
	i := t.home(h)
	for ; t.slots[i].used; i = (i + 1) & mask {
		if t.slots[i].hash == h {
			t.slots[i].kind |= k
			return
		}
	}
	t.slots[i] = phraseSlot{hash: h, kind: k, used: true}
	t.n++
}

// reserve makes the table large enough for n entries at most half full.
func (t *phraseTable) reserve(n int) {
	if 2*n <= len(t.slots) {
		return
	}
	bits := uint(phraseTableMinBits)
	for 1<<bits < 2*n {
		bits++
	}
	t.resize(bits)
}

func (t *phraseTable) place(s phraseSlot) {
	mask := uint64(len(t.slots) - 1)
	i := t.home(s.hash)
	for t.slots[i].used {
		i = (i + 1) & mask
	}
	t.slots[i] = s
}

// resize moves every entry into a new table of 1<<bits slots.
func (t *phraseTable) resize(bits uint) {
	old := t.slots
	t.slots = make([]phraseSlot, 1<<bits)
	t.shift = 64 - bits
	for _, s := range old {
		if s.used {
			t.place(s)
		}
	}
}

// each calls fn for every entry, in slot order.
func (t *phraseTable) each(fn func(h uint64, k Kind)) {
	for _, s := range t.slots {
		if s.used {
			fn(s.hash, s.kind)
		}
	}
}
