package tokenize

import (
	"fmt"
	"strings"
	"testing"
)

// render writes tokens as kind:text, space separated, for compact tables.
func render(text string, toks []Token) string {
	var b strings.Builder
	for k, t := range toks {
		if k > 0 {
			b.WriteByte(' ')
		}
		fmt.Fprintf(&b, "%s:%s", t.Kind, text[t.Start:t.End])
	}
	return b.String()
}

func TestTokenKinds(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"Devanagari words with signs", "हस्ताक्षर किए गए हैं। हाँ",
			"word:हस्ताक्षर word:किए word:गए word:हैं punct:। word:हाँ"},
		{"nukta and eyelash ra stay in the word", "इज़राइल आर्\u200Dय",
			"word:इज़राइल word:आर्\u200Dय"},
		{"Latin words and acronyms", "JWG और MoU don't", "latin:JWG word:और latin:MoU latin:don't"},
		{"Indian grouping", "1,00,000 रुपये", "number:1,00,000 word:रुपये"},
		{"Devanagari decimal", "१,२३४.५६ किलो", "number:१,२३४.५६ word:किलो"},
		{"Western grouping and decimals", "100,000 3.14 1,234,567.5", "number:100,000 number:3.14 number:1,234,567.5"},
		{"Indian grouping, Devanagari", "१२,३४,५६७", "number:१२,३४,५६७"},
		{"comma list is not grouping", "1,2,3", "number:1 punct:, number:2 punct:, number:3"},
		{"valid prefix of groups", "1,000,5", "number:1,000 punct:, number:5"},
		{"comma after a number is punctuation", "2025, 11:14 बजे", "number:2025 punct:, time:11:14 word:बजे"},
		{"Devanagari time", "११:१४ बजे", "time:११:१४ word:बजे"},
		{"time with seconds", "10:30:05", "time:10:30:05"},
		{"ratio and score are numbers", "1:500 3:2 10500:2012", "number:1:500 number:3:2 number:10500:2012"},
		{"ordinals", "18वीं सदी 73वें 4था 2025में", "number:18वीं word:सदी number:73वें number:4था number:2025 word:में"},
		{"dotted Devanagari abbreviations", "5 कि.मी. और ई.पू. में", "number:5 abbrev:कि.मी. word:और abbrev:ई.पू. word:में"},
		{"long parts are not a dotted abbreviation", "गयाथा.अबचलो.", "word:गयाथा punct:. word:अबचलो punct:."},
		{"digits glued to letters", "4G 10th", "latin:4G latin:10th"},
		{"dandas", "गए।। ठीक॥", "word:गए punct:।। word:ठीक punct:॥"},
		{"curly quotes", "“एमओयू” ‘हाँ’", "punct:“ word:एमओयू punct:” punct:‘ word:हाँ punct:’"},
		{"hyphenated compound splits", "भारत-इज़राइल सह-उत्पादन", "word:भारत punct:- word:इज़राइल word:सह punct:- word:उत्पादन"},
		{"Devanagari abbreviations and initials", "डॉ. एस. जयशंकर", "abbrev:डॉ. abbrev:एस. word:जयशंकर"},
		{"abbreviation sign", "डॉ॰ राम", "abbrev:डॉ॰ word:राम"},
		{"ordinary word before period", "गया. फिर", "word:गया punct:. word:फिर"},
		{"Latin abbreviations", "U.S. e.g. Dr. J. Smith", "abbrev:U.S. abbrev:e.g. abbrev:Dr. abbrev:J. latin:Smith"},
		{"URL", "देखें https://example.com/a?b=1&c=(2).", "word:देखें url:https://example.com/a?b=1&c=(2) punct:."},
		{"www URL before danda", "www.bharat.gov.in।", "url:www.bharat.gov.in punct:।"},
		{"e-mail", "लिखें news.desk@example.co.in पर", "word:लिखें email:news.desk@example.co.in word:पर"},
		{"mention and hashtag", "@PMOIndia #भारत_इज़राइल", "mention:@PMOIndia hashtag:#भारत_इज़राइल"},
		{"lone at and hash", "@ #", "punct:@ punct:#"},
		{"emoji with modifier, ZWJ family, flag", "👍🏽👨\u200D👩\u200D👧 🇮🇳", "emoji:👍🏽 emoji:👨\u200D👩\u200D👧 emoji:🇮🇳"},
		{"emoji presentation selector", "❤️ ठीक", "emoji:❤️ word:ठीक"},
		{"keycaps", "1️⃣ #️⃣ 12", "emoji:1️⃣ emoji:#️⃣ number:12"},
		{"symbols", "₹500 5% ©", "symbol:₹ number:500 number:5 punct:% symbol:©"},
		{"astral non-emoji", "𝐀 𝄞", "foreign:𝐀 symbol:𝄞"},
		{"foreign script", "اردو Ελλάδα", "foreign:اردو foreign:Ελλάδα"},
		{"ellipsis run", "डेस्क…और ... ठीक", "word:डेस्क punct:… word:और punct:... word:ठीक"},
		{"stray mark after space", "क \u093E", "word:क word:\u093E"},
		{"combining mark on Latin", "cafe\u0301", "latin:cafe\u0301"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			toks := Tokens(c.in)
			if got := render(c.in, toks); got != c.want {
				t.Errorf("Tokens(%q)\n got %s\nwant %s", c.in, got, c.want)
			}
			checkTokens(t, c.in, toks)
		})
	}
}

func TestKindNames(t *testing.T) {
	want := []string{"word", "latin", "number", "time", "punct", "abbrev", "url", "email", "mention", "hashtag", "emoji", "symbol", "foreign"}
	for k, name := range want {
		if got := Kind(k).String(); got != name {
			t.Errorf("Kind(%d).String() = %q, want %q", k, got, name)
		}
		if back, ok := ParseKind(name); !ok || back != Kind(k) {
			t.Errorf("ParseKind(%q) = %v, %v", name, back, ok)
		}
	}
	if Kind(200).String() != "unknown" {
		t.Errorf("out-of-range kind should be unknown")
	}
}

// TestLongRuns runs inputs that would take quadratic time if a scanner
// looked ahead over the whole run at every token; each takes milliseconds
// when the cost is linear.
func TestLongRuns(t *testing.T) {
	for _, text := range []string{
		strings.Repeat("a.", 50000) + "b",
		strings.Repeat("a.a.a.ab ", 20000),
		"http://x" + strings.Repeat(")", 100000),
		strings.Repeat("ab.", 50000) + "@",
		strings.Repeat("क्", 50000),
		strings.Repeat("क.", 50000) + "कखगघङ",
		strings.Repeat("12", 50000) + ":" + strings.Repeat("3", 50000),
	} {
		checkTokens(t, text, Tokens(text))
	}
}
