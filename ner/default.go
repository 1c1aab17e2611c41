package ner

import (
	_ "embed"
	"sync"
)

// embeddedModel is the shipped model, trained by `tippani train` (see
// ner/MODEL.md for its provenance and scores).
//
//go:embed model/hi.ner
var embeddedModel []byte

var (
	defaultOnce  sync.Once
	defaultModel *Model
	defaultErr   error
)

// Default returns the embedded model, decoded on first use and shared
// afterwards. It panics if the embedded file is damaged, which a test
// guards against.
func Default() *Model {
	defaultOnce.Do(func() {
		defaultModel, defaultErr = Decode(embeddedModel)
	})
	if defaultErr != nil {
		panic("ner: embedded model: " + defaultErr.Error())
	}
	return defaultModel
}

// DefaultErr reports whether the embedded model decodes, without
// panicking; it returns the decoding error, or nil.
func DefaultErr() error {
	defaultOnce.Do(func() {
		defaultModel, defaultErr = Decode(embeddedModel)
	})
	return defaultErr
}
