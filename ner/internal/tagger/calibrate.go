package tagger

import "math"

// Calibration maps a span marginal to a confidence. The marginal is
// computed at a temperature (perceptron scores are not log-probabilities,
// so they need scaling), then Platt scaling sigmoid(A·logit(p) + B)
// corrects the remaining over- or under-confidence. All three are fitted
// on a held-out IL-NER training fold, never on dev.
type Calibration struct {
	Temperature, A, B float64
	N                 int // entities the fit used (not stored)
}

var defaultCalibration = Calibration{Temperature: 1, A: 1, B: 0}

// apply maps a span marginal to a calibrated confidence in [0, 1].
func (c Calibration) apply(p float64) float64 {
	return sigmoid(c.A*logit(p) + c.B)
}

func logit(p float64) float64 {
	const eps = 1e-6
	p = math.Min(math.Max(p, eps), 1-eps)
	return math.Log(p / (1 - p))
}

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

// calibrationTemperatures is the grid searched for the temperature.
// perceptron scores are sums of raw weights, often tens of units apart
// between the best and second-best path, so the grid reaches far up.
var calibrationTemperatures = []float64{1, 2, 4, 8, 16, 32, 64, 128, 256}

// FitCalibration tags the held-out sentences of d with m, and for each
// predicted entity records its span marginal (per temperature) and
// whether it is exactly right. It returns the temperature and Platt
// parameters with the lowest log loss.
func (m *Model) FitCalibration(d *FeatData, held func(int) bool) Calibration {
	type obs struct {
		z       []float64 // logit of the marginal, per temperature
		correct bool
	}
	var all []obs
	w := m.getWork()
	defer m.putWork(w)
	m.decodeHeld(w, d, held, func(t0, t1 int32) {
		gold := map[[3]int]bool{}
		for _, sp := range spansOf(d.gold[t0:t1]) {
			gold[sp] = true
		}
		pred := spansOfInt(w.labels)
		if len(pred) == 0 {
			return
		}
		zs := make([][]float64, len(pred))
		for ti, temp := range calibrationTemperatures {
			w.marg.prepare(&w.lat, temp)
			for k, sp := range pred {
				if ti == 0 {
					zs[k] = make([]float64, len(calibrationTemperatures))
				}
				zs[k][ti] = logit(w.marg.span(sp[0], sp[1], sp[2]))
			}
		}
		for k, sp := range pred {
			all = append(all, obs{z: zs[k], correct: gold[sp]})
		}
	})
	best := defaultCalibration
	bestLoss := math.Inf(1)
	for ti, temp := range calibrationTemperatures {
		z := make([]float64, len(all))
		y := make([]float64, len(all))
		for i, o := range all {
			z[i] = o.z[ti]
			if o.correct {
				y[i] = 1
			}
		}
		a, b, loss := plattFit(z, y)
		if loss < bestLoss {
			bestLoss = loss
			best = Calibration{Temperature: temp, A: a, B: b, N: len(all)}
		}
	}
	return best
}

// plattFit fits y ≈ sigmoid(a·z + b) by Newton's method on the log loss
// plus a weak ridge penalty (which keeps the fit finite when every z is
// alike), and returns the mean log loss.
func plattFit(z, y []float64) (a, b, loss float64) {
	const ridge = 1e-2
	a, b = 1, 0
	for iter := 0; iter < 50; iter++ {
		var ga, gb, haa, hab, hbb float64
		for i := range z {
			p := sigmoid(a*z[i] + b)
			r := p - y[i]
			ga += r * z[i]
			gb += r
			v := math.Max(p*(1-p), 1e-9)
			haa += v * z[i] * z[i]
			hab += v * z[i]
			hbb += v
		}
		ga += ridge * a
		gb += ridge * b
		haa += ridge
		hbb += ridge
		det := haa*hbb - hab*hab
		if det <= 0 {
			break
		}
		da := (hbb*ga - hab*gb) / det
		db := (haa*gb - hab*ga) / det
		a -= da
		b -= db
		if math.Abs(da)+math.Abs(db) < 1e-9 {
			break
		}
	}
	for i := range z {
		p := math.Min(math.Max(sigmoid(a*z[i]+b), 1e-12), 1-1e-12)
		loss -= y[i]*math.Log(p) + (1-y[i])*math.Log(1-p)
	}
	if len(z) > 0 {
		loss /= float64(len(z))
	}
	return a, b, loss
}

