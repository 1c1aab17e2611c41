package tagger

// Shrink returns a copy of m with its weights quantized again as q says.
// Rows left all zero are not stored, so pruning shrinks the model file;
// MODEL.md's size section shows what each step costs in F1.
func (m *Model) Shrink(q Quantization) *Model {
	c := &Model{
		bits: m.bits, start: m.start, trans: m.trans, mined: m.mined,
		known: m.known, calib: m.calib, salt: m.salt, oBias: m.oBias, Info: m.Info,
	}
	w := make([]float32, m.rows()*NumLabels)
	for r := 0; r < m.rows(); r++ {
		for y := 0; y < NumLabels; y++ {
			w[r*NumLabels+y] = float32(m.weight(r*rowStride+y)) * m.scale
		}
	}
	c.setWeights(w, q)
	c.finish()
	return c
}
