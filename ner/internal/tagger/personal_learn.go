package tagger

import "tippani/hindi/normalize"

// A Lesson is one sentence a reader acted on, with the reader's decisions
// as its truth: Tokens as written and one BIO tag per token, B-PER, I-PER,
// B-LOC, I-LOC, B-ORG or I-ORG (anything else counts as O; corpus tags go
// through conll.MapTags first).
type Lesson struct {
	Tokens []string
	Tags   []string
}

// Learning settings. Each lesson is a structured perceptron step on the
// tokens the model (shipped weights plus the layer as prediction reads it
// after the lesson) labels differently from the reader, repeated until
// the model gives the reader's labels or maxSteps is reached, so that a
// decision is reproduced at once; the fixed step keeps the change near
// the least that does it. lessonscope.go says which weights a step
// changes; ner/MODEL.md has the measurements behind these values.
const (
	learnStep = 2 // perceptron step, in the model's integer weight units
	maxSteps  = 48
	// learnMargin is how far, in label-score units, the reader's labels
	// must win before a lesson ends (margin rescaling: every other label
	// is scored this much higher while learning), so that a decision
	// taught in one sentence holds in others, where the words around the
	// name help less.
	learnMargin = 5
)

// A LearnResult says what one call to Learn did.
type LearnResult struct {
	Sentences int // lessons given
	Changed   int // lessons that changed the layer (the model fell short of them)
	Steps     int // perceptron steps taken in all
}

// Learn teaches the layer the lessons of one reader's action on a
// document: doc names the document (any stable id; only a hash is kept)
// and decisions how many of the reader's decisions the lessons hold.
// Every lesson advances the layer's averaging clock, whether or not the
// model already agreed with it; tokens and tags of different lengths are
// skipped. m must be the model the layer belongs to; install the result
// with m.SetLayer to use it.
func (l *Layer) Learn(m *Model, lessons []Lesson, doc string, decisions int) LearnResult {
	var res LearnResult
	w := m.getWork()
	defer m.putWork(w)
	for _, ls := range lessons {
		if len(ls.Tokens) == 0 || len(ls.Tokens) != len(ls.Tags) {
			continue
		}
		res.Sentences++
		gold := goldLabels(ls.Tags)
		steps := l.learnSentence(m, w, DisplayWords(w.words[:0], ls.Tokens), gold)
		res.Steps += steps
		if steps > 0 {
			res.Changed++
		}
		for i, j, b := NextSpan(gold, 0); i < len(gold); i, j, b = NextSpan(gold, j) {
			l.noteName(LearnedName{Text: joinWords(ls.Tokens[i:j]), Type: entityTypes[b]})
		}
	}
	if res.Sentences > 0 {
		l.decisions += uint32(max(decisions, 0))
		l.noteDocument(doc)
	}
	return res
}

// goldLabels turns tags (B-PER … I-ORG, anything else O) into labels,
// starting an I- tag that follows neither its B- nor its I- afresh, so
// the truth is a valid BIO path.
func goldLabels(tags []string) []int {
	out := make([]int, len(tags))
	prev := -1
	for i, t := range tags {
		y := LabelIndex(t)
		if isInside(y) && !allowed(prev, y) {
			y--
		}
		out[i], prev = y, y
	}
	return out
}

func joinWords(ws []string) string {
	n := 0
	for _, w := range ws {
		n += len(w) + 1
	}
	b := make([]byte, 0, n)
	for i, w := range ws {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, w...)
	}
	return string(b)
}

