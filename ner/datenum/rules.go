package datenum

// A Rule names the family of patterns that produced a span. Every span of
// one rule carries the same score: the rule's measured confidence (see
// Score and the package documentation for how it was measured).
type Rule uint8

const (
	RuleNone        Rule = iota
	RuleCalendar         // a day, month and/or year together: "04 नवंबर, 2025", "1 से 3 मार्च", "12/05/2024"
	RuleMonth            // a month name alone: "नवंबर"
	RuleYear             // a year with a cue: "सन् 1947", "वर्ष 2020", "500 ई.पू.", "2018-19", "1990 के दशक"
	RuleBareYear         // a four-digit year with no cue: "2025 में"
	RuleTime             // a clock time: "11:14 अपराह्न IST", "10 बजे"
	RuleWeekday          // "मंगलवार", "Monday"
	RuleDaypart          // "सुबह", "शाम", "अपराह्न"
	RuleRelativeDay      // "आज", "कल", "परसों"
	RuleDeictic          // a period relative to now: "पिछले साल", "इस महीने", "अगले सोमवार"
	RuleDuration         // a counted time unit: "तीन साल", "15 वर्ष", "90 दिनों"
	RuleCentury          // "21वीं सदी", "दूसरी शताब्दी"
	RuleMoney            // "₹ 5,000 करोड़", "10 लाख रुपये", "50 डॉलर"
	RulePercent          // "10 प्रतिशत", "5%", "तीन फीसदी"
	RuleQuantity         // a number with a unit: "5 किलोमीटर", "तीन गुना"
	RuleMeasure          // a number with a measure adjective: "तीन दिवसीय", "65 वर्षीय"
	RuleScaled           // a number with a scale word: "12 लाख", "सात करोड़"
	RuleDigits           // a written number: "1,00,000", "१,२३४.५६", "42"
	RuleCounted          // a number word counting a noun: "तीन देशों", "पांच लोग"
	RuleOrdinal          // "5वां", "21वीं", "पहली", "तीसरा"
	RuleVague            // an approximate count: "हजारों", "करोड़ों"
	numRules
)

var ruleNames = [numRules]string{
	"none", "calendar", "month", "year", "bare-year", "time", "weekday", "daypart",
	"relative-day", "deictic", "duration", "century",
	"money", "percent", "quantity", "measure", "scaled", "digits", "counted", "ordinal", "vague",
}

// String returns the rule's short name, as printed by reports.
func (r Rule) String() string {
	if r < numRules {
		return ruleNames[r]
	}
	return "invalid"
}

// Type returns "DATE" or "NUM", the entity type the rule produces.
func (r Rule) Type() string {
	if r >= RuleMoney {
		return TypeNUM
	}
	return TypeDATE
}

// Entity type names, as the engine reports them.
const (
	TypeDATE = "DATE"
	TypeNUM  = "NUM"
)

// Rules lists every rule that can produce a span, in report order.
func Rules() []Rule {
	out := make([]Rule, 0, numRules-1)
	for r := RuleCalendar; r < numRules; r++ {
		out = append(out, r)
	}
	return out
}
