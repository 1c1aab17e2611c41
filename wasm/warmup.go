//go:build js && wasm

package main

import (
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

// warmUpArticle is the article every warm-up works on: warmUpText, repeated.
func warmUpArticle() string { return strings.Repeat(warmUpText, 12) }

// warmUpCore runs the core engine's methods, twice, on a few thousand
// characters, before the engine says it is ready: the model is decoded
// and the browser has run (and begun optimising) the hot code; the
// engine's warmUp then collects the garbage, so that the reader's first
// Annotate costs what later ones do instead of paying for all of that. It
// takes a few hundred milliseconds in the worker, while the page is still
// loading.
func warmUpCore() {
	var e jsonwire.Encoder
	e.BeginObject()
	e.StringMember("text", warmUpArticle())
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
	}
}
