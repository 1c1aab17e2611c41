package annotation

import (
	"math"
	"slices"
	"unicode/utf8"

	"tippani/annotation/internal/grapheme"
	"tippani/hindi/normalize"
)

// Validate checks that anns is a storable annotation set on text and
// returns the first problem found as an *Error, or nil. custom lists the
// custom types the set may use besides the built-in ones; it is taken as
// already checked (see CheckCustomTypes).
//
// The text must be valid UTF-8, within limits.TextBytes, and already in
// display form (normalize.String(text) == text), because offsets are only
// meaningful against the display form. Each annotation, checked in input
// order, must have a built-in or listed custom type, 0 ≤ Start < End ≤ number of code points,
// both offsets on character boundaries (see BoundaryOK), a source of
// "model", "person" or "", a score in [0,1] only on model annotations, and a
// note of valid UTF-8 within limits.NoteChars. Finally no two annotations
// may share a code point; touching spans are fine. Errors about a single
// annotation carry the field path "annotations[i]...".
func Validate(text string, anns []Annotation, limits Limits, custom ...CustomType) error {
	return validateAt(text, anns, limits, "annotations", custom)
}

// validateAt is Validate with path as the JSON name of the list.
func validateAt(text string, anns []Annotation, limits Limits, path string, custom []CustomType) error {
	if err := validateText(text, limits); err != nil {
		return err
	}
	return validateAnnotations(text, anns, limits, path, custom)
}

func validateText(text string, limits Limits) error {
	if !utf8.ValidString(text) {
		return newError(CodeInvalidUTF8, "text", "text is not valid UTF-8")
	}
	if exceeds(len(text), limits.TextBytes) {
		return newError(CodeTextTooLarge, "text", "text is %d bytes; the limit is %d bytes", len(text), limits.TextBytes)
	}
	if normalize.String(text) != text {
		return newError(CodeTextNotNormalized, "text",
			"text is not in display form; normalize it first and compute offsets on the normalized text")
	}
	return nil
}

// validateAnnotations checks anns against an already validated text. path
// is the JSON name of the list, used in field paths.
func validateAnnotations(text string, anns []Annotation, limits Limits, path string, custom []CustomType) error {
	if exceeds(len(anns), limits.Annotations) {
		return newError(CodeTooManyAnnotations, path, "%s has %d annotations; the limit is %d", path, len(anns), limits.Annotations)
	}
	runes := []rune(text)
	for i, a := range anns {
		if err := validateOne(runes, a, limits, index(path, i), custom); err != nil {
			return err
		}
	}
	return findOverlap(anns, path)
}

func validateOne(runes []rune, a Annotation, limits Limits, field string, custom []CustomType) error {
	if !declared(a.Type, custom) {
		return newError(CodeUnknownType, field+".type", "%s.type %q is not one of %s", field, string(a.Type), typeList(custom))
	}
	if err := validateSpan(runes, a, field); err != nil {
		return err
	}
	return validateFields(a, limits, field)
}

// validateSpan checks a's offsets on the text: in range, not empty, on
// boundaries.
func validateSpan(runes []rune, a Annotation, field string) error {
	n := len(runes)
	if a.Start < 0 || a.Start > n {
		return newError(CodeOffsetOutOfRange, field+".start", "%s.start %d is outside the text (0–%d code points)", field, a.Start, n)
	}
	if a.End < 0 || a.End > n {
		return newError(CodeOffsetOutOfRange, field+".end", "%s.end %d is outside the text (0–%d code points)", field, a.End, n)
	}
	if a.End <= a.Start {
		return newError(CodeEmptySpan, field, "%s covers no text: end %d must be greater than start %d", field, a.End, a.Start)
	}
	if !boundaryOK(runes, a.Start) {
		return newError(CodeSplitsCharacter, field+".start", "%s.start %d falls inside a character (a letter and its marks, a conjunct, a flag or an emoji sequence)", field, a.Start)
	}
	if !boundaryOK(runes, a.End) {
		return newError(CodeSplitsCharacter, field+".end", "%s.end %d falls inside a character (a letter and its marks, a conjunct, a flag or an emoji sequence)", field, a.End)
	}
	return nil
}

// validateFields checks what an annotation says besides where it is: its
// source, score and note.
func validateFields(a Annotation, limits Limits, field string) error {
	switch a.Source {
	case "", SourceModel, SourcePerson:
	default:
		return newError(CodeBadSource, field+".source", "%s.source %q must be \"model\" or \"person\"", field, a.Source)
	}
	if a.Score != 0 {
		if a.Source != SourceModel {
			return newError(CodeBadScore, field+".score", "%s.score is only allowed on annotations whose source is \"model\"", field)
		}
		if math.IsNaN(a.Score) || a.Score < 0 || a.Score > 1 {
			return newError(CodeBadScore, field+".score", "%s.score %v must be between 0 and 1", field, a.Score)
		}
	}
	if !utf8.ValidString(a.Note) {
		return newError(CodeInvalidUTF8, field+".note", "%s.note is not valid UTF-8", field)
	}
	if n := utf8.RuneCountInString(a.Note); exceeds(n, limits.NoteChars) {
		return newError(CodeNoteTooLong, field+".note", "%s.note has %d characters; the limit is %d", field, n, limits.NoteChars)
	}
	return nil
}

// BoundaryOK reports whether code point offset i of text may start or end
// an annotation: it is within the text and is an extended grapheme cluster
// boundary (Unicode Standard Annex #29), so it does not separate what a
// reader sees as one character. That refuses an offset before a combining
// mark (a matra, nukta, virama, anusvara, variation selector, ...), a
// zero-width joiner or non-joiner or an emoji modifier, inside a ZWJ
// sequence (👨‍👩‍👧), between the two regional indicators of a flag (🇮🇳) or
// inside an emoji tag sequence, and, as Tippani tailors the rules for
// Brahmic scripts, between a virama (possibly followed by a joiner) and the
// letter it joins: the two halves of a conjunct such as क्ष or क्‍ष.
func BoundaryOK(text string, i int) bool {
	return RuneBoundaryOK([]rune(text), i)
}

// RuneBoundaryOK is BoundaryOK for a text already decoded to code points,
// for callers that test many offsets of one text.
func RuneBoundaryOK(runes []rune, i int) bool {
	return i >= 0 && i <= len(runes) && grapheme.Boundary(runes, i)
}

// boundaryOK is RuneBoundaryOK for 0 ≤ i ≤ len(runes).
func boundaryOK(runes []rune, i int) bool { return grapheme.Boundary(runes, i) }

// findOverlap reports the first pair (in start order) of annotations that
// share a code point.
func findOverlap(anns []Annotation, path string) error {
	order := make([]int, len(anns))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(x, y int) int { return Compare(anns[x], anns[y]) })
	// reach is the index of the annotation with the furthest End so far.
	reach := -1
	for _, i := range order {
		if reach >= 0 && anns[i].Start < anns[reach].End {
			a, b := min(reach, i), max(reach, i)
			return newError(CodeOverlap, index(path, b),
				"%s[%d] (%d–%d) and %s[%d] (%d–%d) share text; annotations may touch but not overlap",
				path, a, anns[a].Start, anns[a].End, path, b, anns[b].Start, anns[b].End)
		}
		if reach < 0 || anns[i].End > anns[reach].End {
			reach = i
		}
	}
	return nil
}
