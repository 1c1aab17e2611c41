package train

import (
	"math/rand"
	"strings"

	"tippani/hindi/normalize"
	"tippani/ner/internal/tagger"
)

// Latin-script copies of training sentences. Hindi news writes many
// names in Latin letters (Delhi Police, Twitter, ISRO), but the corpora
// hold almost none, so the model would learn nothing about them. Training
// therefore adds copies of some sentences that hold a name, in which the
// names are rewritten in Latin script with their labels kept: an acronym
// spelled in Devanagari letter names becomes its Latin capitals (ईबीआरडी
// → EBRD), any other name a capitalized romanization (दिल्ली पुलिस →
// Dilli Pulis). The romanization is a plain reading of the letters with
// the common spelling variants drawn at random (ी as i or ee, व as v or
// w), as Hindi writers romanize names by ear, not by a standard.

// romanConsonants are the consonants' Latin spellings; a nukta after
// the consonant selects the second entry when there is one.
var romanConsonants = map[rune][2]string{
	'क': {"k", "q"}, 'ख': {"kh", "kh"}, 'ग': {"g", "gh"}, 'घ': {"gh", ""}, 'ङ': {"n", ""},
	'च': {"ch", ""}, 'छ': {"chh", ""}, 'ज': {"j", "z"}, 'झ': {"jh", ""}, 'ञ': {"n", ""},
	'ट': {"t", ""}, 'ठ': {"th", ""}, 'ड': {"d", "r"}, 'ढ': {"dh", "rh"}, 'ण': {"n", ""},
	'त': {"t", ""}, 'थ': {"th", ""}, 'द': {"d", ""}, 'ध': {"dh", ""}, 'न': {"n", ""},
	'प': {"p", ""}, 'फ': {"ph", "f"}, 'ब': {"b", ""}, 'भ': {"bh", ""}, 'म': {"m", ""},
	'य': {"y", ""}, 'र': {"r", ""}, 'ल': {"l", ""}, 'व': {"v", ""}, 'श': {"sh", ""},
	'ष': {"sh", ""}, 'स': {"s", ""}, 'ह': {"h", ""}, 'ळ': {"l", ""},
}

// romanVowels are the independent vowels and the vowel signs.
var romanVowels = map[rune]string{
	'अ': "a", 'आ': "a", 'इ': "i", 'ई': "i", 'उ': "u", 'ऊ': "u", 'ऋ': "ri", 'ए': "e",
	'ऐ': "ai", 'ओ': "o", 'औ': "au", 'ऑ': "o", 'ऍ': "e",
	'ा': "a", 'ि': "i", 'ी': "i", 'ु': "u", 'ू': "u", 'ृ': "ri", 'े': "e", 'ै': "ai",
	'ो': "o", 'ौ': "au", 'ॉ': "o", 'ॅ': "e",
}

// romanVariants are the spelling choices writers make differently.
var romanVariants = map[string][]string{
	"ी": {"i", "ee"}, "ू": {"u", "oo"}, "व": {"v", "w"}, "फ": {"ph", "f"}, "ई": {"i", "ee"},
}

// romanize spells a display-form Devanagari word in Latin letters,
// capitalized. Characters it does not know are left out; a word with no
// Devanagari letter comes back unchanged.
func romanize(word string, rng *rand.Rand) string {
	var b strings.Builder
	rs := []rune(word)
	// pending: the last consonant's inherent vowel is not yet written;
	// afterVowel: that consonant follows a vowel (not a virama or the
	// word's start); joined: it follows a virama (ends a cluster).
	pending, afterVowel, joined := false, false, false
	lastVowel := false // the last thing written was a vowel
	variant := func(s string, key rune) string {
		if v, ok := romanVariants[string(key)]; ok && rng != nil {
			return v[rng.Intn(len(v))]
		}
		return s
	}
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if c, ok := romanConsonants[r]; ok {
			nukta := i+1 < len(rs) && rs[i+1] == '\u093C'
			next := i + 1
			if nukta {
				next++
			}
			if pending {
				// The medial schwa is silent between a vowel and a
				// consonant that carries a vowel sign (इसरो → Isro).
				if !(afterVowel && next < len(rs) && isVowelSign(rs[next])) {
					b.WriteByte('a')
					lastVowel = true
				} else {
					lastVowel = false
				}
			}
			s := c[0]
			if nukta && c[1] != "" {
				s = c[1]
			} else if !nukta {
				s = variant(s, r)
			}
			afterVowel, joined = lastVowel, i > 0 && rs[i-1] == '\u094D'
			if nukta {
				i++
			}
			b.WriteString(s)
			pending, lastVowel = true, false
			continue
		}
		switch {
		case r == '\u094D': // virama: no vowel
			pending = false
		case r == 'ं' || r == 'ँ':
			if pending {
				b.WriteByte('a')
				pending = false
			}
			if i+1 < len(rs) && strings.ContainsRune("पफबभम", rs[i+1]) {
				b.WriteByte('m')
			} else {
				b.WriteByte('n')
			}
			lastVowel = false
		case r == 'ः':
			b.WriteByte('h')
			lastVowel = false
		default:
			v, ok := romanVowels[r]
			if !ok {
				continue
			}
			if pending && !isVowelSign(r) {
				b.WriteByte('a') // an independent vowel after a consonant: बई → bai
			}
			pending = false
			b.WriteString(variant(v, r))
			lastVowel = true
		}
	}
	// A final inherent vowel is silent (राम → Ram) unless it ends a
	// cluster (नरेन्द्र → Narendra) or the word is one consonant (न → Na).
	if pending && (joined || b.Len() <= 2) {
		b.WriteByte('a')
	}
	out := b.String()
	if out == "" {
		return word
	}
	return strings.ToUpper(out[:1]) + out[1:]
}

// isVowelSign reports a dependent vowel sign (matra).
func isVowelSign(r rune) bool {
	return (r >= '\u093E' && r <= '\u094C') || r == '\u0962' || r == '\u0963'
}

// latinName rewrites one word of a name in Latin script: the Latin
// capitals of a letter-name acronym, or its romanization.
func latinName(word string, rng *rand.Rand) string {
	if a := tagger.LatinAcronym(normalize.Key(word)); a != "" {
		return strings.ToUpper(a)
	}
	return romanize(word, rng)
}

// latinCopies returns copies of a share ratio of the examples that hold
// a name, each name of a copy rewritten in Latin script with probability
// latinSpanShare. Copies are of corpus corpusLatin: they are trained on
// like their source, but names are not mined from them and they are not
// held out for calibration.
func latinCopies(exs []example, ratio float64, rng *rand.Rand) []example {
	var out []example
	for _, ex := range exs {
		if rng.Float64() >= ratio {
			continue
		}
		cp := example{words: append([]string(nil), ex.words...), gold: ex.gold, corpus: corpusLatin}
		changed := false
		for i, j, _ := tagger.NextSpan(ex.gold, 0); i < len(ex.gold); i, j, _ = tagger.NextSpan(ex.gold, j) {
			if rng.Float64() >= latinSpanShare {
				continue
			}
			for k := i; k < j; k++ {
				if w := latinName(ex.words[k], rng); w != ex.words[k] {
					cp.words[k] = w
					changed = true
				}
			}
		}
		if changed {
			out = append(out, cp)
		}
	}
	return out
}

// latinSpanShare is the share of a copy's names written in Latin script;
// the others stay in Devanagari, as in text that mixes both.
const latinSpanShare = 0.7
