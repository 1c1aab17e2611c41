package tagger

import (
	"strings"

	"tippani/hindi/normalize"
)

// Word lists that give the recognizer cues a bag of words learns slowly.
// They are written in display form and compared as matching keys.

// titleWords precede a person's name: honorifics, offices, ranks.
var titleWords = []string{
	"श्री", "श्रीमती", "सुश्री", "श्रीमान", "कुमारी", "डॉ", "डॉ.", "डा.", "डॉक्टर", "प्रो.", "प्रोफेसर",
	"मंत्री", "सचिव", "जनरल", "प्रधानमंत्री", "राष्ट्रपति", "मुख्यमंत्री", "उपराष्ट्रपति",
	"उपमुख्यमंत्री", "राज्यपाल", "महासचिव", "अध्यक्ष", "उपाध्यक्ष", "सांसद", "विधायक",
	"कप्तान", "कैप्टन", "मेजर", "कर्नल", "लेफ्टिनेंट", "ब्रिगेडियर", "एडमिरल", "मार्शल",
	"न्यायमूर्ति", "जस्टिस", "न्यायाधीश", "पंडित", "पं.", "स्वामी", "महात्मा", "मिस्टर", "मि.",
	"सर", "बाबू", "राजदूत", "उच्चायुक्त", "प्रवक्ता", "निदेशक", "महानिदेशक", "आयुक्त",
	"राजा", "रानी", "महाराजा", "महारानी", "संत", "मौलाना", "शेख", "गुरु", "साध्वी",
	"सेनाध्यक्ष", "प्रमुख", "नेता", "कवि", "लेखक", "अभिनेता", "अभिनेत्री", "गायक",
	"चेयरमैन", "सीईओ", "कुलपति", "प्राचार्य", "इंस्पेक्टर", "दरोगा", "सिपाही",
	"विदेशमंत्री", "रक्षामंत्री", "गृहमंत्री", "वित्तमंत्री", "सेनापति", "सम्राट", "बादशाह", "नवाब",
}

// postpositions follow nouns, and names in particular.
var postpositions = []string{
	"ने", "को", "का", "के", "की", "में", "से", "पर", "तक", "द्वारा", "लिए", "साथ",
	"वाले", "वाला", "वाली", "जी", "ओर", "बीच",
}

// titlesOutsideNames are titles, offices and ranks that stand before a
// person's name and never inside it: IL-NER's training split puts each
// just outside a person name more often than inside one (श्री 90 against
// 5, डॉ. 40 against 3, प्रधानमंत्री 16 against 2, लेखक 11 against 0; the
// counts are in MODEL.md), and the military ranks, which it rarely holds,
// are read the same way (मेजर जनरल अमीर बरम: the name is अमीर बरम).
// Titles IL-NER keeps inside (महात्मा, संत, राजा, स्वामी) are not here.
var titlesOutsideNames = []string{
	"श्री", "श्रीमती", "सुश्री", "श्रीमान", "डॉ", "डॉ.", "डा.", "डॉक्टर", "प्रो.", "प्रोफेसर",
	"मंत्री", "सचिव", "प्रधानमंत्री", "राष्ट्रपति", "मुख्यमंत्री", "उपराष्ट्रपति", "उपमुख्यमंत्री",
	"राज्यपाल", "महासचिव", "अध्यक्ष", "उपाध्यक्ष", "सांसद", "विधायक", "न्यायमूर्ति", "जस्टिस",
	"राजदूत", "उच्चायुक्त", "प्रवक्ता", "निदेशक", "महानिदेशक", "आयुक्त", "नेता", "कवि", "लेखक",
	"अभिनेता", "अभिनेत्री", "गायक", "चेयरमैन", "सीईओ", "कुलपति", "विदेशमंत्री", "रक्षामंत्री",
	"गृहमंत्री", "वित्तमंत्री", "सेनाध्यक्ष", "चिंतक",
	"जनरल", "मेजर", "लेफ्टिनेंट", "कर्नल", "ब्रिगेडियर", "एडमिरल", "कैप्टन", "कप्तान", "मार्शल",
}

