package export

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"tippani/annotation"
)

// palette colours the custom types an import declares for labels that are
// not Tippani's, one per type in order of first use: distinct from the
// built-in types' colours and readable behind dark text.
var palette = [annotation.MaxCustomTypes]string{
	"#aa3377", "#66ccee", "#228833", "#ccbb44", "#ee6677", "#4477aa",
	"#bbbbbb", "#ee8866", "#99ddff", "#44bb99", "#eedd88", "#ffaabb",
}

// toolLabels are the labels of other tools' common schemes that name one
// of Tippani's types under another name (spaCy's GPE and FAC, spelling
// variants), looked up in upper case after annotation.ParseType.
var toolLabels = map[string]annotation.Type{
	"GPE": annotation.LOC, "FAC": annotation.LOC, "LOCALITY": annotation.LOC,
	"ORGANISATION": annotation.ORG, "PERS": annotation.PER,
	"CARDINAL": annotation.NUM, "QUANTITY": annotation.NUM,
}

// labeler turns the labels of another tool's file into Tippani types: a
// label annotation.ParseType knows is that built-in type ("PERSON" is PER);
// any other label becomes a custom type, declared on first use, whose code
// is the label in upper case with other characters as "_" (or T1, T2, ...
// when that is not a valid code, as for a Hindi label) and whose name is the
// label itself (see also toolLabels). Types the document already declares keep their
// declarations. Past annotation.MaxCustomTypes, further labels are refused
// (ok false) and counted, for the caller to report.
type labeler struct {
	custom  []annotation.CustomType
	byLabel map[string]annotation.Type
	// Refused counts the annotations whose label found no room.
	Refused int
	// RefusedLabels lists those labels in order of first use.
	RefusedLabels []string
}

func newLabeler(declared []annotation.CustomType) *labeler {
	l := &labeler{custom: declared, byLabel: map[string]annotation.Type{}}
	for _, c := range declared {
		l.byLabel[string(c.Code)] = c.Code
	}
	return l
}

// typeOf returns the type for label.
func (l *labeler) typeOf(label string) (annotation.Type, bool) {
	label = strings.TrimSpace(label)
	if t, ok := l.byLabel[label]; ok {
		return t, true
	}
	if t, ok := annotation.ParseType(label); ok {
		return t, true
	}
	if t, ok := toolLabels[strings.ToUpper(label)]; ok {
		return t, true
	}
	if label == "" {
		return "", false
	}
	if len(l.custom) >= annotation.MaxCustomTypes {
		l.Refused++
		found := false
		for _, r := range l.RefusedLabels {
			found = found || r == label
		}
		if !found {
			l.RefusedLabels = append(l.RefusedLabels, label)
		}
		return "", false
	}
	code := l.freeCode(label)
	name := label
	if n := utf8.RuneCountInString(name); n > 40 || !visibleLine(name) {
		name = string(code)
	}
	l.custom = append(l.custom, annotation.CustomType{Code: code, Name: name, Color: palette[len(l.custom)]})
	l.byLabel[label] = code
	return code, true
}

// freeCode makes a custom type code for label that no declared type has.
func (l *labeler) freeCode(label string) annotation.Type {
	var b []byte
	for _, r := range strings.ToUpper(label) {
		switch {
		case 'A' <= r && r <= 'Z' || '0' <= r && r <= '9':
			b = append(b, byte(r))
		case len(b) > 0 && b[len(b)-1] != '_':
			b = append(b, '_')
		}
	}
	code := annotation.Type(strings.TrimRight(string(b[:min(len(b), 16)]), "_"))
	if annotation.ValidCustomCode(code) && !l.taken(code) {
		return code
	}
	for n := len(l.custom) + 1; ; n++ {
		if c := annotation.Type("T" + strconv.Itoa(n)); !l.taken(c) {
			return c
		}
	}
}

func (l *labeler) taken(code annotation.Type) bool {
	for _, c := range l.custom {
		if c.Code == code {
			return true
		}
	}
	return false
}

// visibleLine reports whether s can be a custom type's name as it is: no
// control, format or separator characters other than the space.
func visibleLine(s string) bool {
	if strings.TrimSpace(s) != s || s == "" {
		return false
	}
	_, err := annotation.CheckCustomTypes([]annotation.CustomType{{Code: "XX", Name: s, Color: "#000000"}}, "t")
	return err == nil
}

// Custom returns the custom types declared so far.
func (l *labeler) Custom() []annotation.CustomType { return l.custom }
