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
	// MultiCoNER II fine types, grouped as its authors group them
	// (Person, Location, Group). Creative works, products and medical
	// types have no PER/LOC/ORG reading and map to O.
	"ARTIST":                "PER",
	"ATHLETE":               "PER",
	"POLITICIAN":            "PER",
	"CLERIC":                "PER",
	"SCIENTIST":             "PER",
	"SPORTSMANAGER":         "PER",
	"OTHERPER":              "PER",
	"HUMANSETTLEMENT":       "LOC",
	"FACILITY":              "LOC",
	"STATION":               "LOC",
	"OTHERLOC":              "LOC",
	"PUBLICCORP":            "ORG",
	"PRIVATECORP":           "ORG",
	"SPORTSGRP":             "ORG",
	"MUSICALGRP":            "ORG",
	"CARMANUFACTURER":       "ORG",
	"AEROSPACEMANUFACTURER": "ORG",
	// already canonical (our own output, CoNLL-2003 style files)
	"PER": "PER",
	"LOC": "LOC",
	"ORG": "ORG",
}

// MapTag converts one corpus tag to canonical BIO over PER/LOC/ORG:
// "B-PER", "I-LOC", "O", …
//
// It repairs the known malformations of the corpora: "-NEP" (a missing
// prefix) is a one-token entity and reads as B-NEP; a bare "-" or an
// empty tag reads as O. Both "B-X" and "I-X" are accepted; E-/S- (BIOES)
// prefixes are read as I-/B-. Case is ignored.
func MapTag(tag string) string {
	tag = strings.ToUpper(strings.TrimSpace(tag))
	if tag == "" || tag == "O" || tag == "-" {
		return "O"
	}
	prefix, name := "B", tag
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		prefix, name = tag[:i], tag[i+1:]
		switch prefix {
		case "", "B", "S", "U":
			prefix = "B"
		case "I", "E", "L", "M":
			prefix = "I"
		default:
			// Not a prefix at all: the whole tag is a type name.
			prefix, name = "B", tag
		}
	}
	t, ok := typeNames[name]
	if !ok {
		return "O"
	}
	return prefix + "-" + t
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
