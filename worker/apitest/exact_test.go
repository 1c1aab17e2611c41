//go:build integration

package apitest

import (
	"encoding/hex"
	"encoding/json"
	"net/http"
	"testing"

	"tippani/hindi/normalize"
)

// d1Hex runs a SELECT of one hex() column named h that matches one row,
// and returns the bytes the database holds.
func d1Hex(t *testing.T, state, query string) []byte {
	t.Helper()
	var rows []struct {
		H string `json:"h"`
	}
	d1Query(t, state, query, &rows)
	if len(rows) != 1 {
		t.Fatalf("%s: %d rows, want 1", query, len(rows))
	}
	b, err := hex.DecodeString(rows[0].H)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// Text, notes, instructions and names are stored byte for byte as they
// were validated, and read back so through the API and straight from D1.
func TestStoredExactlyAsSent(t *testing.T) {
	state := stateDir(t)
	// Characters a careless layer would change: HTML-significant ones,
	// quotes and backslashes, line and paragraph separators, a BOM that is
	// not at the start of the value, joiners, emoji sequences, nukta forms,
	// astral letters, tabs and new lines in notes.
	// The text is sent in display form, as the API requires.
	text := normalize.String(sampleArticle(t) + "\n<b>\"उद्धरण\"</b> & a\\b \u2028 \u2029 क़ ज़ 👩🏽‍💻 🇮🇳 𝒜 क्‍ष")
	notes := []string{
		"\ufeffशुरू में BOM",
		"<script>alert(1)</script> & \"'\\",
		"पंक्ति\nदूसरी\tटैब \u2028 \u2029",
		"👩🏽‍💻🇮🇳𝒜 क़",
	}
	share := articleShare(t)
	share.Text = text
	for i := range share.Annotations {
		share.Annotations[i].Note = notes[i%len(notes)]
	}
	share.Annotations = append(share.Annotations, shareAnnotation{Type: "LOC", Note: notes[3], Source: "person"})
	last := &share.Annotations[len(share.Annotations)-1]
	last.Start, last.End = span(t, text, "🇮🇳")
	id := createShare(t, mustJSON(t, share), "CF-Connecting-IP", address(t.Name(), 0))

	got, _ := readShare(t, id)
	if got.Text != text {
		t.Errorf("the API returns a different text")
	}
	for i, a := range got.Annotations {
		if a.Note != share.Annotations[i].Note {
			t.Errorf("annotation %d: the API returns note %q, sent %q", i, a.Note, share.Annotations[i].Note)
		}
	}

	stored := d1Hex(t, state, "SELECT hex(t.body) AS h FROM shares s JOIN texts t ON t.hash = s.text_hash WHERE s.id = '"+id+"'")
	if string(stored) != text {
		t.Errorf("D1 holds a text of %d bytes, sent %d bytes; first difference at byte %d",
			len(stored), len(text), firstDifference(string(stored), text))
	}
	var anns []shareAnnotation
	raw := d1Hex(t, state, "SELECT hex(annotations) AS h FROM shares WHERE id = '"+id+"'")
	if err := json.Unmarshal(raw, &anns); err != nil {
		t.Fatalf("D1's annotations column is not JSON: %v: %q", err, raw)
	}
	if len(anns) != len(share.Annotations) {
		t.Fatalf("D1 holds %d annotations, sent %d", len(anns), len(share.Annotations))
	}
	for i, a := range anns {
		if a.Note != share.Annotations[i].Note {
			t.Errorf("annotation %d: D1 holds note %q, sent %q", i, a.Note, share.Annotations[i].Note)
		}
	}

	// An exercise's instructions and a student's name, likewise.
	body := exerciseBody(t)
	body["instructions"] = "\ufeffनिर्देश <i>\"ध्यान\"</i>\nदूसरी पंक्ति 👩🏽‍💻"
	ex := createExercise(t, body)
	const name = "ज़ोया 👩🏽‍💻 O'Brien"
	if r := submit(t, ex.ID, "  "+name+"  ", nil, "CF-Connecting-IP", address(t.Name(), 1)); r.status != http.StatusCreated {
		t.Fatalf("submission: %d %q", r.status, r.body)
	}
	if got := string(d1Hex(t, state, "SELECT hex(instructions) AS h FROM exercises WHERE id = '"+ex.ID+"'")); got != body["instructions"] {
		t.Errorf("D1 holds instructions %q, sent %q", got, body["instructions"])
	}
	if got := string(d1Hex(t, state, "SELECT hex(name) AS h FROM submissions WHERE exercise_id = '"+ex.ID+"'")); got != name {
		t.Errorf("D1 holds the name %q, want %q (trimmed)", got, name)
	}
}

func firstDifference(a, b string) int {
	n := min(len(a), len(b))
	for i := range n {
		if a[i] != b[i] {
			return i
		}
	}
	return n
}
