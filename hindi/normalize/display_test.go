package normalize

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

// displayCases covers every display rule; want is the display form and
// rules the counts expected in the report.
var displayCases = []struct {
	name, in, want string
	rules          map[Rule]int
}{
	{"clean text is untouched", "भारत और इज़राइल ने 10:30 पर", "भारत और इज़राइल ने 10:30 पर", nil},
	{"empty", "", "", nil},
	{"BOM removed", "\uFEFFभारत", "भारत", map[Rule]int{RuleBOM: 1}},
	{"word joiner removed", "भा\u2060रत", "भारत", map[Rule]int{RuleWordJoiner: 1}},
	{"soft hyphen removed", "सह\u00ADयोग", "सहयोग", map[Rule]int{RuleSoftHyphen: 1}},
	{"zero-width space removed", "भारत\u200Bइज़राइल", "भारतइज़राइल", map[Rule]int{RuleZeroWidthSpace: 1}},
	{"NBSP becomes space", "तेल\u00A0अवीव", "तेल अवीव", map[Rule]int{RuleSpace: 1}},
	{"other spaces become space", "a\u2003b\u202Fc\u3000d", "a b c d", map[Rule]int{RuleSpace: 3}},
	{"CRLF becomes LF", "एक\r\nदो\r\n", "एक\nदो\n", map[Rule]int{RuleNewline: 2}},
	{"lone CR becomes LF", "एक\rदो", "एक\nदो", map[Rule]int{RuleNewline: 1}},
	{"line separators become LF", "एक\u2028दो\u2029तीन\fचार", "एक\nदो\nतीन\nचार", map[Rule]int{RuleNewline: 3}},
	{"controls removed, tab and LF kept", "a\x00b\x07c\td\ne\x7f\u0090", "abc\td\ne", map[Rule]int{RuleControl: 4}},
	{"eyelash ra: ZWJ after virama kept", "र्\u200Dय", "र्\u200Dय", nil},
	{"ZWNJ after virama kept", "क्\u200Cष", "क्\u200Cष", nil},
	{"ZWJ elsewhere removed", "भा\u200Dरत", "भारत", map[Rule]int{RuleJoiner: 1}},
	{"ZWNJ at word start removed", "\u200Cभारत", "भारत", map[Rule]int{RuleJoiner: 1}},
	{"second joiner after virama removed", "र्\u200D\u200Dय", "र्\u200Dय", map[Rule]int{RuleJoiner: 1}},
	{"precomposed nukta letter decomposed", "\u095Bरा", "ज\u093Cरा", map[Rule]int{RuleNFC: 1}},
	{"all eight nukta letters", "\u0958\u0959\u095A\u095B\u095C\u095D\u095E\u095F", "क\u093Cख\u093Cग\u093Cज\u093Cड\u093Cढ\u093Cफ\u093Cय\u093C", map[Rule]int{RuleNFC: 8}},
	{"na + nukta composes to U+0929", "न\u093C", "\u0929", map[Rule]int{RuleNFC: 1}},
	{"ra + nukta composes to U+0931", "र\u093C", "\u0931", map[Rule]int{RuleNFC: 1}},
	{"lla + nukta composes to U+0934", "ळ\u093C", "\u0934", map[Rule]int{RuleNFC: 1}},
	{"U+0929 stays composed", "\u0929\u0931\u0934", "\u0929\u0931\u0934", nil},
	{"nukta moves before virama", "क\u094D\u093C", "क\u093C\u094D", map[Rule]int{RuleNFC: 1}},
	{"Latin NFC", "cafe\u0301", "caf\u00E9", map[Rule]int{RuleNFC: 1}},
	{"pipe after word becomes danda", "गए|", "गए।", map[Rule]int{RuleDanda: 1}},
	{"pipe after space becomes danda", "गए |\nअब", "गए ।\nअब", map[Rule]int{RuleDanda: 1}},
	{"double pipe becomes double danda", "गए||", "गए॥", map[Rule]int{RuleDoubleDanda: 1}},
	{"double pipe after space", "रामायण ||", "रामायण ॥", map[Rule]int{RuleDoubleDanda: 1}},
	{"pipe before closing quote", "कहा|”", "कहा।”", map[Rule]int{RuleDanda: 1}},
	{"pipe after Latin untouched", "a | b || c", "a | b || c", nil},
	{"pipe in code untouched", "x || y", "x || y", nil},
	{"pipe in table row untouched", "| नाम | शहर |\n| राम | दिल्ली |", "| नाम | शहर |\n| राम | दिल्ली |", nil},
	{"pipe between words untouched", "होम|समाचार", "होम|समाचार", nil},
	{"pipe after digits untouched", "१२ |", "१२ |", nil},
	{"visarga colon", "अत: यह", "अतः यह", map[Rule]int{RuleVisarga: 1}},
	{"visarga colon at end", "प्राय:", "प्रायः", map[Rule]int{RuleVisarga: 1}},
	{"visarga before punctuation", "पुन:,", "पुनः,", map[Rule]int{RuleVisarga: 1}},
	{"label colon kept", "आखरी अपडेट:\nनोट: स्रोत:", "आखरी अपडेट:\nनोट: स्रोत:", nil},
	{"colon inside a word kept", "अत:पर", "अत:पर", nil},
	{"Devanagari time kept", "१०:३०", "१०:३०", nil},
	{"ASCII time kept", "10:30", "10:30", nil},
	{"visarga word inside a longer word", "मअत:", "मअत:", nil},
	{"rules combine", "\uFEFFइ\u095Bराइल\u00A0ने\u200B कहा|\r\n", "इज\u093Cराइल ने कहा।\n", map[Rule]int{RuleBOM: 1, RuleNFC: 1, RuleSpace: 1, RuleZeroWidthSpace: 1, RuleDanda: 1, RuleNewline: 1}},
	{"joiner removal exposes composition", "न\u200D\u093C", "\u0929", map[Rule]int{RuleJoiner: 1, RuleNFC: 1}},
	{"emoji untouched", "👍🏽 ठीक 👨\u200D👩\u200D👧", "👍🏽 ठीक 👨\u200D👩\u200D👧", nil},
}

