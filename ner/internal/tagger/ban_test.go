package tagger

import (
	"strings"
	"testing"

	"tippani/hindi/normalize"
	"tippani/internal/testsupport"
	"tippani/ner/conll"
)

// The bans rest on IL-NER's training split: no word of notNameWords is
// inside a name there, and the titles kept out of person names stand just
// before a person's name far more often than inside one.
func TestBansMatchTrainingData(t *testing.T) {
	inside, before := 0, 0
	for _, s := range readCoNLL(t, testsupport.Path(t, testsupport.TrainCorpus)) {
		words := DisplayWords(nil, s.Tokens)
		gold := make([]int, len(words))
		for i, tag := range conll.MapTags(s.Gold) {
			gold[i] = LabelIndex(tag)
		}
		for i, w := range words {
			k := normalize.Key(w)
			y := gold[i]
			if notNameKeys[k] && y != LabelO {
				t.Errorf("%s is inside a name: %v", w, words)
			}
			if !outsideKeys[k] {
				continue
			}
			if y == labelBPER || y == labelIPER {
				inside++
			} else if i+1 < len(words) && gold[i+1] == labelBPER {
				before++
			}
		}
	}
	t.Logf("titles kept out of person names: %d inside one, %d just before one", inside, before)
	if before < 200 || inside*15 > before {
		t.Errorf("titles kept out of person names: %d inside one, %d just before one", inside, before)
	}
}

func TestBanSteersDecoding(t *testing.T) {
	m := shipped(t)
	for _, c := range []struct {
		tokens []string
		banned string
	}{
		{[]string{"इजरायल", "के", "रक्षा", "महानिदेशक", "मेजर", "जनरल", "अमीर", "बरम", "ने", "कहा"}, "मेजर"},
		{[]string{"भारत", "और", "इजरायल", "ने", "एमओयू", "पर", "हस्ताक्षर", "किए"}, "एमओयू"},
		{[]string{"जेडब्ल्यूजी", "बैठक", "में", "फैसला", "हुआ"}, "बैठक"},
	} {
		tags := m.TagTokens(c.tokens)
		for i, w := range c.tokens {
			if (w == c.banned || (c.banned == "मेजर" && w == "जनरल")) && tags[i] != "O" {
				t.Errorf("%s tagged %s in %v", w, tags[i], tags)
			}
		}
	}
}

// An abbreviation in brackets after a name takes the name's type, as
// its own entity with the name's confidence.
func TestGlossTakesTheNamesType(t *testing.T) {
	m := shipped(t)
	toks := []string{"भारत", "और", "इजरायल", "ने", "संयुक्त", "कार्य", "समूह", "(", "JWG", ")", "बनाया"}
	ents := m.Entities(toks)
	var name, gloss *TokenEntity
	for k := range ents {
		switch toks[ents[k].Start] {
		case "संयुक्त":
			name = &ents[k]
		case "JWG":
			gloss = &ents[k]
		}
	}
	if name == nil || gloss == nil {
		t.Fatalf("entities %+v", ents)
	}
	if gloss.Type != name.Type || gloss.End != gloss.Start+1 || gloss.Score != name.Score {
		t.Errorf("name %+v, gloss %+v", *name, *gloss)
	}
}

func TestVouchedFor(t *testing.T) {
	// tokens: 0 title, 1-2 PER, 3 comma, 4 LOC, 5 और, 6 LOC, 7 word, 8 PER
	traits := make([]wordTraits, 9)
	traits[0].title = true
	traits[3].conj, traits[5].conj = true, true
	spans := []scoredSpan{{1, 3, labelBPER, 0.3}, {4, 5, labelBLOC, 0.3}, {6, 7, labelBLOC, 0.3}, {8, 9, labelBPER, 0.3}}
	for k, want := range []bool{true, true, true, false} {
		if got := vouchedFor(spans, k, traits); got != want {
			t.Errorf("span %d: vouched %v, want %v", k, got, want)
		}
	}
}

// A lone unfamiliar word between list members takes their type.
func TestListMemberTakesItsNeighboursType(t *testing.T) {
	m := shipped(t)
	toks := []string{"बाढ़", "से", "पुणे", ",", "चिरोलीगढ़ी", "और", "नागपुर", "में", "नुकसान", "हुआ"}
	tags := m.TagTokens(toks)
	if tags[2] != "B-LOC" || tags[6] != "B-LOC" {
		t.Fatalf("the model does not tag the neighbours as places: %v", tags)
	}
	if tags[4] != "B-LOC" {
		t.Errorf("list member tagged %s: %v", tags[4], tags)
	}
}

