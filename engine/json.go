package engine

import (
	"tippani/hindi/normalize"
	"tippani/internal/jsonwire"
)

// WriteJSON writes r as a JSON object, the same bytes encoding/json's
// Marshal writes for it, without reflection: this is what the browser
// engine answers for every annotate call.
func (r *Result) WriteJSON(e *jsonwire.Encoder) {
	e.BeginObject()
	r.WriteMembers(e)
	e.EndObject()
}

// WriteMembers writes r's members (text, entities, normalization) into an
// object the caller has opened, so that a caller can add members of its
// own.
func (r *Result) WriteMembers(e *jsonwire.Encoder) {
	e.StringMember("text", r.Text)
	e.Key("entities")
	array(e, r.Entities, func(en Entity) {
		e.BeginObject()
		e.IntMember("start", en.Start)
		e.IntMember("end", en.End)
		e.StringMember("type", en.Type)
		e.StringMember("text", en.Text)
		e.Key("score")
		e.Float(en.Score)
		e.EndObject()
	})
	e.Key("normalization")
	writeReport(e, &r.Normalization)
}

// writeReport writes a normalizer change report as encoding/json would.
func writeReport(e *jsonwire.Encoder, rep *normalize.Report) {
	e.BeginObject()
	e.IntMember("changes", rep.Changes)
	e.Key("rules")
	array(e, rep.Rules, func(rc normalize.RuleCount) {
		e.BeginObject()
		e.StringMember("rule", rc.Rule)
		e.IntMember("count", rc.Count)
		e.EndObject()
	})
	e.Key("edits")
	array(e, rep.Edits, func(c normalize.Change) {
		e.BeginObject()
		e.IntMember("start", c.Start)
		e.IntMember("end", c.End)
		e.IntMember("source_start", c.SourceStart)
		e.IntMember("source_end", c.SourceEnd)
		e.Key("rules")
		array(e, c.Rules, e.String)
		e.EndObject()
	})
	e.EndObject()
}

// array writes list as a JSON array of what each writes per element, or
// null for a nil slice, as encoding/json does.
func array[T any](e *jsonwire.Encoder, list []T, each func(T)) {
	if list == nil {
		e.Null()
		return
	}
	e.BeginArray()
	for _, x := range list {
		each(x)
	}
	e.EndArray()
}
