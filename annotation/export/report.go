package export

import (
	"strconv"
	"strings"
)

// Lines says in English sentences what the report holds, for the command
// line; the page words the same fields in its own languages.
func (r Report) Lines() []string {
	var out []string
	add := func(s ...string) { out = append(out, strings.Join(s, "")) }
	n := strconv.Itoa
	if c := r.CoNLL; c != nil {
		add(n(c.Tokens), " tokens, ", n(c.Sentences), " sentences; ", n(c.Entities), " entities: ", n(c.Aligned),
			" on token boundaries, ", n(c.Widened), " widened, ", n(c.Dropped), " dropped")
	}
	if c := r.CoNLLRead; c != nil {
		add("read ", n(c.Sentences), " sentences, ", n(c.Tokens), " tokens, ", n(c.Entities), " entities (", n(c.Unmapped),
			" tags past the custom types a document may have read as O)")
	}
	if r.Records > 1 {
		add("the file holds ", n(r.Records), " documents; this is number ", n(r.Record), " (choose another with -record N)")
	}
	if r.UTF16 {
		add("positions counted in UTF-16 code units (as JavaScript counts) were converted to and from code points")
	}
	if r.Reanchored > 0 {
		add(n(r.Reanchored), " entities were placed by their quoted words, as the text at their stated positions differed")
	}
	if r.Overlapping > 0 {
		add(n(r.Overlapping), " entities overlap others and were kept as unplaced, to place or discard")
	}
	if r.Superseded > 0 {
		add(n(r.Superseded), " model predictions were left out where a person's annotation covers the same words")
	}
	if r.Refused > 0 {
		add(n(r.Refused), " entities were left out: their labels (", strings.Join(r.RefusedLabels, ", "),
			") are past the 12 custom types a document may have")
	}
	if r.Ignored > 0 {
		add(n(r.Ignored), " records of kinds Tippani does not keep (relations, events, attributes, unlabelled notes) were left out")
	}
	return out
}