// notNameWords are never part of a person, place or organization name,
// though the model, from their company, may take them for one:
// agreements and documents (MoU, एमओयू, समझौता ज्ञापन), meetings
// (जेडब्ल्यूजी बैठक: the group is जेडब्ल्यूजी), festivals and some
// abbreviations of things, not bodies (एमबीबीएस, पीपीई). None of them
// is inside a name anywhere in IL-NER's training split (see MODEL.md).
var notNameWords = []string{
	"बैठक", "बैठकों", "बैठकें", "एमओयू", "mou", "ज्ञापन", "समझौता", "समझौते", "समझौतों",
	// Festivals: HiNER gives them a type of their own (FESTIVAL), IL-NER
	// and MultiCoNER II leave them unmarked; none is a person, place or
	// organisation (HiNER's one क्रिसमस tagged a place, in a list of
	// festivals, is noise the model would otherwise repeat). Words that
	// are also people's names (ईद, रमज़ान) are not here.
	"दिवाली", "दीवाली", "दीपावली", "होली", "दशहरा", "दशहरे", "नवरात्रि", "नवरात्र", "पोंगल", "ओणम",
	"बैसाखी", "वैशाखी", "लोहड़ी", "रक्षाबंधन", "जन्माष्टमी", "क्रिसमस", "ईस्टर", "बकरीद", "मुहर्रम",
	// Abbreviations that read like an organisation's and name a degree, a
	// tax return, a substance or a device: IL-NER train leaves them
	// unmarked (डीएनए, पीपीई 4 times each, पीएचडी twice, एमबीबीएस once).
	// Not here: जीएसटी and जीडीपी, which begin names (जीएसटी परिषद, the
	// council), and cadres such as आईएएस and आईएफएस, which IL-NER tags
	// as organisations as often as not.
	"एमबीबीएस", "बीएससी", "एमएससी", "पीएचडी", "बीटेक", "एमबीए", "बीकॉम",
	"आईटीआर", "टीडीएस", "पीपीई", "एलपीजी", "सीएनजी", "डीएनए", "एलईडी",
	"mbbs", "phd", "itr", "tds", "ppe", "lpg", "cng", "dna",
}

// orgHeadWords are English words that end the names of organisations
// (Delhi Police, Reliance Industries, Yash Raj Films), as Hindi news
// writes them in Latin script, and the Devanagari spellings of those that
// Hindi borrows as they are (यशराज फिल्म्स). The corpora hold too few
// Latin-script names for the model to learn them, and words such as
// Police and Films romanized read like a person's name to it; a rule
// after decoding reads a name ending on one as an organisation
// (orgHeads). Words that also end places in the corpora's conventions
// (Hospital, College, Stadium: facilities, which MultiCoNER II counts as
// places) are not here.
var orgHeadWords = []string{
	"police", "bank", "court", "university", "institute", "party", "company", "corporation",
	"industries", "motors", "films", "pictures", "studios", "airlines", "airways", "foundation",
	"council", "commission", "association", "federation", "league", "board", "group", "limited",
	"ltd", "inc", "ministry", "department", "army", "navy", "agency", "bureau", "club", "society",
	"trust", "technologies", "labs", "systems", "services",
	// The same words as Hindi writes them when it borrows them.
	"फिल्म्स", "पिक्चर्स", "स्टूडियोज", "प्रोडक्शंस", "इंडस्ट्रीज", "मोटर्स", "लिमिटेड",
	"कॉरपोरेशन", "कॉर्पोरेशन", "कार्पोरेशन", "एयरलाइंस", "एयरवेज", "टेक्नोलॉजीज", "फाउंडेशन",
	"यूनिवर्सिटी", "एंटरटेनमेंट",
}

// letterNames maps the Devanagari spellings of Latin letter names, the
// syllables from which Hindi writes acronyms (एसबीआई, डब्ल्यूएचओ), to the
// letters.
var letterNames = map[string]byte{
	"ए": 'a', "बी": 'b', "सी": 'c', "डी": 'd', "ई": 'e', "एफ": 'f', "जी": 'g', "एच": 'h',
	"आई": 'i', "जे": 'j', "के": 'k', "एल": 'l', "एम": 'm', "एन": 'n', "ओ": 'o', "पी": 'p',
	"क्यू": 'q', "आर": 'r', "एस": 's', "टी": 't', "यू": 'u', "वी": 'v', "डब्ल्यू": 'w',
	"डब्लू": 'w', "डबल्यू": 'w', "एक्स": 'x', "वाई": 'y', "जेड": 'z', "जैड": 'z',
}

// regnalOrdinalWords end the names of monarchs and popes (एलिज़ाबेथ
// द्वितीय).
var regnalOrdinalWords = []string{"प्रथम", "द्वितीय", "तृतीय", "चतुर्थ", "पंचम", "षष्ठ", "सप्तम", "अष्टम", "नवम", "दशम"}

// listJoiners separate the members of a list.
var listJoiners = []string{",", "और", "तथा", "एवं", "व", "या", "/"}

