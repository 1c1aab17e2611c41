package ner

import (
	"tippani/hindi/tokenize"
	"tippani/ner/internal/tagger"
)

// A reader's personal layer: bounded weight deltas over the shipped
// model, learned from the reader's own decisions (see Layer.Learn) and
// added at prediction time once installed with Model.SetLayer. The
// implementation and its notes are in ner/internal/tagger (personal*.go).

// A Layer is a reader's personal weights over one model.
type Layer = tagger.Layer

// A Lesson is one sentence a reader acted on, with the reader's decisions
// as its truth.
type Lesson = tagger.Lesson

// A LearnResult says what one Layer.Learn call did.
type LearnResult = tagger.LearnResult

// A LearnedName is an entity a reader's decision taught a layer.
type LearnedName = tagger.LearnedName

// LayerStats describe a layer for the reader.
type LayerStats = tagger.LayerStats

// MaxLayerRows bounds the weight rows a layer holds; MaxLayerNames the
// names it lists.
const (
	MaxLayerRows  = tagger.MaxLayerRows
	MaxLayerNames = tagger.MaxLayerNames
)

// Errors of DecodeLayer.
var (
	ErrLayerFormat = tagger.ErrLayerFormat
	ErrLayerModel  = tagger.ErrLayerModel
	ErrLayerDamage = tagger.ErrLayerDamage
)

// NewLayer returns an empty layer for model m.
func NewLayer(m *Model) *Layer { return tagger.NewLayer(m) }

// DecodeLayer reads a layer file written by Layer.Encode for model m.
func DecodeLayer(m *Model, data []byte) (*Layer, error) { return tagger.DecodeLayer(m, data) }

// DefaultCopy decodes the embedded model afresh: a model of its own, for
// a caller that gives it a personal layer (SetLayer) while Default stays
// the shipped model.
func DefaultCopy() (*Model, error) { return Decode(embeddedModel) }

// A NameSpan is a reader's entity in a display text, by byte offsets.
type NameSpan = tagger.NameSpan

// LessonsIn turns a reader's decisions on a document into lessons: the
// sentences that overlap a touched byte range, with the names as truth.
func LessonsIn(text string, toks []tokenize.Token, names []NameSpan, touched [][2]int) []Lesson {
	return tagger.LessonsIn(text, toks, names, touched)
}
