package engine

import (
	"bytes"
	"encoding/json"
	"testing"

	"tippani/internal/jsonwire"
	"tippani/internal/testsupport"
)

// TestWriteJSONMatchesEncodingJSON: the reflection-free writer the browser
// engine uses writes the bytes encoding/json writes, on the sample article
// (with repairs to report) and on text with every kind of escape.
func TestWriteJSONMatchesEncodingJSON(t *testing.T) {
	for name, raw := range map[string]string{
		"sample":  testsupport.Sample(t),
		"escapes": "प्रधानमंत्री  नरेन्द्र मोदी \"<b>\" & \u2028 \t 15 अगस्त 2025 को \u0915\u093c \r\n",
		"empty":   "",
	} {
		res, err := Annotate(raw)
		if err != nil {
			t.Fatal(err)
		}
		want, err := json.Marshal(res)
		if err != nil {
			t.Fatal(err)
		}
		var e jsonwire.Encoder
		res.WriteJSON(&e)
		if !bytes.Equal(e.B, want) {
			t.Errorf("%s: own writer\n%.1500s\nencoding/json\n%.1500s", name, e.B, want)
		}
	}
}
