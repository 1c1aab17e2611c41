// Package tagger is the recognizer behind package ner: features, the
// weight table, decoding, calibration, the rules after decoding, the
// document-level pass and the model file's coding, plus the learning step
// (FeatData, Perceptron, Params) that the training lab in ner/train drives.
// It neither reads files nor formats text, so that all of it can ship in
// the browser engine; package ner is its public face.
package tagger
