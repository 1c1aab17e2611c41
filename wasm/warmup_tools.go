//go:build js && wasm && !core

package main

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"tippani/hindi/normalize"
	"tippani/internal/jsonwire"
)

// warmUpTools runs, twice, the document tools a reader reaches for while
// marking (checking a new mark, finding a name's other mentions,
// re-anchoring work onto an edited text, learning from the mark) on the
// warm-up article, so that the first of each costs what later ones do;
// learning also decodes the model here, not at the reader's first lesson.
func warmUpTools() {
	text := normalize.String(warmUpArticle())
	const name = "नरेंद्र मोदी"
	at := strings.Index(text, name)
	if at < 0 {
		return
	}
	start := utf8.RuneCountInString(text[:at])
	end := start + utf8.RuneCountInString(name)
	span := `"start":` + strconv.Itoa(start) + `,"end":` + strconv.Itoa(end)
	oldText := string(jsonwire.AppendString(nil, text))
	newText := string(jsonwire.AppendString(nil, "आज की खबर।\n"+text))
	annotations := `[{` + span + `,"type":"PER","source":"person","note":"प्रधानमंत्री"}]`
	for range 2 {
		validateMethod(`{"text":` + oldText + `,"annotations":` + annotations + `}`)
		occurrencesMethod(`{"text":` + oldText + `,` + span + `}`)
		reanchorMethod(`{"oldText":` + oldText + `,"newText":` + newText + `,"annotations":` + annotations + `}`)
		learnMethod(`{"layer":null,"text":` + oldText + `,"annotations":` + annotations + `,"touched":[{` + span + `}]}`)
	}
}