func TestDisplayRules(t *testing.T) {
	for _, c := range displayCases {
		t.Run(c.name, func(t *testing.T) {
			res, err := Display(c.in)
			if err != nil {
				t.Fatal(err)
			}
			if res.Text != c.want {
				t.Fatalf("Display(%q) = %q, want %q", c.in, res.Text, c.want)
			}
			for r := Rule(0); r < numRules; r++ {
				if res.Counts[r] != c.rules[r] {
					t.Errorf("rule %s fired %d times, want %d", r, res.Counts[r], c.rules[r])
				}
			}
			if String(c.in) != c.want {
				t.Errorf("String(%q) = %q, want %q", c.in, String(c.in), c.want)
			}
			checkResult(t, c.in, res)
		})
	}
}

// Each failure of the common reference normalizer is a regression test here.
func TestReferenceFailures(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"eyelash ra keeps its ZWJ", "आर्\u200Dय", "आर्\u200Dय"},
		{"Devanagari clock time keeps its colon", "सुबह १०:३० बजे", "सुबह १०:३० बजे"},
		{"double pipe becomes double danda, not two dandas", "श्लोक ||", "श्लोक ॥"},
		{"ऩ stays composed (NFC-stable)", "\u0929", "\u0929"},
		{"ऱ stays composed (NFC-stable)", "\u0931", "\u0931"},
		{"ऴ stays composed (NFC-stable)", "\u0934", "\u0934"},
	}
	for _, c := range cases {
		got := String(c.in)
		if got != c.want {
			t.Errorf("%s: String(%q) = %q, want %q", c.name, c.in, got, c.want)
		}
		if String(got) != got {
			t.Errorf("%s: not stable: %q → %q", c.name, got, String(got))
		}
	}
}

