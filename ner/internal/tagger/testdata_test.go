package tagger

import (
	"os"
	"path/filepath"
	"sync"
	"testing"
)

var shippedOnce struct {
	sync.Once
	data  []byte
	model *Model
	err   error
}

// shippedBytes is the shipped model file (ner/model/hi.ner), which the
// engine embeds through package ner.
func shippedBytes(tb testing.TB) []byte {
	tb.Helper()
	loadShipped()
	if shippedOnce.err != nil {
		tb.Fatal(shippedOnce.err)
	}
	return shippedOnce.data
}

// shipped is the shipped model, decoded once and shared by the tests.
func shipped(tb testing.TB) *Model {
	tb.Helper()
	loadShipped()
	if shippedOnce.err != nil {
		tb.Fatal(shippedOnce.err)
	}
	return shippedOnce.model
}

func loadShipped() {
	shippedOnce.Do(func() {
		o := &shippedOnce
		if o.data, o.err = os.ReadFile(filepath.Join("..", "..", "model", "hi.ner")); o.err == nil {
			o.model, o.err = Decode(o.data)
		}
	})
}
