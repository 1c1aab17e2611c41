package tagger

// KnownWords is a one-hash bit set over word key hashes: the words seen
// at least vocabMinCount times in training. A word outside it is "rare",
// and rare words after a title or before a postposition are where unseen
// names hide. With 2^19 bits and roughly 30,000 words, about one rare
// word in seventeen collides with a known one and loses the cue; the set
// costs 64 KiB in the model file.
type KnownWords []uint64

const (
	vocabBits     = 19
	vocabMinCount = 2
)

func NewKnownWords() KnownWords { return make(KnownWords, (1<<vocabBits)/64) }

func (k KnownWords) slot(h uint64) (int, uint64) {
	b := mix64(h^0x632be59bd9b4e019) >> (64 - vocabBits)
	return int(b / 64), 1 << (b % 64)
}

func (k KnownWords) add(h uint64) {
	i, bit := k.slot(h)
	k[i] |= bit
}

func (k KnownWords) has(h uint64) bool {
	if k == nil {
		return true
	}
	i, bit := k.slot(h)
	return k[i]&bit != 0
}

// BuildKnownWords makes the known-word set from key-hash counts per
// fold, leaving out fold skip (-1 keeps all).
func BuildKnownWords(counts map[uint64][]int32, skip int) KnownWords {
	k := NewKnownWords()
	for h, perFold := range counts {
		var n int32
		for f, c := range perFold {
			if f != skip {
				n += c
			}
		}
		if n >= vocabMinCount {
			k.add(h)
		}
	}
	return k
}
