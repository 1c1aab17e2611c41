package engine

// Entity is one recognized expression. Start and End are Unicode code
// point offsets (half-open) into Result.Text.
type Entity struct {
	Start int     `json:"start"`
	End   int     `json:"end"`
	Type  string  `json:"type"`  // PER, LOC, ORG, DATE or NUM
	Text  string  `json:"text"`  // Result.Text between Start and End
	Score float64 `json:"score"` // confidence in [0, 1]
}

// Result is the annotated display form of a raw text.
type Result struct {
	// Text is the display form of the input (see package normalize); all
	// offsets point into it.
	Text string `json:"text"`
	// Entities are sorted by Start and never overlap.
	Entities []Entity `json:"entities"`
	// Normalization reports how Text differs from the input.
	Normalization Normalization `json:"normalization"`
}

// Normalization reports the display-form repairs made to the input.
type Normalization struct {
	// Changes is the total number of repairs.
	Changes int `json:"changes"`
	// Rules counts repairs by rule name ("nfc", "space", "invalid", …),
	// listing only rules that fired, in the normalizer's rule order.
	Rules []RuleCount `json:"rules"`
	// Edits are the changed places, sorted, in code points.
	Edits []Change `json:"edits"`
}

// RuleCount is how often one normalization rule fired.
type RuleCount struct {
	Rule  string `json:"rule"`
	Count int    `json:"count"`
}

// Change is one place where Text differs from the input: display code
// points [Start, End) replace input code points [SourceStart, SourceEnd).
// A removal has Start == End. Rules names the repairs involved.
type Change struct {
	Start       int      `json:"start"`
	End         int      `json:"end"`
	SourceStart int      `json:"source_start"`
	SourceEnd   int      `json:"source_end"`
	Rules       []string `json:"rules"`
}
