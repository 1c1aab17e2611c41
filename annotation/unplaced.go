package annotation

// Unplaced is an annotation that could not be moved onto a revised text:
// the words it marked were deleted or changed beyond recognition. It is
// never dropped silently; it is kept, with the words it marked and a little
// of their surroundings in the text it was made on, so that a person can
// place it by hand or discard it.
//
// Annotation keeps the offsets it had in the earlier text. Quote is the
// text it covered there, Prefix and Suffix a few words before and after it
// (as a W3C TextQuoteSelector has them).
type Unplaced struct {
	Annotation Annotation `json:"annotation"`
	Quote      string     `json:"quote"`
	Prefix     string     `json:"prefix,omitempty"`
	Suffix     string     `json:"suffix,omitempty"`
}
