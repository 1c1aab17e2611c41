// Package export writes an annotated text in the formats readers take to
// other tools, and reads back the ones other tools write:
//
//   - W3C Web Annotation JSON-LD (WebAnnotations / ReadWebAnnotations),
//     for annotation servers and viewers;
//   - two-column CoNLL with BIO tags (CoNLL / ReadCoNLL), for NER training,
//     `tippani eval` and opening corpus files;
//   - CSV of entities (CSV), for spreadsheets.
//
// The project's own JSON format is annotation.Document (MarshalDocument /
// UnmarshalDocument), which round-trips exactly.
//
// Offsets in every format are Unicode code points into the display text,
// as in package annotation.
package export
