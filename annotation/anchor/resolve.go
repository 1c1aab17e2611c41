package anchor

import (
	"cmp"
	"slices"
)

// placed is the placement of the annotation given at index.
type placed struct {
	placement
	index  int
	person bool // made or confirmed by a person (or of unspecified source)
}

// compareRank orders placements competing for the same text, best first:
// a person's before the model's, then the one found more surely, then the
// one given first.
func compareRank(p, q placed) int {
	if p.person != q.person {
		if p.person {
			return -1
		}
		return 1
	}
	return cmp.Or(cmp.Compare(p.how, q.how), cmp.Compare(p.index, q.index))
}

// resolve drops placements that overlap a better one (see compareRank). It
// returns the placements kept, in text order, and the indexes of those
// dropped. found is reordered.
//
// Placements are cut into clusters that overlap one another (most are
// clusters of one); within a cluster the best are kept first, each
// dropped if it overlaps one kept before it.
func resolve(found []placed) (kept []placed, beaten []int) {
	byPlace := func(p, q placed) int {
		return cmp.Or(cmp.Compare(p.start, q.start), cmp.Compare(p.end, q.end), cmp.Compare(p.index, q.index))
	}
	if !slices.IsSortedFunc(found, byPlace) { // annotations usually come sorted
		slices.SortFunc(found, byPlace)
	}
	kept = make([]placed, 0, len(found))
	for i := 0; i < len(found); {
		j, reach := i+1, found[i].end
		for j < len(found) && found[j].start < reach {
			reach = max(reach, found[j].end)
			j++
		}
		cluster := found[i:j]
		if len(cluster) > 1 {
			slices.SortFunc(cluster, compareRank)
		}
		from := len(kept)
		for _, c := range cluster {
			if slices.ContainsFunc(kept[from:], func(k placed) bool { return k.start < c.end && c.start < k.end }) {
				beaten = append(beaten, c.index)
				continue
			}
			kept = append(kept, c)
		}
		if len(cluster) > 1 { // back to text order; kept spans are disjoint
			slices.SortFunc(kept[from:], func(p, q placed) int { return cmp.Compare(p.start, q.start) })
		}
		i = j
	}
	return kept, beaten
}