// Unfamiliar words right after a title, past a bracketed aside, are a
// person's name; a span never keeps a bracket without its partner.
func TestTitledNameAndLoneBrackets(t *testing.T) {
	m := shipped(t)
	toks := []string{"महानिदेशक", "मेजर", "जनरल", "(", "रेस", ")", "अमीर", "बरम", "की", "अध्यक्षता", "में"}
	tags := m.TagTokens(toks)
	if tags[6] != "B-PER" || tags[7] != "I-PER" || tags[1] != "O" || tags[2] != "O" {
		t.Errorf("titled name: %v", tags)
	}
	// A name whose first word is unfamiliar and whose last is also an
	// ordinary word (हेड, "head"), and a title followed by ordinary words
	// only, which is no name.
	for _, c := range []struct{ text, want string }{
		{"कप्तान ट्रैविस हेड ने शानदार शतक लगाया ।", "O B-PER I-PER O O O O O"},
		{"बैठक में सचिव सहित राज्यस्तरीय अधिकारी मौजूद थे ।", "O O O O O O O O O"},
	} {
		if got := strings.Join(m.TagTokens(strings.Fields(c.text)), " "); got != c.want {
			t.Errorf("%s\n got %s\nwant %s", c.text, got, c.want)
		}
	}
	for _, toks := range [][]string{
		{"इज़राइल", "संयुक्त", "कार्य", "समूह", "(", "JWG", "की", "बैठक"},
		{"उन्होंने", "(", "भारत", "के", "लिए", "कहा"},
	} {
		tags := m.TagTokens(toks)
		for i, w := range toks {
			if (w == "(" || w == ")") && tags[i] != "O" {
				open := 0
				for j := i; j < len(toks) && tags[j] != "O" && (j == i || tags[j][0] == 'I'); j++ {
					if toks[j] == "(" {
						open++
					} else if toks[j] == ")" {
						open--
					}
				}
				if open != 0 || tags[i][0] == 'B' {
					t.Errorf("lone bracket inside a span: %v %v", toks, tags)
				}
			}
		}
	}
}

// A name in Latin letters ending on an organisation's head word is an
// organisation, the head word taken in when the scores left it out; a
// name with a Devanagari word ending on one is no person.
func TestLatinOrgHeads(t *testing.T) {
	m := shipped(t)
	toks := strings.Fields("Delhi Police ने Twitter को नोटिस भेजा ।")
	if got := m.TagTokens(toks); got[0] != "B-ORG" || got[1] != "I-ORG" {
		t.Errorf("Delhi Police: %v", got)
	}
	toks = strings.Fields("इस फिल्म को यशराज फिल्म्स ने बनाया है ।")
	if got := m.TagTokens(toks); got[3] != "B-ORG" || got[4] != "I-ORG" {
		t.Errorf("यशराज फिल्म्स: %v", got)
	}
	const L, H = cueLatin, cueLatin | cueOrgHead
	for _, c := range []struct {
		cues        []wordCue
		labels, out string
	}{
		{[]wordCue{L, H, 0}, "B-PER I-PER O", "B-ORG I-ORG O"},        // Delhi Police ने
		{[]wordCue{L, H, 0}, "B-LOC O O", "B-ORG I-ORG O"},            // Reliance Industries के, the head left out
		{[]wordCue{0, H, 0}, "B-PER I-PER O", "B-ORG I-ORG O"},        // a Devanagari name on a head (यशराज फिल्म्स): no person
		{[]wordCue{0, H, 0}, "B-LOC I-LOC O", "B-LOC I-LOC O"},        // a Devanagari place or organisation: the model's
		{[]wordCue{0, 0, H}, "B-LOC O O", "B-LOC O O"},                // only a Latin name takes a head word in
		{[]wordCue{L, L, 0}, "B-PER I-PER O", "B-PER I-PER O"},        // no head word
		{[]wordCue{H, 0, L, H}, "O O B-LOC I-LOC", "O O B-ORG I-ORG"}, // a lone head word is no name
		{[]wordCue{L, H, H}, "B-PER O B-LOC", "B-ORG I-ORG B-ORG"},    // the next name is read on its own
	} {
		checkRule(t, orgHeads, c.cues, c.labels, c.out)
	}
}

