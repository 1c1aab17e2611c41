package tagger

import "math"

// expNonPositive sets dst[i] = e^src[i] for src[i] ≤ 0 (NaN for NaN),
// within a few units in the last place of math.Exp. Results below the
// smallest normal float64 (src[i] < −708.39) come back as 0 rather than
// subnormal.
//
// The forward-backward pass needs seven of these per token. On amd64
// math.Exp is assembly, but under js/wasm it is portable Go with special
// cases and a division, and every call is costly there; this loop of a
// straight-line reduction and polynomial runs about as fast natively and
// much faster under wasm.
func expNonPositive(dst, src []float64) {
	const (
		log2e = 1.4426950408889634
		ln2Hi = 6.93147180369123816490e-01
		ln2Lo = 1.90821492927058770002e-10
	)
	dst = dst[:len(src)]
	for i, x := range src {
		if !(x >= -708.39) { // also catches NaN
			dst[i] = 0
			if x != x {
				dst[i] = x
			}
			continue
		}
		// x = k·ln2 + r with |r| ≤ ln2/2, so e^x = 2^k · e^r.
		kf := math.Floor(x*log2e + 0.5)
		r := (x - kf*ln2Hi) - kf*ln2Lo
		// Taylor series of e^r to r^12/12!: the truncation error is
		// below 0.35^13/13! ≈ 2.2e-16 relative.
		p := 1 + r*(1+r*(1.0/2+r*(1.0/6+r*(1.0/24+r*(1.0/120+r*(1.0/720+r*(1.0/5040+
			r*(1.0/40320+r*(1.0/362880+r*(1.0/3628800+r*(1.0/39916800+r*(1.0/479001600))))))))))))
		dst[i] = p * math.Float64frombits(uint64(int64(kf)+1023)<<52)
	}
}
