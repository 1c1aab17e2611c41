// Package engine is Tippani's annotation pipeline, the one function the
// browser (through WebAssembly), the edge worker and the command line all
// call:
//
//	raw text
//	  → normalize.Display   display form, offset map, change report
//	  → tokenize.Tokens     tokens of the display form
//	  → ner.Default()       PER, LOC, ORG from the statistical model
//	  → datenum.Recognize   DATE and NUM from deterministic rules
//	  → merge               one sorted, non-overlapping entity list
//	  → code points         offsets as the outside world counts them
//
// Inside the pipeline every offset is a byte offset; Result reports Unicode
// code point offsets into Result.Text, the count a W3C Web Annotation
// TextPositionSelector uses.
//
// # Merging model and rule spans
//
// The model and the rules never both keep a span over the same characters.
// When a DATE/NUM rule span R overlaps a model span M:
//
//   - R lies strictly inside M (M is longer on at least one side): M wins.
//     A number or month inside a name is part of the name: "आज तक" (a
//     channel), "26 जनवरी मार्ग", "मारुति 800". (Unless another rule span
//     removes M by the next case; R then stays.)
//   - otherwise (R equals M, contains it, or the two cross): R wins. The
//     rules match closed patterns — weekdays, months, clock times,
//     currency amounts — that the model, trained on PER/LOC/ORG only, has
//     no business labelling, and a crossing span is almost always a
//     model span that swallowed the edge of a date.
//
// The model's own spans never overlap each other, nor do the rules'; the
// merge keeps that guarantee even if a future model breaks it (a later
// model span that overlaps an earlier one is dropped).
package engine
