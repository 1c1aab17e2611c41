package export

import (
	"strconv"

	"tippani/annotation"
	"tippani/annotation/anchor"
	"tippani/internal/jsonwire"
	"tippani/textpos"
)

// labelStudioFormat is Label Studio's task JSON for named entities: a list
// of tasks {"data": {"text"}, "annotations": [{"result": [...]}],
// "predictions": [{"result": [...], "score"}]}, each result a region
// {"id", "from_name": "label", "to_name": "text", "type": "labels",
// "value": {"start", "end", "text", "labels": ["PER"]}} in code points. A
// note is a per-region text area, {"type": "textarea", "value": {"text":
// [note]}} with the region's id.
var labelStudioFormat = &Format{
	Name: "labelstudio", Title: "Label Studio", MediaType: "application/json", Extension: ".labelstudio.json",
	Write: writeLabelStudio,
	Read:  readLabelStudio,
}

// writeLabelStudio writes one task: a person's annotations (and those of
// unknown source) as its annotation, the model's as its prediction with
// each region's score and their mean as the prediction's.
func writeLabelStudio(doc *annotation.Document, _ WriteOptions) ([]byte, Report, error) {
	index := textpos.New(doc.Text)
	var person, model []annotation.Annotation
	sum := 0.0
	for _, a := range annotation.Sorted(doc.Annotations) {
		if a.Source == annotation.SourceModel {
			model = append(model, a)
			sum += a.Score
		} else {
			person = append(person, a)
		}
	}
	e := jsonwire.Encoder{Indent: "  "}
	e.BeginArray()
	e.BeginObject()
	e.Key("data")
	e.BeginObject()
	e.StringMember("text", doc.Text)
	if doc.Title != "" {
		e.StringMember("title", doc.Title)
	}
	e.EndObject()
	e.Key("annotations")
	e.BeginArray()
	if len(person) > 0 {
		e.BeginObject()
		e.Key("result")
		writeRegions(&e, doc.Text, index, person, "p", false)
		e.EndObject()
	}
	e.EndArray()
	e.Key("predictions")
	e.BeginArray()
	if len(model) > 0 {
		e.BeginObject()
		e.StringMember("model_version", "tippani")
		e.Key("score")
		e.Float(sum / float64(len(model)))
		e.Key("result")
		writeRegions(&e, doc.Text, index, model, "m", true)
		e.EndObject()
	}
	e.EndArray()
	e.EndObject()
	e.EndArray()
	return jsonLine(&e), Report{}, nil
}

func writeRegions(e *jsonwire.Encoder, text string, index *textpos.Index, anns []annotation.Annotation, idPrefix string, scores bool) {
	e.BeginArray()
	for i, a := range anns {
		id := idPrefix + strconv.Itoa(i+1)
		region := func(typ string) {
			e.StringMember("id", id)
			e.StringMember("from_name", map[bool]string{true: "note", false: "label"}[typ == "textarea"])
			e.StringMember("to_name", "text")
			e.StringMember("type", typ)
			e.StringMember("origin", map[bool]string{true: "prediction", false: "manual"}[scores])
		}
		e.BeginObject()
		region("labels")
		if scores && a.Score > 0 {
			e.Key("score")
			e.Float(a.Score)
		}
		e.Key("value")
		e.BeginObject()
		e.IntMember("start", a.Start)
		e.IntMember("end", a.End)
		e.StringMember("text", entityText(text, index, a))
		e.Key("labels")
		e.BeginArray()
		e.String(string(a.Type))
		e.EndArray()
		e.EndObject()
		e.EndObject()
		if a.Note != "" {
			e.BeginObject()
			region("textarea")
			e.Key("value")
			e.BeginObject()
			e.IntMember("start", a.Start)
			e.IntMember("end", a.End)
			e.Key("text")
			e.BeginArray()
			e.String(a.Note)
			e.EndArray()
			e.EndObject()
			e.EndObject()
		}
	}
	e.EndArray()
}

