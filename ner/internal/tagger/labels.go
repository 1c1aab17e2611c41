package tagger

// The recognizer's label set: BIO over PER, LOC and ORG. Label indexes
// are stable; they are the column order of the weight table in the model
// file.
const (
	LabelO = iota
	labelBPER
	labelIPER
	labelBLOC
	labelILOC
	labelBORG
	labelIORG
	NumLabels
)

// LabelNames are the BIO tag strings, indexed by label.
var LabelNames = [NumLabels]string{"O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG"}

// entityTypes names the entity type of each label ("" for O).
var entityTypes = [NumLabels]string{"", "PER", "PER", "LOC", "LOC", "ORG", "ORG"}

// LabelIndex maps a canonical BIO tag to its label; unknown tags are O.
func LabelIndex(tag string) int {
	for i, n := range LabelNames {
		if n == tag {
			return i
		}
	}
	return LabelO
}

// isInside reports whether label y is an I- label.
func isInside(y int) bool { return y == labelIPER || y == labelILOC || y == labelIORG }

// allowed reports whether label y may follow label prev under BIO: an
// I-X only continues a B-X or I-X. prev = -1 means sentence start.
func allowed(prev, y int) bool {
	if !isInside(y) {
		return true
	}
	return prev == y || prev == y-1
}
