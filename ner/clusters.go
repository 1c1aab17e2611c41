package ner

import (
	"math"
	"math/rand"
	"sort"
)

// Word clusters learned without labels from the training text. Words
// that occur in similar contexts (the same neighbours to the left and
// right) fall into one cluster, so a name seen rarely or never in a
// labelled role still shares a feature with names that were: प्रियंका
// and सोनिया, मेरठ and आगरा. Each word gets a coarse and a fine
// cluster, from two runs of spherical k-means over its neighbour
// profile; the model file stores the cluster of every clustered word.

const (
	clusterMinCount  = 3   // rarer words are not clustered
	clusterContexts  = 400 // most frequent words used as context dimensions
	clusterCoarse    = 64
	clusterFine      = 512
	clusterIters     = 12
	clusterFineShift = 10 // cluster id = coarse<<clusterFineShift | fine, plus 1
)

type sparseVec struct {
	idx []int32
	val []float32
}

// learnClusters clusters the words of the given sentences (as key
// hashes) and returns word → coarse<<10|fine + 1.
func learnClusters(sents [][]uint64, seed int64) map[uint64]int32 {
	freq := map[uint64]int{}
	for _, s := range sents {
		for _, k := range s {
			freq[k]++
		}
	}
	type wc struct {
		k uint64
		n int
	}
	var byFreq []wc
	for k, n := range freq {
		byFreq = append(byFreq, wc{k, n})
	}
	sort.Slice(byFreq, func(i, j int) bool {
		if byFreq[i].n != byFreq[j].n {
			return byFreq[i].n > byFreq[j].n
		}
		return byFreq[i].k < byFreq[j].k
	})
	ctx := map[uint64]int32{boundaryKey: 0}
	for _, w := range byFreq {
		if len(ctx) >= clusterContexts {
			break
		}
		ctx[w.k] = int32(len(ctx))
	}
	other := int32(clusterContexts) // dimension for any rarer neighbour
	dims := 2 * (clusterContexts + 1)
	vocab := map[uint64]int{}
	var words []uint64
	for _, w := range byFreq {
		if w.n < clusterMinCount {
			break
		}
		vocab[w.k] = len(words)
		words = append(words, w.k)
	}
	counts := make([]map[int32]float32, len(words))
	for i := range counts {
		counts[i] = map[int32]float32{}
	}
	ctxOf := func(s []uint64, j int) int32 {
		if j < 0 || j >= len(s) {
			return 0
		}
		if c, ok := ctx[s[j]]; ok {
			return c
		}
		return other
	}
	for _, s := range sents {
		for j, k := range s {
			v, ok := vocab[k]
			if !ok {
				continue
			}
			counts[v][ctxOf(s, j-1)]++
			counts[v][int32(clusterContexts+1)+ctxOf(s, j+1)]++
		}
	}
	vecs := make([]sparseVec, len(words))
	for i, c := range counts {
		var norm float64
		keys := make([]int32, 0, len(c))
		for d := range c {
			keys = append(keys, d)
		}
		sort.Slice(keys, func(a, b int) bool { return keys[a] < keys[b] })
		v := sparseVec{idx: keys, val: make([]float32, len(keys))}
		for j, d := range keys {
			x := float32(math.Log1p(float64(c[d])))
			v.val[j] = x
			norm += float64(x * x)
		}
		inv := float32(1 / math.Sqrt(norm))
		for j := range v.val {
			v.val[j] *= inv
		}
		vecs[i] = v
	}
	coarse := sphericalKMeans(vecs, dims, clusterCoarse, seed)
	fine := sphericalKMeans(vecs, dims, clusterFine, seed+1)
	out := make(map[uint64]int32, len(words))
	for i, k := range words {
		out[k] = int32(coarse[i]<<clusterFineShift|fine[i]) + 1
	}
	return out
}

// sphericalKMeans clusters unit vectors by cosine similarity with a
// seeded initialization and a fixed number of iterations.
func sphericalKMeans(vecs []sparseVec, dims, k int, seed int64) []int {
	if len(vecs) < k {
		k = max(1, len(vecs))
	}
	rng := rand.New(rand.NewSource(seed))
	cent := make([]float32, k*dims)
	for c, i := range rng.Perm(len(vecs))[:k] {
		for j, d := range vecs[i].idx {
			cent[c*dims+int(d)] = vecs[i].val[j]
		}
	}
	assign := make([]int, len(vecs))
	for iter := 0; iter < clusterIters; iter++ {
		for i, v := range vecs {
			best, arg := float32(-2), 0
			for c := 0; c < k; c++ {
				row := cent[c*dims : (c+1)*dims]
				var s float32
				for j, d := range v.idx {
					s += row[d] * v.val[j]
				}
				if s > best {
					best, arg = s, c
				}
			}
			assign[i] = arg
		}
		clear(cent)
		for i, v := range vecs {
			row := cent[assign[i]*dims : (assign[i]+1)*dims]
			for j, d := range v.idx {
				row[d] += v.val[j]
			}
		}
		for c := 0; c < k; c++ {
			row := cent[c*dims : (c+1)*dims]
			var norm float64
			for _, x := range row {
				norm += float64(x * x)
			}
			if norm == 0 {
				// An empty cluster restarts at a random word.
				i := rng.Intn(len(vecs))
				for j, d := range vecs[i].idx {
					row[d] = vecs[i].val[j]
				}
				continue
			}
			inv := float32(1 / math.Sqrt(norm))
			for j := range row {
				row[j] *= inv
			}
		}
	}
	return assign
}
