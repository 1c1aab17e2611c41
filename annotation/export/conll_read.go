package export

import (
	"bufio"
	"errors"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"tippani/annotation"
	"tippani/hindi/normalize"
)

// CoNLLReadStats says what ReadCoNLL found.
type CoNLLReadStats struct {
	Sentences int `json:"sentences"`
	Tokens    int `json:"tokens"`
	Entities  int `json:"entities"`
	// Unmapped counts entity tags of types Tippani does not annotate
	// (MISC, LANGUAGE, NEAR, ...), which were read as O.
	Unmapped int `json:"unmapped"`
}

// ReadCoNLL turns a CoNLL file (one token per line, its tag in the second
// column, a blank line between sentences) into a display text and its
// annotations, so that corpus files and CoNLL exports can be opened and
// corrected. Each token is put in display form on its own; the tokens of a
// sentence are joined by single spaces, except before closing punctuation
// (, . ; : ! ? । ॥ and closing brackets and quotes) and after opening
// brackets and quotes, and sentences are joined by line breaks.
//
// Columns are split on tabs, or on runs of spaces when a line has no tab; a
// line with one column is an untagged (O) token. Tags are BIO, BIOES or
// bare type names; the type may be a Tippani code or any name
// annotation.ParseType knows (PERSON, NEP, TIMEX, ...), and tags of other
// types read as O. A tag with a missing prefix ("-NEP") starts an entity,
// a bare "-" is O, and an I- tag that does not continue an entity of its
// type starts one, as CoNLL scoring reads it. A byte order mark and
// carriage returns are ignored. The result passes annotation.Validate
// under annotation.FileLimits. Bad input (a line that is not UTF-8 or is
// over 1 MiB) is an *annotation.Error naming the line; only errors from r
// itself are returned as they are.
func ReadCoNLL(r io.Reader) (string, []annotation.Annotation, CoNLLReadStats, error) {
	var (
		text      strings.Builder
		anns      []annotation.Annotation
		stats     CoNLLReadStats
		offset    int  // code points written so far
		inEntity  bool // the previous token belongs to anns[len(anns)-1]
		sentences int
		tokensNow int    // tokens in the current sentence
		prevToken string // the previous token of the sentence
	)
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for lineNo := 1; sc.Scan(); lineNo++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if lineNo == 1 {
			line = strings.TrimPrefix(line, "\ufeff")
		}
		if !utf8.ValidString(line) {
			return "", nil, stats, annotation.Errorf(annotation.CodeInvalidUTF8, "line "+strconv.Itoa(lineNo), "line %d is not valid UTF-8", lineNo)
		}
		cols := strings.Split(line, "\t")
		if len(cols) == 1 {
			cols = strings.Fields(line)
		}
		token := ""
		if len(cols) > 0 {
			token = normalize.String(strings.TrimSpace(cols[0]))
		}
		if token == "" {
			if tokensNow > 0 {
				sentences++
			}
			tokensNow, inEntity = 0, false
			continue
		}
		if tokensNow > 0 {
			if !noSpaceBetween(prevToken, token) {
				text.WriteByte(' ')
				offset++
			}
		} else if sentences > 0 || stats.Tokens > 0 {
			text.WriteByte('\n')
			offset++
		}
		tag := ""
		if len(cols) > 1 {
			tag = cols[1]
		}
		begin, typ, known := readTag(tag)
		if !known {
			stats.Unmapped++
		}
		n := utf8.RuneCountInString(token)
		switch {
		case typ == "":
			inEntity = false
		case !begin && inEntity && anns[len(anns)-1].Type == typ:
			anns[len(anns)-1].End = offset + n
		default:
			anns = append(anns, annotation.Annotation{Start: offset, End: offset + n, Type: typ})
			inEntity = true
		}
		text.WriteString(token)
		prevToken = token
		offset += n
		tokensNow++
		stats.Tokens++
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			err = annotation.Errorf(annotation.CodeBadFormat, "", "a line is longer than 1 MiB; this is not a CoNLL file")
		}
		return "", nil, stats, err
	}
	if tokensNow > 0 {
		sentences++
	}
	stats.Sentences, stats.Entities = sentences, len(anns)
	out := text.String()
	if err := annotation.Validate(out, anns, annotation.FileLimits()); err != nil {
		return "", nil, stats, err
	}
	return out, anns, stats, nil
}

// readTag splits a CoNLL tag into whether it begins an entity and the
// entity type ("" for O). known is false for an entity tag whose type
// Tippani does not annotate.
func readTag(tag string) (begin bool, typ annotation.Type, known bool) {
	tag = strings.TrimSpace(tag)
	if tag == "" || tag == "O" || tag == "o" || tag == "-" {
		return false, "", true
	}
	prefix, name := "", tag
	if i := strings.IndexAny(tag, "-_"); i >= 0 && i <= 1 {
		prefix, name = strings.ToUpper(tag[:i]), tag[i+1:]
	}
	t, ok := annotation.ParseType(name)
	if !ok {
		return false, "", false
	}
	// B, S and U begin an entity, and so does a tag with no prefix at all;
	// I, E, L and M continue one.
	switch prefix {
	case "I", "E", "L", "M":
		return false, t, true
	}
	return true, t, true
}

// noSpaceBetween reports whether next is written right after prev, as
// closing punctuation follows a word and a word follows an opening bracket.
func noSpaceBetween(prev, next string) bool {
	first, _ := utf8.DecodeRuneInString(next)
	last, _ := utf8.DecodeLastRuneInString(prev)
	return strings.ContainsRune(",.;:!?।॥)]}”’%", first) || strings.ContainsRune("([{“‘", last)
}
