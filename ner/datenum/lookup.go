package datenum

import "tippani/hindi/normalize"

// The lexicon is an open-addressing hash table keyed by folded word forms.
// A Go map would do the same job, but this table is probed once per token
// on the hot path, and under js/wasm a map lookup with its string hashing
// costs several times a simple FNV loop over the bytes.

// Folding: words are compared by their matching key (normalize.Key), the
// project's one fold for look-ups: it ignores the nukta, ZWJ/ZWNJ and
// case, reads chandrabindu as anusvara and a nasal with virama before its
// class consonant as anusvara. These are the spelling variations Hindi
// news text shows for the same word (फ़ीसदी/फीसदी, पाँच/पांच, सितम्बर/
// सितंबर); the display form the engine feeds in keeps them, and
// normalize.KeyHash and KeyEqual fold them while hashing and comparing,
// without building the key.

const maxWordBytes = 48 // longer tokens are never lexicon words

type slot struct {
	hash  uint64 // normalize.KeyHash of key, compared before the bytes
	key   string // matching key; "" marks an empty slot
	entry lexEntry
}

var table []slot
var tableMask uint64

func init() {
	size := 1
	for size < 4*len(words) {
		size <<= 1
	}
	table = make([]slot, size)
	tableMask = uint64(size - 1)
	for _, w := range words {
		key := normalize.Key(w.form)
		h := normalize.KeyHash(key)
		for i := h & tableMask; ; i = (i + 1) & tableMask {
			s := &table[i]
			if s.key == "" {
				s.hash, s.key = h, key
				s.entry = lexEntry{flags: w.flags, val: w.val}
				break
			}
			if s.key == key {
				// A form listed twice keeps every role it was given.
				s.entry.flags |= w.flags
				if s.entry.val == 0 {
					s.entry.val = w.val
				}
				break
			}
		}
	}
}

// lookup returns the lexicon entry for a token's text, or a zero entry.
func lookup(s string) lexEntry {
	if len(s) == 0 || len(s) > maxWordBytes {
		return lexEntry{}
	}
	h := normalize.KeyHash(s)
	for i := h & tableMask; ; i = (i + 1) & tableMask {
		sl := &table[i]
		if sl.key == "" {
			return lexEntry{}
		}
		if sl.hash == h && normalize.KeyEqual(s, sl.key) {
			return sl.entry
		}
	}
}