// spansOf lists entities of a label sequence as {start, end, B label}.
func spansOf(labels []int8) [][3]int {
	ls := make([]int, len(labels))
	for i, y := range labels {
		ls[i] = int(y)
	}
	return spansOfInt(ls)
}

// spansOfInt lists entities of a BIO-valid label sequence as
// {start, end, B label}. An I label that does not continue its type
// starts a new entity, as in CoNLL scoring.
func spansOfInt(labels []int) [][3]int {
	var out [][3]int
	for i, j, b := NextSpan(labels, 0); i < len(labels); i, j, b = NextSpan(labels, j) {
		out = append(out, [3]int{i, j, b})
	}
	return out
}

// NextSpan finds the first entity of labels (a BIO-valid sequence) that
// starts at or after from: tokens [i, j) with B label b. When there is
// none, i is len(labels). An I label that does not continue its type
// starts a new entity, as in CoNLL scoring.
func NextSpan[L int | int8](labels []L, from int) (i, j, b int) {
	i = from
	for i < len(labels) && labels[i] == LabelO {
		i++
	}
	if i == len(labels) {
		return i, i, LabelO
	}
	b = int(labels[i])
	if isInside(b) {
		b--
	}
	j = i + 1
	for j < len(labels) && int(labels[j]) == b+1 {
		j++
	}
	return i, j, b
}

// oBiasGrid is searched by ChooseOBias, in weight units.
var oBiasGrid = []float32{0, 0.5, 1, 1.5, 2, 3, 4, 5, 6, 8}

// decodeHeld tags every non-empty held-out sentence of d with w and calls
// visit with its token range, while w still holds the sentence's labels and
// lattice.
func (m *Model) decodeHeld(w *work, d *FeatData, held func(int) bool, visit func(t0, t1 int32)) {
	for s := 0; s < d.Sentences(); s++ {
		if !held(s) {
			continue
		}
		t0, t1 := d.sentOff[s], d.sentOff[s+1]
		if t0 == t1 {
			continue
		}
		base := d.tokOff[t0]
		m.decodeBuckets(w, int(t1-t0), d.feats[base:d.tokOff[t1]], d.tokOff[t0:t1+1], base)
		visit(t0, t1)
	}
}

// ChooseOBias returns the O bias that maximizes entity F1 (exact span
// and type, micro) on the held-out sentences of d. Perceptrons trained on
// sparse names tend to under-predict entities; this moves the operating
// point toward recall only as far as held-out data supports. The model's
// own O bias is left as it was.
func (m *Model) ChooseOBias(d *FeatData, held func(int) bool) float32 {
	best, bestF1 := float32(0), -1.0
	w := m.getWork()
	defer m.putWork(w)
	saved := m.oBias
	for _, b := range oBiasGrid {
		m.oBias = b
		var correct, gold, pred int
		m.decodeHeld(w, d, held, func(t0, t1 int32) {
			want := map[[3]int]bool{}
			for _, sp := range spansOf(d.gold[t0:t1]) {
				want[sp] = true
			}
			gold += len(want)
			for _, sp := range spansOfInt(w.labels) {
				pred++
				if want[sp] {
					correct++
				}
			}
		})
		if f := 2 * float64(correct) / float64(max(gold+pred, 1)); f > bestF1+1e-9 {
			best, bestF1 = b, f
		}
	}
	m.oBias = saved
	return best
}