// A lone member of a list takes the type of the names beside it when it
// is unfamiliar, or when it is a place the place lists name and the list
// is one of places.
func TestListMembers(t *testing.T) {
	toks := strings.Fields("अभियोजक ने केवल पांच स्थितियों की जांच की - युगांडा , मध्य अफ्रीकी गणराज्य , डारफुर और केन्या .")
	if got := shipped(t).TagTokens(toks); got[len(got)-2] != "B-LOC" {
		t.Errorf("केन्या after a list of places: %v", got)
	}
	const R, J, P, E = cueRare | cueName, cueJoiner | cueEdge, cuePlace | cueName, cueEdge
	for _, c := range []struct {
		cues        []wordCue
		labels, out string
	}{
		{[]wordCue{0, J, R, J, 0}, "B-LOC O O O B-LOC", "B-LOC O B-LOC O B-LOC"}, // नासिक , वर्धा और भंडारा
		{[]wordCue{0, J, P, E}, "B-LOC O O O", "B-LOC O B-LOC O"},                // डारफुर और केन्या .
		{[]wordCue{0, J, J, P, E}, "B-LOC O O O O", "B-LOC O O B-LOC O"},         // नंदुरबार , और नासिक ।
		{[]wordCue{0, E, J, R, E}, "B-LOC O O O O", "B-LOC O O O O"},             // a joiner after a mark that joins nothing
		{[]wordCue{0, J, P, E}, "B-PER O O O", "B-PER O O O"},                    // a known place among persons stays
		{[]wordCue{0, J, cueName, E}, "B-LOC O O O", "B-LOC O O O"},              // an ordinary word stays
		{[]wordCue{0, J, R, 0}, "B-ORG O O O", "B-ORG O O O"},                    // not alone: the member runs on
	} {
		checkRule(t, listMembers, c.cues, c.labels, c.out)
	}
}

// A monarch's ordinal belongs to the name, and a word said twice in a row
// starts a second name.
func TestRegnalOrdinalsAndDoubledWords(t *testing.T) {
	toks := strings.Fields("ओक - ओकलैंड ओकलैंड एथलेटिक्स ( इसके अलावा पूर्व खिलाड़ी )")
	if got := shipped(t).TagTokens(toks); got[2] != "B-ORG" || got[3] != "B-ORG" || got[4] != "I-ORG" {
		t.Errorf("the city and its team: %v", got)
	}
	const N, O = cueName | cueRare, cueOrdinal
	checkRule(t, regnalOrdinals, []wordCue{N, O, 0}, "B-PER O O", "B-PER I-PER O")
	checkRule(t, regnalOrdinals, []wordCue{N, O, 0}, "B-LOC O O", "B-LOC O O") // only a person's
	checkRule(t, regnalOrdinals, []wordCue{0, O, 0}, "O O O", "O O O")
	doubled := func(idx ...int32) func([]wordCue, []int) {
		return func(cues []wordCue, labels []int) { doubledWords(cues, idx, labels) }
	}
	checkRule(t, doubled(1, 1, 2), []wordCue{N, N, N}, "B-ORG I-ORG I-ORG", "B-ORG B-ORG I-ORG")                 // ओकलैंड ओकलैंड एथलेटिक्स
	checkRule(t, doubled(1, 1, 2), []wordCue{cueAbbrev, cueAbbrev, N}, "B-PER I-PER I-PER", "B-PER I-PER I-PER") // आर आर मार्टिन: initials
	checkRule(t, doubled(1, 2, 2), []wordCue{N, N, N}, "B-PER I-PER O", "B-PER I-PER O")
}

// A festival is no name, whatever one noisy training mention says; nor
// is a degree or a device.
func TestFestivalsAreNoNames(t *testing.T) {
	m := shipped(t)
	for _, text := range []string{
		"इस साल क्रिसमस और दिवाली पर यह फिल्म रिलीज होगी ।",
		// Degrees and a device, which read like names.
		"मेडिकल इंटर्न , एमबीबीएस , बीएससी और नर्सिंग के आखिरी साल के छात्र इस अभियान से जुड़ेंगे ।",
		"नए कपड़े एलईडी लैंप की रोशनी से अपने - आप साफ हो जाते हैं ।",
	} {
		toks := strings.Fields(text)
		for i, tag := range m.TagTokens(toks) {
			if tag != "O" {
				t.Errorf("%s tagged %s: %v", toks[i], tag, toks)
			}
		}
	}
}

// checkRule runs a rule after decoding over labels (BIO tags separated by
// spaces) with the given word cues and compares the result with out.
func checkRule(t *testing.T, rule func([]wordCue, []int), cues []wordCue, labels, out string) {
	t.Helper()
	ys := goldLabels(strings.Fields(labels))
	rule(cues, ys)
	got := make([]string, len(ys))
	for i, y := range ys {
		got[i] = LabelNames[y]
	}
	if g := strings.Join(got, " "); g != out {
		t.Errorf("%s: got %s, want %s", labels, g, out)
	}
}
