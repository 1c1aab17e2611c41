package engine

import "tippani/hindi/normalize"

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

// Normalization reports the display-form repairs made to the input: the
// normalizer's own change report, in code points (see normalize.Report).
type Normalization = normalize.Report

// RuleCount is how often one normalization rule fired.
type RuleCount = normalize.RuleCount

// Change is one place where Text differs from the input.
type Change = normalize.Change
