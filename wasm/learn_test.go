//go:build js && wasm

package main

import (
	"encoding/base64"
	"strings"
	"testing"
	"unicode/utf8"
)

type learnAnswer struct {
	Sentences, Changed int
	Layer              string
	Stats              struct{ Lessons, Decisions, Documents, Rows, MaxRows int }
	Names              []struct{ Text, Type string }
	Error              *struct{ Code, Field, Message string }
}

// spanOf is the code point span of the first s in text.
func spanOf(text, s string) (int, int) {
	i := strings.Index(text, s)
	start := utf8.RuneCountInString(text[:i])
	return start, start + utf8.RuneCountInString(s)
}

type ann struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Type  string `json:"type"`
}

const (
	firstArticle  = "निर्देशक एटली की नई फिल्म में कुंचाकोबोबन मुख्य भूमिका में हैं और इसे होम्बले फिल्म्स बना रहा है ।"
	secondArticle = "फिल्म की शूटिंग चेन्नई में हुई । एटली ने कहा कि कुंचाकोबोबन के साथ काम करना अच्छा रहा और होम्बले फिल्म्स को धन्यवाद दिया ।"
)

// entitiesOf annotates text and returns "word:TYPE" for each entity.
func entitiesOf(t *testing.T, text string) []string {
	t.Helper()
	a := call(t, annotateMethod, map[string]string{"text": text})
	if a.Error != nil {
		t.Fatal(a.Error)
	}
	var out []string
	runes := []rune(a.Text)
	for _, e := range a.Entities {
		out = append(out, string(runes[e.Start:e.End])+":"+e.Type)
	}
	return out
}

func teach(t *testing.T) learnAnswer {
	t.Helper()
	var anns []ann
	var touched []map[string]int
	for _, n := range []struct{ text, typ string }{{"एटली", "PER"}, {"कुंचाकोबोबन", "PER"}, {"होम्बले फिल्म्स", "ORG"}} {
		s, e := spanOf(firstArticle, n.text)
		anns = append(anns, ann{s, e, n.typ})
		touched = append(touched, map[string]int{"start": s, "end": e})
	}
	var a learnAnswer
	callInto(t, learnMethod, map[string]any{"layer": nil, "text": firstArticle, "annotations": anns, "touched": touched, "document": "d1", "decisions": 3}, &a)
	if a.Error != nil {
		t.Fatal(a.Error)
	}
	// As the page does: the layer learn answers goes to the engine that
	// annotates.
	var set learnAnswer
	callInto(t, setLayerMethod, map[string]any{"layer": a.Layer}, &set)
	if set.Error != nil || set.Stats != a.Stats {
		t.Fatalf("setLayer with the learned layer: %+v", set)
	}
	return a
}

func has(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestLearnCarriesToTheNextArticle(t *testing.T) {
	defer setLayerMethod(`{"layer": null}`)
	setLayerMethod(`{"layer": null}`)
	shipped := entitiesOf(t, secondArticle)
	want := []string{"एटली:PER", "कुंचाकोबोबन:PER", "होम्बले फिल्म्स:ORG"}
	missing := 0
	for _, w := range want {
		if !has(shipped, w) {
			missing++
		}
	}
	if missing < 2 {
		t.Fatalf("the shipped model already finds most of %v: %v", want, shipped)
	}
	a := teach(t)
	if a.Sentences != 1 || a.Stats.Decisions != 3 || a.Stats.Documents != 1 || len(a.Names) != 3 || a.Layer == "" {
		t.Errorf("learn answer: %+v", a)
	}
	learned := entitiesOf(t, secondArticle)
	for _, w := range want {
		if !has(learned, w) {
			t.Errorf("after learning, %s missing from %v", w, learned)
		}
	}
	// Forgetting gives the shipped model back.
	var f learnAnswer
	callInto(t, setLayerMethod, `{"layer": null}`, &f)
	if f.Error != nil || f.Stats.Lessons != 0 || len(f.Names) != 0 {
		t.Errorf("forget: %+v", f)
	}
	if got := entitiesOf(t, secondArticle); strings.Join(got, " ") != strings.Join(shipped, " ") {
		t.Errorf("after forgetting: %v, want %v", got, shipped)
	}
	// The file the page keeps puts the layer back as it was.
	callInto(t, setLayerMethod, map[string]any{"layer": a.Layer}, &f)
	if f.Error != nil || f.Stats != a.Stats {
		t.Errorf("restore: %+v", f)
	}
	if got := entitiesOf(t, secondArticle); strings.Join(got, " ") != strings.Join(learned, " ") {
		t.Errorf("after restoring: %v, want %v", got, learned)
	}
}

func TestSetLayerRefusesBadFiles(t *testing.T) {
	defer setLayerMethod(`{"layer": null}`)
	a := teach(t)
	for _, bad := range []any{
		map[string]any{"layer": "not base64!"},
		map[string]any{"layer": base64.StdEncoding.EncodeToString([]byte("TIPPANI-NER\n"))},
		map[string]any{"layer": a.Layer[:len(a.Layer)/2]},
		map[string]any{"layer": 7},
		`{"layer": `,
	} {
		var r learnAnswer
		callInto(t, setLayerMethod, bad, &r)
		if r.Error == nil {
			t.Errorf("%v accepted", bad)
		}
	}
	// The layer in use stays.
	if got := entitiesOf(t, secondArticle); !has(got, "कुंचाकोबोबन:PER") {
		t.Errorf("a refused file changed the layer in use: %v", got)
	}
}

func TestLearnChecksItsRequest(t *testing.T) {
	for _, bad := range []any{
		map[string]any{"text": firstArticle, "annotations": []ann{}},                                                                      // nothing touched
		map[string]any{"text": firstArticle, "annotations": []ann{{0, 9999, "PER"}}, "touched": []map[string]int{{"start": 0, "end": 1}}}, // offset outside
		map[string]any{"text": firstArticle, "annotations": []ann{}, "touched": []map[string]int{{"start": 5, "end": 5}}},                 // empty range
		map[string]any{"text": "क\u200b", "annotations": []ann{}, "touched": []map[string]int{{"start": 0, "end": 1}}},                    // not display form
		`{"text": 3}`,
	} {
		var r learnAnswer
		callInto(t, learnMethod, bad, &r)
		if r.Error == nil {
			t.Errorf("%v accepted", bad)
		}
	}
}
