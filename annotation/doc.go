// Package annotation is Tippani's data model for entity annotations on a
// Hindi text: the five entity types and the custom types a reader adds, the
// Annotation record, the limits and checks every stored annotation set must
// pass, the request bodies the edge worker accepts (shares, exercises,
// submissions) and the versioned document format readers save and load.
//
// Reading. Every body and document is read by internal/jsonwire (one
// non-recursive validating pass: nesting at most 32 deep, at most
// 2,097,152 values and names, no lone surrogates) and then member by
// member from a table of (name, required, setter), the same code in the
// browser engine, the edge worker and the command line. Nothing here uses
// encoding/json, reflection or fmt, which the browser engine cannot afford
// to link; the structs keep their json tags for hosts that can. Reading a
// body of n bytes allocates at most 40n bytes plus 256 KiB, whatever it
// holds (the copy of the body, the text as code points for the boundary
// checks, the annotations), and never panics; the fuzz tests check both.
//
// Offsets. Every offset in this package's API and JSON counts Unicode code
// points into the display text (the output of normalize.String), the way a
// W3C Web Annotation TextPositionSelector counts, and must be an extended
// grapheme cluster boundary (see BoundaryOK). Byte offsets are used only
// inside functions, never exposed.
//
// Errors. Every rejection is an *Error carrying a stable machine code
// (ErrorCode), the JSON path of the offending field when there is one, a
// human message, and the HTTP status a server should answer with.
//
// FORMATS.md beside this file describes every JSON shape, error code,
// export and scoring rule in one place, for clients not written in Go.
package annotation
