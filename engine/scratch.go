package engine

import (
	"sync/atomic"

	"tippani/hindi/tokenize"
	"tippani/ner"
	"tippani/ner/datenum"
)

// scratch is the working memory of one annotate call: the tokens, the
// model's and the rules' spans and the merged list, none of which the
// Result keeps. Reusing it spares the garbage collector about a megabyte
// per 256 KB of text. That matters most under js/wasm: there a collection
// marks on the only thread, a little at each allocation, so its write
// barriers stay on for much of the run and every pointer store pays.
type scratch struct {
	toks  []tokenize.Token
	names []ner.Entity
	rules []datenum.Span
	spans []span
	drop  []bool
}

// maxKeptTokens bounds the token buffer kept between calls (a 10 MB
// paste would otherwise hold tens of megabytes for good).
const maxKeptTokens = 1 << 20

var (
	owned     scratch
	ownedBusy atomic.Bool
)

// getScratch returns the package's scratch when no other call holds it
// (the single-threaded browser engine always gets it), else a fresh one.
func getScratch() *scratch {
	if ownedBusy.CompareAndSwap(false, true) {
		return &owned
	}
	return new(scratch)
}

func putScratch(sc *scratch) {
	if sc != &owned {
		return
	}
	if cap(sc.toks) > maxKeptTokens {
		*sc = scratch{}
	}
	// Nothing kept refers to the text just annotated: spans hold
	// offsets, and their type names are constants.
	ownedBusy.Store(false)
}