// learnSentence runs the perceptron steps of one lesson over display-form
// words and returns how many it took.
func (l *Layer) learnSentence(m *Model, w *work, words []string, gold []int) int {
	t := l.lessons + 1
	l.lessons = t // prediction below reads the layer as it will be after this lesson
	f := w.f
	// The general buckets only: those are what the layer's view adds,
	// to a word's own features and to its context's alike.
	f.sentence(words, 0)
	n := len(words)
	feats, offs := f.feats, f.offs
	// The shipped part of every token's sum does not change: once.
	// base is a token's whole shipped sum, own its word's features alone.
	base := make([][NumLabels]int32, n)
	own := make([][NumLabels]int32, n)
	for i := 0; i < n; i++ {
		k := offs[i] + int32(ownLen(&f.infos[f.idx[i]], 0))
		m.table.addRows(&own[i], feats[offs[i]:k])
		base[i] = own[i]
		m.table.addRows(&base[i], feats[k:offs[i+1]])
		if ban := f.infos[f.idx[i]].ban; ban != 0 {
			ban.apply(&base[i])
			ban.apply(&own[i])
			if base[i][gold[i]] == bannedSum {
				// The reader gave a word a label the model never lets it
				// take (a title inside a person's name): no weight can
				// teach that, so the lesson changes nothing.
				return 0
			}
		}
	}
	// Which rows a step may change: per teachable token, its lesson
	// buckets. Which rows can touch a token's score: those of its
	// buckets already in the layer or among the lesson buckets. Both
	// are found once, so a step costs a few lookups per token.
	lessonBk := make([][]uint32, n)
	for i := 0; i < n; i++ {
		if wi := &f.infos[f.idx[i]]; wi.rare {
			lessonBk[i] = lessonBuckets(normalize.Key(words[i]), wi, m.bits)
		}
	}
	inLesson := func(b uint32) bool {
		for _, bs := range lessonBk {
			for _, c := range bs {
				if c == b {
					return true
				}
			}
		}
		return false
	}
	touch := make([][]uint32, n)
	for i := 0; i < n; i++ {
		// Prediction adds the layer to a word's own features only.
		for _, b := range feats[offs[i] : offs[i]+int32(ownLen(&f.infos[f.idx[i]], 0))] {
			if _, ok := l.rows.Find(uint64(b), struct{}{}); ok || inLesson(b) {
				touch[i] = append(touch[i], b)
			}
		}
	}
	m.sizeEmissions(w, n)
	if cap(w.labels) < 2*n {
		w.labels = make([]int, 2*n)
	}
	pred, ownPred := w.labels[:n], w.labels[n:2*n]
	steps := 0
	var corrected []bool // tokens the model fell short on before the lesson
	for ; steps <= maxSteps; steps++ {
		for i := 0; i < n; i++ {
			acc := base[i]
			l.addAveraged(&acc, touch[i])
			m.setEmission(w, i, &acc)
			em := w.emit[i*NumLabels : (i+1)*NumLabels]
			for y := range em {
				if y != gold[i] {
					em[y] += learnMargin
				}
			}
		}
		w.lat = lattice{n: n, emit: w.emit, start: &m.start, trans: &m.trans, back: w.lat.back}
		w.lat.viterbi(pred)
		if steps == 0 {
			corrected = correctedTokens(pred, gold)
		}
		// Where the model fell short of the reader, the word's own
		// evidence must carry the decision too, with the same margin:
		// the words around a name the reader taught may help it less
		// elsewhere. Where the model already read the sentence as the
		// reader did, its context did the work and the word is left as
		// it was: a word read rightly as a name in one context (चमन of
		// "प्रोफेसर चमन लाल") may be an ordinary word in another (चमन,
		// "garden", in a title), and the reader corrected nothing.
		ownRight := true
		for i := 0; i < n; i++ {
			ownPred[i] = gold[i]
			if lessonBk[i] == nil || !corrected[i] {
				continue
			}
			acc := own[i]
			l.addAveraged(&acc, lessonBk[i])
			if y := ownRival(m, &acc, gold[i]); y >= 0 {
				ownPred[i], ownRight = y, false
			}
		}
		if equalLabels(pred, gold) && ownRight || steps == maxSteps {
			break
		}
		changed := false
		for i := 0; i < n; i++ {
			g, y := gold[i], pred[i]
			if g == y {
				y = ownPred[i]
			}
			if g == y {
				continue
			}
			for k, b := range lessonBk[i] {
				r := l.row(b, t)
				bound := float32(maxAffixDelta)
				if k == 0 {
					bound = maxWordDelta
				}
				changed = l.add(r, g, learnStep, t, bound) || changed
				changed = l.add(r, y, -learnStep, t, bound) || changed
			}
		}
		if !changed {
			break // every weight that could move is at its bound
		}
	}
	return steps
}

// correctedTokens reports, per token, whether the reader's labels gold
// correct the prediction pred: every token of a gold name that pred gets
// wrong anywhere (a resized or retyped name teaches all its words), and
// every token pred puts in a name that gold leaves out.
func correctedTokens(pred, gold []int) []bool {
	out := make([]bool, len(gold))
	for i, j, _ := NextSpan(gold, 0); i < len(gold); i, j, _ = NextSpan(gold, j) {
		if !equalLabels(pred[i:j], gold[i:j]) {
			for k := i; k < j; k++ {
				out[k] = true
			}
		}
	}
	for k, y := range gold {
		if y == LabelO && pred[k] != LabelO {
			out[k] = true
		}
	}
	return out
}

// addAveraged adds to acc the layer's weights for the buckets, as the
// view will hold them (averaged, rounded to integer units).
func (l *Layer) addAveraged(acc *[NumLabels]int32, buckets []uint32) {
	for _, b := range buckets {
		if r, ok := l.rows.Find(uint64(b), struct{}{}); ok {
			a := l.averaged(int(r))
			for y := range acc {
				acc[y] += int32(roundHalfAway(a[y]))
			}
		}
	}
}

// ownRival returns the label of another type (O counting as a type)
// whose score from the sums acc comes within learnMargin of the reader's
// label gold, the best such; -1 when there is none.
func ownRival(m *Model, acc *[NumLabels]int32, gold int) int {
	score := func(y int) float32 {
		s := float32(acc[y]) * m.scale
		if y == LabelO {
			s -= m.oBias
		}
		return s
	}
	want := score(gold) - learnMargin
	rival, best := -1, want
	for y := 0; y < NumLabels; y++ {
		if entityTypes[y] == entityTypes[gold] {
			continue
		}
		if s := score(y); s > best {
			rival, best = y, s
		}
	}
	return rival
}

// roundHalfAway rounds as the view does (math.Round), without the call.
func roundHalfAway(x float32) float32 {
	if x < 0 {
		return -float32(int32(-x + 0.5))
	}
	return float32(int32(x + 0.5))
}

func equalLabels(a, b []int) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// SetLayer makes the model add l's personal weights to its own from the
// next call on; nil or an empty layer gives the shipped model back. The
// model keeps a copy: later changes to l need another SetLayer.
func (m *Model) SetLayer(l *Layer) {
	if l == nil {
		m.personal.Store(nil)
		return
	}
	m.personal.Store(l.view(m.bits))
}

// Fits reports whether l was learned on model m.
func (l *Layer) Fits(m *Model) bool { return l.model == m.fingerprint() }
