// Package anchor keeps annotations on their words when the text under them
// changes: a reader fixes a typo, pastes a revised version of the article,
// or opens an import whose text differs from the one it was made on.
//
// Re-anchoring (Reanchor, Revision) works the way a W3C TextQuoteSelector
// is meant to be used. The old and new texts are first aligned by a diff
// (common prefix and suffix, then Myers' linear-space algorithm over code
// points, bounded so that a wholesale rewrite costs little). An annotation
// whose words and a little context on each side are unchanged moves by
// position. One whose surroundings changed is looked for by its quote (its
// words with the text before and after them) near where the diff puts it,
// exactly first and then allowing a few edits; when the quote occurs more
// than once, the context and the nearness to the expected place decide. An
// annotation that cannot be found is never dropped: it comes back as an
// annotation.Unplaced with its quote, for a person to place or discard.
//
// Locate finds a quote in a text, for importers of formats that identify
// spans by quote (W3C Web Annotations, Hypothesis, Label Studio).
//
// Occurrences finds every other mention of a span's words, by the matching
// key of package normalize, for "mark every occurrence".
//
// Offsets are Unicode code points into display text (normalize.String), as
// everywhere in Tippani, and every span this package returns starts and
// ends on a boundary annotation.BoundaryOK accepts.
package anchor
