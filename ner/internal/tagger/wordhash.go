package tagger

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
