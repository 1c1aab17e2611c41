package normalize

import "strings"

// A Rule names one display-form repair. Several rules may be merged into one
// Edit when their changes touch (for example NFC composing across a removed
// joiner), so an Edit carries a RuleSet.
type Rule uint8

// The display-form rules, documented with examples in doc.go.
const (
	RuleNFC            Rule = iota // canonical composition (Unicode NFC)
	RuleBOM                        // U+FEFF removed
	RuleWordJoiner                 // U+2060 removed
	RuleSoftHyphen                 // U+00AD removed
	RuleZeroWidthSpace             // U+200B removed
	RuleSpace                      // NBSP and other Unicode spaces → U+0020
	RuleNewline                    // CRLF, CR, VT, FF, NEL, U+2028, U+2029 → LF
	RuleControl                    // other control characters removed
	RuleJoiner                     // ZWJ/ZWNJ not after a virama removed
	RuleDanda                      // "|" after Devanagari → "।"
	RuleDoubleDanda                // "||" after Devanagari → "॥"
	RuleVisarga                    // ":" ending a visarga word → "ः"
	RuleInvalid                    // invalid UTF-8 byte → U+FFFD (lossy mode)
	numRules
)

var ruleNames = [numRules]string{
	RuleNFC:            "nfc",
	RuleBOM:            "bom",
	RuleWordJoiner:     "word-joiner",
	RuleSoftHyphen:     "soft-hyphen",
	RuleZeroWidthSpace: "zero-width-space",
	RuleSpace:          "space",
	RuleNewline:        "newline",
	RuleControl:        "control",
	RuleJoiner:         "joiner",
	RuleDanda:          "danda",
	RuleDoubleDanda:    "double-danda",
	RuleVisarga:        "visarga",
	RuleInvalid:        "invalid",
}

// String returns the stable name used in JSON reports.
func (r Rule) String() string {
	if r < numRules {
		return ruleNames[r]
	}
	return "unknown"
}

// RuleSet is a set of rules, one bit per Rule.
type RuleSet uint16

// Has reports whether r is in the set.
func (s RuleSet) Has(r Rule) bool { return s&(1<<r) != 0 }

// String joins the rule names with "+", in rule order ("nfc+joiner").
func (s RuleSet) String() string {
	var names []string
	for r := Rule(0); r < numRules; r++ {
		if s.Has(r) {
			names = append(names, r.String())
		}
	}
	return strings.Join(names, "+")
}

func setOf(r Rule) RuleSet { return 1 << r }