// readLabelStudio reads one task: the regions of its first annotation that
// was not cancelled as a person's, and those of its first prediction as the
// model's (with the region's score, else the prediction's). Where a
// prediction overlaps a person's region, the person's stands. Results that
// are not labelled spans or their notes are counted in Report.Ignored.
func readLabelStudio(files []File, opts ReadOptions) (*annotation.Document, Report, error) {
	var rep Report
	list, _, err := jsonDocuments(files[0].Data)
	if err != nil {
		return nil, rep, err
	}
	task, path, err := pickRecord(list, "tasks", opts, &rep)
	if len(list) == 1 {
		path = ""
	}
	if err != nil {
		return nil, rep, err
	}
	data := task.Get("data")
	text := data.Get("text")
	if text.Kind() != jsonwire.String {
		// A labelling config may name the text otherwise; take the one
		// string the task holds.
		for _, v := range data.Members() {
			if v.Kind() == jsonwire.String && text.Kind() != jsonwire.String {
				text = v
			}
		}
	}
	if text.Kind() != jsonwire.String {
		return nil, rep, annotation.Errorf(annotation.CodeMissingField, path+"data.text", "%sdata.text is missing: a Label Studio task is {\"data\": {\"text\"}, \"annotations\": [...]}", path)
	}
	p, err := newPlacer(text.Str(), CodePoints, nil, &rep)
	if err != nil {
		return nil, rep, err
	}
	for i, a := range values(task.Get("annotations")) {
		if a.Get("was_cancelled").Bool() {
			continue
		}
		if err := readResults(p, a, path+"annotations["+strconv.Itoa(i)+"]", annotation.SourcePerson, 0, &rep); err != nil {
			return nil, rep, err
		}
		break
	}
	if preds := values(task.Get("predictions")); len(preds) > 0 {
		score, _ := preds[0].Get("score").Float()
		before := len(p.anns)
		if err := readResults(p, preds[0], path+"predictions[0]", annotation.SourceModel, score, &rep); err != nil {
			return nil, rep, err
		}
		rep.Predictions = len(p.anns) - before
	}
	title := data.Get("title").Str()
	if title == "" {
		title = opts.Title
	}
	doc, err := p.document(title, opts.Now)
	return doc, rep, err
}

// readResults places the labelled regions of one annotation or prediction.
func readResults(p *placer, from jsonwire.Value, path, source string, score float64, rep *Report) error {
	results := values(from.Get("result"))
	notes := map[string]string{}
	for _, r := range results {
		if texts := r.Get("value").Get("text"); r.Get("type").Str() == "textarea" && texts.Kind() == jsonwire.Array {
			for _, t := range values(texts) {
				if notes[r.Get("id").Str()] != "" {
					notes[r.Get("id").Str()] += "\n"
				}
				notes[r.Get("id").Str()] += t.Str()
			}
		}
	}
	for i, r := range results {
		v := r.Get("value")
		labels := values(v.Get("labels"))
		if len(labels) == 0 {
			if r.Get("type").Str() != "textarea" {
				rep.Ignored++
			}
			continue
		}
		f := foreign{Record: path + ".result[" + strconv.Itoa(i) + "]", Label: labels[0].Str(), Source: source, Note: notes[r.Get("id").Str()]}
		var ok1, ok2 bool
		f.Start, ok1 = intField(v, "start")
		f.End, ok2 = intField(v, "end")
		f.HasPos = ok1 && ok2
		if t := v.Get("text"); t.Kind() == jsonwire.String {
			f.Quote = &anchor.Quote{Exact: t.Str()}
		}
		if source == annotation.SourceModel {
			f.Score = score
			if s, err := r.Get("score").Float(); err == nil {
				f.Score = s
			}
			if f.Score < 0 || f.Score > 1 {
				f.Score = 0
			}
		}
		if err := p.add(f); err != nil {
			return err
		}
	}
	return nil
}