func TestInvalidUTF8(t *testing.T) {
	src := "भारत \xff और \xc3"
	_, err := Display(src)
	var bad *InvalidUTF8Error
	if !errors.As(err, &bad) {
		t.Fatalf("Display(invalid) error = %v, want *InvalidUTF8Error", err)
	}
	if want := strings.IndexByte(src, 0xff); bad.Offset != want || bad.Byte != 0xff {
		t.Errorf("error names byte 0x%02x at %d, want 0xff at %d", bad.Byte, bad.Offset, want)
	}
	if !strings.Contains(err.Error(), "offset 13") {
		t.Errorf("error message %q does not name the offset", err)
	}
	res := DisplayLossy(src)
	if want := "भारत \uFFFD और \uFFFD"; res.Text != want {
		t.Errorf("lossy text = %q, want %q", res.Text, want)
	}
	if res.Counts[RuleInvalid] != 2 {
		t.Errorf("lossy counted %d invalid bytes, want 2", res.Counts[RuleInvalid])
	}
	checkResult(t, src, res)
}

// TestOffsetMap checks exact positions for a text touched by several rules.
func TestOffsetMap(t *testing.T) {
	src := "\uFEFFक\u095B\r\nख"
	res, err := Display(src)
	if err != nil {
		t.Fatal(err)
	}
	// Display: क ज ◌़ \n ख
	if res.Text != "कज\u093C\nख" {
		t.Fatalf("text = %q", res.Text)
	}
	k := strings.Index(res.Text, "ख")
	if got, want := res.SourceStart(k), strings.Index(src, "ख"); got != want {
		t.Errorf("SourceStart(ख) = %d, want %d", got, want)
	}
	if got := res.SourceStart(0); got != 3 {
		t.Errorf("SourceStart(0) = %d, want 3 (after the removed BOM)", got)
	}
	if got := res.SourceEnd(0); got != 0 {
		t.Errorf("SourceEnd(0) = %d, want 0 (before the removed BOM)", got)
	}
	// The span of ज़ (display 3..9) maps to the precomposed letter (source 6..9).
	if s, e := res.SourceStart(3), res.SourceEnd(9); s != 6 || e != 9 {
		t.Errorf("ज़ maps to source [%d,%d), want [6,9)", s, e)
	}
	// Inside the decomposed cluster a position snaps outward.
	if s, e := res.SourceStart(6), res.SourceEnd(6); s != 6 || e != 9 {
		t.Errorf("inside the cluster: start %d end %d, want 6 and 9", s, e)
	}
	if got := res.DisplayStart(len(src)); got != len(res.Text) {
		t.Errorf("DisplayStart(end) = %d, want %d", got, len(res.Text))
	}
}

func TestReportJSON(t *testing.T) {
	src := "\uFEFFइ\u095Bराइल|"
	res, err := Display(src)
	if err != nil {
		t.Fatal(err)
	}
	got, err := json.Marshal(res.Report(src))
	if err != nil {
		t.Fatal(err)
	}
	// Display इ ज ◌़ र ा इ ल । : the BOM (source cp 0) is removed, ज़ (source
	// cp 2) becomes two code points at display 1..3, the pipe (source cp 7)
	// becomes the danda at display 7.
	want := `{"changes":3,"rules":[{"rule":"nfc","count":1},{"rule":"bom","count":1},{"rule":"danda","count":1}],"edits":[` +
		`{"start":0,"end":0,"source_start":0,"source_end":1,"rules":["bom"]},` +
		`{"start":1,"end":3,"source_start":2,"source_end":3,"rules":["nfc"]},` +
		`{"start":7,"end":8,"source_start":7,"source_end":8,"rules":["danda"]}]}`
	if string(got) != want {
		t.Errorf("report\n got %s\nwant %s", got, want)
	}
}

// TestReportCountsInvalidBytesOnce checks the lossy report's source
// offsets: each invalid byte of the source is one code point, as it became
// one U+FFFD.
func TestReportCountsInvalidBytesOnce(t *testing.T) {
	src := "a\xe0\xa4b\x80|"
	res := DisplayLossy(src)
	rep := res.Report(src)
	last := rep.Edits[len(rep.Edits)-1]
	if last.SourceStart != 4 || last.SourceEnd != 5 || last.Rules[0] != "invalid" {
		t.Errorf("last edit %+v, want the invalid byte at source code point 4", last)
	}
}
