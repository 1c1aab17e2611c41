package export

import (
	"bufio"
	"bytes"
	"errors"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"tippani/annotation"
	"tippani/hindi/normalize"
	"tippani/internal/conllfile"
)

// conllFormat is two-column CoNLL with BIO tags.
var conllFormat = &Format{
	Name: "conll", Title: "CoNLL (BIO)", MediaType: "text/plain", Extension: ".conll",
	Write: func(doc *annotation.Document, _ WriteOptions) ([]byte, Report, error) {
		var buf bytes.Buffer
		stats, err := CoNLL(&buf, doc.Text, doc.Annotations, doc.CustomTypes...)
		return buf.Bytes(), Report{CoNLL: &stats}, err
	},
	Read: func(files []File, opts ReadOptions) (*annotation.Document, Report, error) {
		doc, stats, err := ReadCoNLL(files[0].Data, opts.Now)
		if err == nil {
			doc.Title = opts.Title
		}
		return doc, Report{CoNLLRead: &stats}, err
	},
}

// CoNLLReadStats says what ReadCoNLL found.
type CoNLLReadStats struct {
	Sentences int `json:"sentences"`
	Tokens    int `json:"tokens"`
	Entities  int `json:"entities"`
	// Unmapped counts entity tags read as O because their labels found no
	// room among the custom types (past annotation.MaxCustomTypes).
	Unmapped int `json:"unmapped"`
}

// ReadCoNLL turns a CoNLL file (one token per line, its tag in the second
// column, a blank line between sentences, as conllfile.Scan reads it) into a
// document, so that corpus files and CoNLL exports can be opened and
// corrected. Each token is put in display form on its own; the tokens of a
// sentence are joined by single spaces, except before closing punctuation
// (, . ; : ! ? । ॥ and closing brackets and quotes) and after opening
// brackets and quotes, and sentences are joined by line breaks.
//
// Tags are read by conllfile.ParseTag, the project's one reading of BIO, BIOES
// and bare tags; an I- tag that does not continue an entity of its type
// starts one, as CoNLL scoring reads it. A type name annotation.ParseType
// knows (PER, PERSON, NEP, TIMEX, ...) is that type; any other becomes a
// custom type, as many as a document may declare, and tags past those read
// as O (counted as Unmapped). The result passes validation under
// annotation.FileLimits. A line that is not UTF-8 or is over 1 MiB is an
// *annotation.Error naming the line.
func ReadCoNLL(data []byte, now time.Time) (*annotation.Document, CoNLLReadStats, error) {
	var (
		text     strings.Builder
		anns     []annotation.Annotation
		stats    CoNLLReadStats
		offset   int  // code points written so far
		inEntity bool // the previous token belongs to anns[len(anns)-1]
	)
	labels := newLabeler(nil)
	err := conllfile.Scan(bytes.NewReader(data), func(s conllfile.Sentence) error {
		if stats.Sentences > 0 {
			text.WriteByte('\n')
			offset++
		}
		stats.Sentences++
		inEntity = false
		prev := ""
		for i, raw := range s.Tokens {
			if !utf8.ValidString(raw) || !utf8.ValidString(s.Gold[i]) {
				line := s.Line + i
				return annotation.Errorf(annotation.CodeInvalidUTF8, "line "+strconv.Itoa(line), "line %d is not valid UTF-8", line)
			}
			token := normalize.String(strings.TrimSpace(raw))
			if token == "" {
				continue
			}
			if prev != "" && !noSpaceBetween(prev, token) {
				text.WriteByte(' ')
				offset++
			}
			inside, name := conllfile.ParseTag(s.Gold[i])
			var typ annotation.Type
			if name != "" {
				var ok bool
				if typ, ok = labels.typeOf(name); !ok {
					stats.Unmapped++
				}
			}
			n := utf8.RuneCountInString(token)
			switch {
			case typ == "":
				inEntity = false
			case inside && inEntity && anns[len(anns)-1].Type == typ:
				anns[len(anns)-1].End = offset + n
			default:
				anns = append(anns, annotation.Annotation{Start: offset, End: offset + n, Type: typ})
				inEntity = true
			}
			text.WriteString(token)
			prev = token
			offset += n
			stats.Tokens++
		}
		return nil
	})
	if err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			err = annotation.Errorf(annotation.CodeBadFormat, "", "a line is longer than 1 MiB; this is not a CoNLL file")
		}
		return nil, stats, err
	}
	stats.Entities = len(anns)
	doc := annotation.NewDocument("", text.String(), anns, now)
	doc.CustomTypes = labels.Custom()
	if err := doc.Validate(annotation.FileLimits()); err != nil {
		return nil, stats, err
	}
	return doc, stats, nil
}

// noSpaceBetween reports whether next is written right after prev, as
// closing punctuation follows a word and a word follows an opening bracket.
func noSpaceBetween(prev, next string) bool {
	first, _ := utf8.DecodeRuneInString(next)
	last, _ := utf8.DecodeLastRuneInString(prev)
	return strings.ContainsRune(",.;:!?।॥)]}”’%", first) || strings.ContainsRune("([{“‘", last)
}