var (
	listJoinerKeys = keySet(listJoiners)
	titleKeys      = keySet(titleWords)
	postpKeys      = keySet(postpositions)
	outsideKeys    = keySet(titlesOutsideNames)
	notNameKeys    = keySet(notNameWords)
	orgHeadKeys    = keySet(orgHeadWords)
	ordinalKeys    = keySet(regnalOrdinalWords)
	letterKeys     = letterKeySet()
	letterStarts   = indexLetterNames(letterKeys)
)

// IsListJoiner reports whether a matching key (normalize.Key) is a word
// or mark that separates list members.
func IsListJoiner(key string) bool { return listJoinerKeys[key] }

// IsPostposition reports whether a matching key is a postposition.
func IsPostposition(key string) bool { return postpKeys[key] }

func keySet(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[normalize.Key(normalize.String(w))] = true
		// Abbreviations are written both with and without the period.
		if t := strings.TrimSuffix(w, "."); t != w {
			m[normalize.Key(normalize.String(t))] = true
		}
	}
	return m
}

func letterKeySet() map[string]byte {
	m := make(map[string]byte, len(letterNames))
	for w, l := range letterNames {
		m[normalize.Key(normalize.String(w))] = l
	}
	return m
}

// letterName is one letter name in matching-key form and its letter.
type letterName struct {
	key    string
	letter byte
}

// letterIndexAt is the byte the letter names that could begin at key[i]
// are filed under: the third byte, which tells the Devanagari letters
// apart (their first two are E0 A4 or E0 A5), or the first when fewer
// than three remain. Letter names of under three bytes would be missed
// by the three-byte rule, so indexLetterNames refuses them.
func letterIndexAt(key string, i int) byte {
	if len(key)-i > 2 {
		return key[i+2]
	}
	return key[i]
}

// indexLetterNames files the letter names by letterIndexAt. The acronym
// parsers probe every byte position of a word for the names that begin
// there; a few string comparisons against this short list cost far less
// than a map probe per candidate length, under js/wasm above all.
func indexLetterNames(keys map[string]byte) *[256][]letterName {
	var idx [256][]letterName
	for k, l := range keys {
		if len(k) < 3 {
			panic("ner: letter name " + k + " is shorter than three bytes")
		}
		idx[k[2]] = append(idx[k[2]], letterName{k, l})
	}
	return &idx
}

// letterNamesAt returns the letter names that might begin at key[i]; the
// caller checks each with strings.HasPrefix.
func letterNamesAt(key string, i int) []letterName {
	return letterStarts[letterIndexAt(key, i)]
}

// letterSyllables returns how many Latin letter names key spells out
// completely (एसबीआई → 3), or 0 when it is not made only of letter
// names. It finds a segmentation by dynamic programming over byte
// positions, preferring the fewest syllables, and never allocates for
// words up to 64 bytes.
func letterSyllables(key string) int {
	var p letterParse
	return p.parse(key)
}

// LatinAcronym spells a Devanagari letter-name acronym in Latin letters
// (जेडब्ल्यूजी → "jwg"), or returns "" when key is not one or has fewer
// than two letters. Used to tie an acronym to its Latin spelling in the
// same text.
func LatinAcronym(key string) string {
	var p letterParse
	n := p.parse(key)
	if n < 2 {
		return ""
	}
	out := make([]byte, n)
	for j := len(key); j > 0; j = int(p.from[j]) {
		n--
		out[n] = p.letter[j]
	}
	return string(out)
}

// letterParse is the dynamic programme behind letterSyllables and
// LatinAcronym: for each prefix of the key, the fewest letter names that
// spell it, and the last letter and where it began, so the spelling can be
// read back. It lives on the caller's stack (keys are at most 64 bytes).
type letterParse struct {
	best   [65]int8 // best[i] = fewest names covering key[:i], -1 = impossible
	from   [65]int8
	letter [65]byte
}

// parse fills p for key and returns the fewest names that spell all of
// it, or 0 when no sequence of names does (or key is empty or too long).
func (p *letterParse) parse(key string) int {
	if len(key) == 0 || len(key) > 64 {
		return 0
	}
	for i := range p.best[:len(key)+1] {
		p.best[i] = -1
	}
	p.best[0] = 0
	for i := 0; i < len(key); i++ {
		if p.best[i] < 0 {
			continue
		}
		for _, ln := range letterNamesAt(key, i) {
			if !strings.HasPrefix(key[i:], ln.key) {
				continue
			}
			if j := i + len(ln.key); p.best[j] < 0 || p.best[i]+1 < p.best[j] {
				p.best[j], p.from[j], p.letter[j] = p.best[i]+1, int8(i), ln.letter
			}
		}
	}
	return max(int(p.best[len(key)]), 0)
}
