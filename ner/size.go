package ner

// Shrink returns a copy of m with weights re-quantized to qbits (8 or
// 16) and every weight whose magnitude is below prune (in weight units)
// dropped. Rows left all zero are not stored, so pruning shrinks the
// model file; the table in MODEL.md shows what each step costs in F1.
func (m *Model) Shrink(qbits int, prune float64) *Model {
	c := &Model{
		bits: m.bits, start: m.start, trans: m.trans, mined: m.mined,
		known: m.known, calib: m.calib, salt: m.salt, oBias: m.oBias, Info: m.Info,
	}
	w := make([]float32, m.rows()*numLabels)
	for r := 0; r < m.rows(); r++ {
		for y := 0; y < numLabels; y++ {
			w[r*numLabels+y] = float32(m.weight(r*rowStride+y)) * m.scale
		}
	}
	c.setWeights(w, qbits, float32(prune))
	c.finish()
	return c
}
