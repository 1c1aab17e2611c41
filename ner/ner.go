// Package ner recognizes person, location and organization names (PER,
// LOC, ORG) in Hindi text with a statistical sequence model that is small
// enough to ship inside the browser engine.
//
// The model is a first-order linear-chain tagger over BIO labels:
// hashed sparse features (word keys, affixes, character trigrams, script
// and shape, context words, postposition and title cues, gazetteer hits)
// score each token, label transitions score neighbours, and Viterbi finds
// the best sequence that obeys BIO. Weights are trained as a soup of
// averaged structured perceptrons by ner/train and stored as quantized
// integers in a model file; the shipped model is embedded in the binary
// (see Default).
//
// Entity confidences come from span marginals of a forward-backward pass
// over the same scores, mapped through a calibration fitted on held-out
// training folds, so a score of 0.9 means about nine in ten such entities
// are right.
//
// The implementation lives in ner/internal/tagger, which ner/train shares;
// this package is what the engine and the command line use.
package ner

import "tippani/ner/internal/tagger"

// A Model is a trained recognizer. It is safe for concurrent use.
type Model = tagger.Model

// An Entity is a name found in a text, by byte offsets (Model.Recognize).
type Entity = tagger.Entity

// A TokenEntity is a name found in a token sequence, by token indexes
// (Model.Entities).
type TokenEntity = tagger.TokenEntity

// Decode reads a model file, checking every count, range and order.
func Decode(data []byte) (*Model, error) { return tagger.Decode(data) }

// Quantization says how a model's weights are quantized (Model.Shrink).
type Quantization = tagger.Quantization
