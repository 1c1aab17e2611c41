package conll

import "strings"

// Types are the entity types Tippani's statistical recognizer predicts, in
// the fixed order used by reports.
var Types = []string{"PER", "LOC", "ORG"}

// typeNames maps every corpus type name onto PER, LOC or ORG. Types absent
// from the map (time, number, artifact, language, misc, …) map to O.
var typeNames = map[string]string{
	// IL-NER
	"NEP": "PER",
	"NEL": "LOC",
	"NEO": "ORG",
	// HiNER
	"PERSON":       "PER",
	"LOCATION":     "LOC",
	"ORGANIZATION": "ORG",
	// already canonical (our own output, CoNLL-2003 style files)
	"PER": "PER",
	"LOC": "LOC",
	"ORG": "ORG",
}

// MapTag converts one corpus tag to canonical BIO over PER/LOC/ORG:
// "B-PER", "I-LOC", "O", …
//
// The tag is read by ParseTag; its type name is then looked up in the two
// corpus vocabularies (case ignored), and every other type reads as O.
func MapTag(tag string) string {
	inside, name := ParseTag(tag)
	if name == "" {
		return "O"
	}
	t, ok := typeNames[strings.ToUpper(name)]
	if !ok {
		return "O"
	}
	if inside {
		return "I-" + t
	}
	return "B-" + t
}

// ParseTag splits a tag into whether it continues an entity and the
// entity's type name, as written; name is "" for O. It is the one reading
// of tags in the project, for the recognizer's corpora and for CoNLL files
// opened in the annotator alike.
//
// Tags are BIO, BIOES/BILOU or bare type names. A prefix is the part before
// the first "-" or "_" when it is empty or one of B, I, S, U, E, L, M (in
// either case): B, S, U and an empty prefix ("-NEP", a known malformation
// of the corpora) begin an entity; I, E, L and M continue one. With any
// other part before the separator, or no separator, the whole tag is the
// type name and begins an entity ("PERSON", "NUM_RANGE"). "O", a bare "-"
// and an empty tag are O. Surrounding white space is ignored.
func ParseTag(tag string) (inside bool, name string) {
	tag = strings.TrimSpace(tag)
	if tag == "" || tag == "O" || tag == "o" || tag == "-" {
		return false, ""
	}
	i := strings.IndexAny(tag, "-_")
	if i < 0 || i > 1 {
		return false, tag
	}
	switch tag[:i] {
	case "", "B", "b", "S", "s", "U", "u":
		return false, tag[i+1:]
	case "I", "i", "E", "e", "L", "l", "M", "m":
		return true, tag[i+1:]
	}
	return false, tag
}

// MapTags maps a whole tag sequence with MapTag and then repairs BIO so
// that every I-X follows B-X or I-X (an orphan I-X starts a new entity,
// as CoNLL scoring treats it).
func MapTags(tags []string) []string {
	out := make([]string, len(tags))
	prev := "O"
	for i, t := range tags {
		m := MapTag(t)
		if strings.HasPrefix(m, "I-") && (prev == "O" || prev[2:] != m[2:]) {
			m = "B-" + m[2:]
		}
		out[i] = m
		prev = m
	}
	return out
}
