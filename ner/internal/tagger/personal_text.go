package tagger

import (
	"strings"

	"tippani/hindi/tokenize"
)

// A NameSpan is a reader's entity in a display text: byte offsets
// [Start, End) and a type. Types other than PER, LOC and ORG (dates,
// numbers, a reader's own types) are not names to the recognizer and
// count as O.
type NameSpan struct {
	Start, End int
	Type       string
}

// LessonsIn turns a reader's decisions on a document into lessons: every
// sentence of text (cut as Recognize cuts them: at sentence punctuation,
// line breaks and maxSentenceWords) that overlaps one of the touched byte
// ranges, with the reader's names as its truth. A token belongs to a name
// when they overlap; the names must not overlap each other (annotations
// never do). Sentences nobody touched give no lesson: suggestions no one
// looked at teach nothing.
func LessonsIn(text string, toks []tokenize.Token, names []NameSpan, touched [][2]int) []Lesson {
	toks = validTokens(text, toks)
	var out []Lesson
	start := 0
	for i := range toks {
		end := i == len(toks)-1 || i-start+1 >= maxSentenceWords || endsSentence(text[toks[i].Start:toks[i].End]) ||
			strings.ContainsAny(text[toks[i].End:toks[i+1].Start], "\n\r\u2028\u2029")
		if !end {
			continue
		}
		from, to := toks[start].Start, toks[i].End
		hit := false
		for _, r := range touched {
			hit = hit || r[0] < to && from < r[1] || r[0] == r[1] && from <= r[0] && r[0] <= to
		}
		if hit {
			out = append(out, lesson(text, toks[start:i+1], names))
		}
		start = i + 1
	}
	return out
}

// lesson labels the tokens of one sentence with the names over them.
func lesson(text string, toks []tokenize.Token, names []NameSpan) Lesson {
	ls := Lesson{Tokens: make([]string, len(toks)), Tags: make([]string, len(toks))}
	prev := -1 // index of the name the token before belongs to
	for i, t := range toks {
		ls.Tokens[i] = text[t.Start:t.End]
		ls.Tags[i] = "O"
		for k, n := range names {
			if n.Start >= t.End || t.Start >= n.End || (n.Type != "PER" && n.Type != "LOC" && n.Type != "ORG") {
				continue
			}
			if k == prev {
				ls.Tags[i] = "I-" + n.Type
			} else {
				ls.Tags[i] = "B-" + n.Type
			}
			prev = k
			break
		}
		if ls.Tags[i] == "O" {
			prev = -1
		}
	}
	return ls
}
