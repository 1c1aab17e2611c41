package export

import (
	"bufio"
	"io"
	"strings"
	"unicode"

	"tippani/annotation"
	"tippani/hindi/tokenize"
	"tippani/textpos"
)

// CoNLLStats says how the entities of a text mapped onto its tokens.
type CoNLLStats struct {
	Tokens    int `json:"tokens"`
	Sentences int `json:"sentences"`
	Entities  int `json:"entities"`
	// Aligned entities start and end exactly on token boundaries.
	Aligned int `json:"aligned"`
	// Widened entities cut through a token and were extended to the
	// whole tokens they overlap.
	Widened int `json:"widened"`
	// Dropped entities lie entirely inside tokens already given to an
	// earlier entity, so they have no token of their own.
	Dropped int `json:"dropped"`
}

// CoNLL writes text and anns as two-column CoNLL: one "token<TAB>tag" line
// per token of tokenize.Tokens (every token; only white space is left out),
// tags in BIO form ("B-PER", "I-PER", "O"; a custom type's code as its
// label, "B-WORK"), and a blank line between
// sentences as tokenize.Sentences finds them (after । ? ! and final
// periods, and at every line break, so headlines, captions and paragraphs
// stay apart). A sentence break that would fall inside an entity is left
// out, so every entity stays whole within one sentence.
//
// Entities that do not fall on token boundaries are mapped to every token
// they overlap: the first such token gets B-, the rest I-. When two entities
// overlap the same token (both marked inside one word), the earlier entity
// keeps it and the later one keeps only its remaining
// tokens, or is dropped if none remain. The returned CoNLLStats counts these
// cases so a caller can warn. The output is what `tippani eval` and the
// shared NER corpora use. The annotations are validated first (under
// annotation.FileLimits: any size, but otherwise as strict as a share),
// with the custom types they may use.
func CoNLL(w io.Writer, text string, anns []annotation.Annotation, custom ...annotation.CustomType) (CoNLLStats, error) {
	if err := annotation.Validate(text, anns, annotation.FileLimits(), custom...); err != nil {
		return CoNLLStats{}, err
	}
	tokens := tokenize.Tokens(text)
	sentences := tokenize.Sentences(text, tokens)
	tags, stats := bioTags(text, tokens, annotation.Sorted(anns))
	bw := bufio.NewWriter(w)
	s := 0 // the sentence holding the previous token
	for i, tok := range tokens {
		if i > 0 && s < len(sentences) && tok.Start >= sentences[s].End {
			for s < len(sentences) && tok.Start >= sentences[s].End {
				s++
			}
			if !strings.HasPrefix(tags[i], "I-") {
				bw.WriteString("\n")
				stats.Sentences++
			}
		}
		bw.WriteString(strings.Map(spaceToUnderscore, text[tok.Start:tok.End]))
		bw.WriteString("\t")
		bw.WriteString(tags[i])
		bw.WriteString("\n")
	}
	if len(tokens) > 0 {
		stats.Sentences++
	}
	stats.Tokens = len(tokens)
	return stats, bw.Flush()
}

// spaceToUnderscore keeps a token on one CoNLL field should a tokenizer
// ever return one containing white space.
func spaceToUnderscore(r rune) rune {
	if unicode.IsSpace(r) {
		return '_'
	}
	return r
}

// bioTags assigns a BIO tag to every token; anns are sorted and do not overlap.
func bioTags(text string, tokens []tokenize.Token, anns []annotation.Annotation) ([]string, CoNLLStats) {
	index := textpos.New(text)
	tags := make([]string, len(tokens))
	for i := range tags {
		tags[i] = "O"
	}
	stats := CoNLLStats{Entities: len(anns)}
	t := 0 // first token that may overlap the current entity
	for _, a := range anns {
		start, end := index.ByteOffset(a.Start), index.ByteOffset(a.End)
		for t < len(tokens) && tokens[t].End <= start {
			t++
		}
		first, last := -1, -1
		for k := t; k < len(tokens) && tokens[k].Start < end; k++ {
			if tags[k] != "O" {
				continue // given to an earlier entity
			}
			if first < 0 {
				first = k
			}
			last = k
		}
		if first < 0 {
			stats.Dropped++
			continue
		}
		for k := first; k <= last; k++ {
			tags[k] = "I-" + string(a.Type)
		}
		tags[first] = "B-" + string(a.Type)
		if tokens[first].Start == start && tokens[last].End == end {
			stats.Aligned++
		} else {
			stats.Widened++
		}
	}
	return tags, stats
}
