package datenum

// Score returns the rule's fixed confidence in [0, 1].
func (r Rule) Score() float64 {
	if r < numRules {
		return ruleScores[r]
	}
	return 0
}

// ruleScores are measured, not guessed: each is the fraction of the rule's
// spans that overlap a time (NETI, TIMEX) or number (NEN, NUMEX)
// expression of the same type in the three shared corpora pooled
// (IL-NER dev and train, HiNER validation), rounded to two places.
// TestAgainstCorpora recomputes them and fails when one drifts by more
// than 0.05, so a grammar change must come with new scores:
//
//	go test ./ner/datenum -run TestAgainstCorpora -v
//
// They measure agreement with those annotators, whose guidelines differ
// from Tippani's: neither corpus tags most weekdays, parts of the day,
// "आज" or word ordinals, and IL-NER tags centuries and durations as
// numbers. The low scores of relative days, parts of day and ordinals
// say that, not that the spans are wrong; a reader-facing threshold
// should be chosen with this in mind. Rules with fewer than 30 spans in
// the corpora (see minMeasured) keep the neutral 0.5.
var ruleScores = [numRules]float64{
	RuleNone:        0,
	RuleCalendar:    0.97,
	RuleMonth:       0.83,
	RuleYear:        0.98,
	RuleBareYear:    0.92,
	RuleTime:        0.77,
	RuleWeekday:     0.96,
	RuleDaypart:     0.32,
	RuleRelativeDay: 0.23,
	RuleDeictic:     0.44,
	RuleDuration:    0.67,
	RuleCentury:     0.56,
	RuleMoney:       0.98,
	RulePercent:     0.99,
	RuleQuantity:    0.97,
	RuleMeasure:     0.5,
	RuleScaled:      0.98,
	RuleDigits:      0.76,
	RuleCounted:     0.80,
	RuleOrdinal:     0.26,
	RuleVague:       0.79,
}
