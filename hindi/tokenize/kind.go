package tokenize

// Kind classifies a token.
type Kind uint8

// Token kinds. Their String names are part of the JSON contract.
const (
	Word    Kind = iota // Devanagari word: letters with matras, virama, nukta, anusvara, chandrabindu, visarga, ZWJ/ZWNJ
	Latin               // Latin-script word or acronym (JWG, MoU, don't, 4G)
	Number              // ASCII or Devanagari digits: grouping, decimals, ratios, ordinals (1,00,000 १,२३४.५६ 1:500 18वीं)
	Time                // clock time (11:14, ११:१४, 10:30:05)
	Punct               // punctuation, including । ॥ and curly quotes; runs of one mark stay together (...)
	Abbrev              // abbreviation or initial with its period (डॉ. एस. कि.मी. U.S. Dr.)
	URL                 // http://, https:// or www. address
	Email               // e-mail address
	Mention             // @name
	Hashtag             // #tag, any script
	Emoji               // emoji with its modifiers, ZWJ sequences and flags
	Symbol              // any other symbol: currency, math, other astral characters
	Foreign             // word in a script other than Devanagari or Latin (اردو, Ελληνικά)
	numKinds
)

var kindNames = [numKinds]string{
	Word: "word", Latin: "latin", Number: "number", Time: "time", Punct: "punct",
	Abbrev: "abbrev", URL: "url", Email: "email", Mention: "mention",
	Hashtag: "hashtag", Emoji: "emoji", Symbol: "symbol", Foreign: "foreign",
}

// String returns the lower-case name of k ("word", "latin", ...).
func (k Kind) String() string {
	if k < numKinds {
		return kindNames[k]
	}
	return "unknown"
}

// ParseKind returns the Kind named s.
func ParseKind(s string) (Kind, bool) {
	for k, name := range kindNames {
		if name == s {
			return Kind(k), true
		}
	}
	return 0, false
}

// MarshalText makes kinds appear by name in JSON.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }
