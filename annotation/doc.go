// Package annotation is Tippani's data model for entity annotations on a
// Hindi text: the five entity types, the Annotation record, the limits and
// checks every stored annotation set must pass, the request bodies the edge
// worker accepts (shares, exercises, submissions) and the versioned document
// format readers save and load.
//
// Offsets. Every offset in this package's API and JSON counts Unicode code
// points into the display text (the output of normalize.String), the way a
// W3C Web Annotation TextPositionSelector counts. Byte offsets are used only
// inside functions, never exposed.
//
// Errors. Every rejection is an *Error carrying a stable machine code
// (ErrorCode), the JSON path of the offending field when there is one, a
// human message, and the HTTP status a server should answer with.
//
// FORMATS.md beside this file describes every JSON shape, error code,
// export and scoring rule in one place, for clients not written in Go.
package annotation
