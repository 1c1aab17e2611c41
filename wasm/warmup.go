//go:build js && wasm

package main

import (
	"runtime"
	"strings"

	"tippani/internal/jsonwire"
)

// warmUpText is a short article with names, places, an organisation,
// dates and numbers, and text the display form repairs (a decomposed
// nukta, Devanagari digits, a doubled space, a stray joiner, an emoji with
// a modifier), so that annotating it runs every stage of the engine.
const warmUpText = "नई दिल्ली, 15 अगस्त 2025: प्रधानमंत्री नरेंद्र मोदी ने संयुक्त राष्ट्र के 193 सदस्य देशों को संबोधित किया। " +
	"इज़राइल के रक्षा मंत्री योआव गैलेंट ने कहा कि भारत और इज़राइल के बीच 3.5 अरब डॉलर का समझौता हुआ। " +
	"\"हम साथ काम करेंगे,\"  उन्होंने मंगलवार को यरूशलम में पत्रकारों से कहा। " +
	"रा\u091c\u093cी ने १२ सितंबर को  कहा\u200d। 👍🏽 Delhi Police\n"

// warmUp runs every method the page calls while a reader works, twice, on
// a few thousand characters, before the engine says it is ready: the model is
// decoded, the browser has run (and begun optimising) the hot code, and a
// garbage collection clears the warm-up's allocations, so that the
// reader's first Annotate costs what later ones do instead of paying for
// all of that. It takes a few hundred milliseconds in the worker, while
// the page is still loading.
func warmUp() {
	var e jsonwire.Encoder
	e.BeginObject()
	e.StringMember("text", strings.Repeat(warmUpText, 12))
	e.EndObject()
	request := string(e.B)
	for range 2 {
		annotated := annotateMethod(request)
		root, err := jsonwire.Parse(annotated)
		if err != nil {
			return
		}
		text := root.Get("text").Raw()
		tokensMethod(`{"text":` + text + `}`)
		validateMethod(`{"text":` + text + `,"annotations":[{"start":0,"end":3,"type":"LOC","source":"person"}]}`)
	}
	runtime.GC()
}
