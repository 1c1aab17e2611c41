// Package score grades classroom exercises: a student's annotations
// against the teacher's key (Submission), the class as a whole (Class), and
// agreement between students (FleissKappa, TokenAgreement). The edge
// worker, the browser and the CLI all call it, so a student sees the same
// numbers everywhere.
//
// Offsets are code points into the exercise text, as in package annotation.
package score
