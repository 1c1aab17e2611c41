package tagger

// Features are 64-bit hashes: a template number mixed with a value (a
// word's key hash, a substring hash, a small class number). The bucket
// of a feature in the weight table is the top bits of one more mix, so
// every template spreads over the whole table. Two features that land in
// one bucket share weights; MODEL.md measures what that costs by
// training with smaller and larger tables.

func mix64(h uint64) uint64 {
	h ^= h >> 30
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 27
	h *= 0x94d049bb133111eb
	h ^= h >> 31
	return h
}

// feat combines a template with a value.
func feat(template, value uint64) uint64 {
	return mix64(template*0x9e3779b97f4a7c15 ^ value)
}

// feat2 combines a template with two values, order-sensitive.
func feat2(template, a, b uint64) uint64 {
	return pairFeat(feat(template, a), b)
}

// pairFeat finishes a two-value feature from its first half: feat2(t, a,
// b) is pairFeat(feat(t, a), b), so a caller that has feat(t, a) at hand
// saves a mix.
func pairFeat(first, b uint64) uint64 {
	return mix64(first*0xff51afd7ed558ccd ^ b)
}

// strHash is FNV-1a over a string's bytes; it does not allocate.
func strHash(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// bucket maps a feature hash, salted by a domain, to a weight-table row.
func bucket(h, salt uint64, bits uint) uint32 {
	return uint32(mix64(h^salt) >> (64 - bits))
}
