package anchor

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"

	"tippani/annotation"
	"tippani/hindi/normalize"
)

// This file makes the random texts, annotations and edits the property
// tests, the fuzz target and the benchmark share.

// edit replaces old code points [from, to) with text; from == to inserts.
type edit struct {
	from, to int
	text     []rune
}

// applyEdits returns old with edits (sorted, disjoint and not touching)
// applied.
func applyEdits(old []rune, edits []edit) []rune {
	out := make([]rune, 0, len(old)+64)
	at := 0
	for _, e := range edits {
		out = append(out, old[at:e.from]...)
		out = append(out, e.text...)
		at = e.to
	}
	return append(out, old[at:]...)
}

// shiftUntouched returns where old span [s, e) went under edits if no edit
// touches it or the c code points on each side (an edit ending or
// starting exactly at the window's edge touches it too, and so does one at
// the text's edge when the window reaches it).
func shiftUntouched(edits []edit, s, e, c, oldLen int) (int, bool) {
	ws, we := max(0, s-c), min(oldLen, e+c)
	shift := 0
	for _, ed := range edits {
		if ed.from <= we && ed.to >= ws {
			return 0, false
		}
		if ed.to < ws {
			shift += len(ed.text) - (ed.to - ed.from)
		}
	}
	return s + shift, true
}

// vocabulary is a small word list, so that quotes repeat and the choice
// between candidates is exercised: conjuncts, nuktas, matras, Latin,
// digits of both scripts and punctuation.
var vocabulary = strings.Fields(`भारत इज़राइल क्षेत्र सहयोग मंत्री राज्य रक्षा समझौते तेल अवीव राजेश कुमार सिंह
	प्रधानमंत्री श्री कि के में है और ने को पर से । , ( ) JWG MoU 2025 १२ नई दिल्ली संयुक्त बैठक`)

// randomWords returns n words of vocabulary separated by single spaces,
// with a line break now and then.
func randomWords(rng *rand.Rand, n int) []rune {
	var b strings.Builder
	for i := range n {
		if i > 0 {
			if rng.IntN(15) == 0 {
				b.WriteByte('\n')
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(vocabulary[rng.IntN(len(vocabulary))])
	}
	return []rune(b.String())
}

// wordSpans returns the spans of runs of non-space code points.
func wordSpans(text []rune) []Span {
	var out []Span
	for i := 0; i < len(text); {
		if text[i] == ' ' || text[i] == '\n' {
			i++
			continue
		}
		j := i
		for j < len(text) && text[j] != ' ' && text[j] != '\n' {
			j++
		}
		out = append(out, Span{i, j})
		i = j
	}
	return out
}

// randomAnnotations marks about one word in four, spans of one to three
// words, with a unique note each (so tests can tell them apart) and a mix
// of sources.
func randomAnnotations(rng *rand.Rand, text []rune) []annotation.Annotation {
	words := wordSpans(text)
	var anns []annotation.Annotation
	for i := 0; i < len(words); {
		if rng.IntN(4) != 0 {
			i++
			continue
		}
		j := min(len(words), i+1+rng.IntN(3))
		a := annotation.Annotation{
			Start: words[i].Start, End: words[j-1].End,
			Type: annotation.Types[rng.IntN(len(annotation.Types))],
			Note: "n" + strconv.Itoa(len(anns)),
		}
		if rng.IntN(3) == 0 {
			a.Source, a.Score = annotation.SourceModel, 0.5
		} else {
			a.Source = annotation.SourcePerson
		}
		anns = append(anns, a)
		i = j + 1 // leave a word between annotations
	}
	return anns
}

// randomEdits returns up to n disjoint, non-touching edits of old, most of
// them at or near annotation boundaries (before, after, around or inside
// an annotation), the rest anywhere. Edits insert, delete or replace words
// or single code points.
func randomEdits(rng *rand.Rand, old []rune, anns []annotation.Annotation, n int) []edit {
	var edits []edit
	for range n {
		var at int
		if len(anns) > 0 && rng.IntN(3) > 0 {
			a := anns[rng.IntN(len(anns))]
			switch rng.IntN(3) {
			case 0:
				at = a.Start + rng.IntN(5) - 2
			case 1:
				at = a.End + rng.IntN(5) - 2
			default:
				at = a.Start + rng.IntN(a.End-a.Start)
			}
		} else {
			at = rng.IntN(len(old) + 1)
		}
		at = min(max(at, 0), len(old))
		var e edit
		switch rng.IntN(4) {
		case 0: // insert words
			e = edit{at, at, append([]rune(" "), randomWords(rng, 1+rng.IntN(3))...)}
		case 1: // delete up to a few words' worth
			e = edit{at, min(len(old), at+1+rng.IntN(20)), nil}
		case 2: // replace a stretch with words
			e = edit{at, min(len(old), at+1+rng.IntN(12)), randomWords(rng, 1+rng.IntN(2))}
		default: // change one code point to another of the same kind
			if at == len(old) {
				continue
			}
			e = edit{at, at + 1, []rune{similar(rng, old[at])}}
		}
		edits = append(edits, e)
	}
	slices.SortFunc(edits, func(a, b edit) int { return a.from - b.from })
	out := edits[:0]
	for _, e := range edits {
		if len(out) == 0 || e.from > out[len(out)-1].to {
			out = append(out, e)
		}
	}
	return out
}

// similar returns a code point of the same kind as r (a vowel sign for a
// vowel sign, a consonant for a consonant), the kind of slip a reader
// corrects: आखरी → आखिरी.
func similar(rng *rand.Rand, r rune) rune {
	const signs, letters = "ािीुूेैोौं", "कखगचजटडतदनपबमयरलवसह"
	pool := letters
	if strings.ContainsRune(signs, r) {
		pool = signs
	}
	rs := []rune(pool)
	return rs[rng.IntN(len(rs))]
}

// displayForm reports whether text is already in display form, which both
// texts of a re-anchoring must be. Random edits occasionally leave a mark
// that normalization would move; such cases are drawn again.
func displayForm(text string) bool { return normalize.String(text) == text }
