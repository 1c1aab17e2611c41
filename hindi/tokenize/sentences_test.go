package tokenize

import (
	"strings"
	"testing"
)

func splitSentences(text string) []string {
	var out []string
	for _, s := range Sentences(text, Tokens(text)) {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

func TestSentences(t *testing.T) {
	cases := []struct {
		name, in string
		want     []string
	}{
		{"danda", "वह आया। वह गया।", []string{"वह आया।", "वह गया।"}},
		{"double danda", "श्लोक एक॥ श्लोक दो॥", []string{"श्लोक एक॥", "श्लोक दो॥"}},
		{"question and exclamation", "क्या? हाँ! ठीक", []string{"क्या?", "हाँ!", "ठीक"}},
		{"final period", "He came. She went.", []string{"He came.", "She went."}},
		{"closing quote stays", "उसने कहा, “हम आएँगे।” फिर गया।", []string{"उसने कहा, “हम आएँगे।”", "फिर गया।"}},
		{"closing bracket stays", "(यह सच है।) अगला।", []string{"(यह सच है।)", "अगला।"}},
		{"straight quote stays", `"ठीक है।" अब`, []string{`"ठीक है।"`, "अब"}},
		{"repeated marks stay", "क्या?! सच।", []string{"क्या?!", "सच।"}},
		{"initials do not split", "डॉ. एस. जयशंकर आए। फिर", []string{"डॉ. एस. जयशंकर आए।", "फिर"}},
		{"Latin abbreviations do not split", "U.S. और Dr. Smith आए।", []string{"U.S. और Dr. Smith आए।"}},
		{"decimal does not split", "दर 3.5 प्रतिशत है।", []string{"दर 3.5 प्रतिशत है।"}},
		{"URL does not split", "देखें www.example.com/a.b पर। ठीक", []string{"देखें www.example.com/a.b पर।", "ठीक"}},
		{"blank line splits", "शीर्षक\n\nपहला वाक्य", []string{"शीर्षक", "पहला वाक्य"}},
		{"line break splits", "आखरी अपडेट:\nरक्षा सहयोग।", []string{"आखरी अपडेट:", "रक्षा सहयोग।"}},
		{"list number", "1. पहला\n2. दूसरा", []string{"1. पहला", "2. दूसरा"}},
		{"ellipsis does not split", "डेस्क... और पढ़ें", []string{"डेस्क... और पढ़ें"}},
		{"period inside a word run", "abc.def ghi", []string{"abc.def ghi"}},
		{"empty", "", nil},
		{"only spaces", " \n\n ", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := splitSentences(c.in)
			if strings.Join(got, "|") != strings.Join(c.want, "|") || len(got) != len(c.want) {
				t.Errorf("Sentences(%q)\n got %q\nwant %q", c.in, got, c.want)
			}
		})
	}
}
