// Package export reads and writes an annotated text in the formats of the
// tools readers move data between. One registry (Formats, Lookup, Open,
// Save, Detect) names each format with its media type and extension and
// holds its reader and writer, for the command line, the browser engine
// and the edge worker alike:
//
//   - the project's own document (annotation.Document), which round-trips
//     exactly;
//   - W3C Web Annotation JSON-LD (WebAnnotations / ReadWebAnnotations),
//     for annotation servers and viewers;
//   - brat standoff (.txt and .ann, or a zip of them), Label Studio tasks,
//     doccano JSONL and spaCy/displaCy documents, in which NER data sets
//     are made and corrected, and Hypothesis API annotations;
//   - two-column CoNLL with BIO tags (CoNLL / ReadCoNLL), for NER training,
//     `tippani eval` and opening corpus files;
//   - CSV of entities (CSV), for spreadsheets.
//
// Offsets in Tippani are Unicode code points into the display text, as in
// package annotation. Readers convert what a file counts (code points of a
// text not yet in display form, UTF-16 code units) through the
// normalizer's offset map, and find an entity by the words the file quotes
// for it wherever the position does not hold those words.
package export
