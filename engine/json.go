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
	if r.Entities == nil {
		e.Null()
	} else {
		e.BeginArray()
		for _, en := range r.Entities {
			e.BeginObject()
			e.IntMember("start", en.Start)
			e.IntMember("end", en.End)
			e.StringMember("type", en.Type)
			e.StringMember("text", en.Text)
			e.Key("score")
			e.Float(en.Score)
			e.EndObject()
		}
		e.EndArray()
	}
	e.Key("normalization")
	writeReport(e, &r.Normalization)
}

// writeReport writes a normalizer change report as encoding/json would.
func writeReport(e *jsonwire.Encoder, rep *normalize.Report) {
	e.BeginObject()
	e.IntMember("changes", rep.Changes)
	e.Key("rules")
	if rep.Rules == nil {
		e.Null()
	} else {
		e.BeginArray()
		for _, rc := range rep.Rules {
			e.BeginObject()
			e.StringMember("rule", rc.Rule)
			e.IntMember("count", rc.Count)
			e.EndObject()
		}
		e.EndArray()
	}
	e.Key("edits")
	if rep.Edits == nil {
		e.Null()
	} else {
		e.BeginArray()
		for _, c := range rep.Edits {
			e.BeginObject()
			e.IntMember("start", c.Start)
			e.IntMember("end", c.End)
			e.IntMember("source_start", c.SourceStart)
			e.IntMember("source_end", c.SourceEnd)
			e.Key("rules")
			if c.Rules == nil {
				e.Null()
			} else {
				e.BeginArray()
				for _, name := range c.Rules {
					e.String(name)
				}
				e.EndArray()
			}
			e.EndObject()
		}
		e.EndArray()
	}
	e.EndObject()
}
