package export

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"tippani/annotation"
	"tippani/annotation/internal/sharedtest"
	"tippani/internal/testsupport"
)

func TestReadCoNLLHandMade(t *testing.T) {
	in := "\ufeffराम\tB-NEP\r\nने\tO\nसीता\tI-PER\nसे\t-\nकहा\tO\n।\n\n" +
		"नई\tB-LOCATION\tO\nदिल्ली\tI-LOCATION\tO\nमें\tO\nहिंदी\tB-LANGUAGE\n" +
		"5\tS-NEN\nबजे\t-NETI\nपहुँचे\tI-NETI\n"
	doc, stats, err := ReadCoNLL([]byte(in), time.Now())
	if err != nil {
		t.Fatal(err)
	}
	text, anns := doc.Text, doc.Annotations
	wantText := "राम ने सीता से कहा।\nनई दिल्ली में हिंदी 5 बजे पहुँचे"
	if text != wantText {
		t.Errorf("text = %q, want %q", text, wantText)
	}
	var got []string
	for _, a := range anns {
		got = append(got, string(a.Type)+":"+spanText(text, a.Start, a.End))
	}
	// An orphan I-PER starts an entity; "-NETI" begins one; LANGUAGE is
	// not a Tippani type, so it becomes a custom one.
	want := "PER:राम PER:सीता LOC:नई दिल्ली LANGUAGE:हिंदी NUM:5 DATE:बजे पहुँचे"
	if strings.Join(got, " ") != want {
		t.Errorf("entities = %s\nwant       %s", strings.Join(got, " "), want)
	}
	if stats != (CoNLLReadStats{Sentences: 2, Tokens: 13, Entities: 6}) {
		t.Errorf("stats = %+v", stats)
	}
	if len(doc.CustomTypes) != 1 || doc.CustomTypes[0].Code != "LANGUAGE" {
		t.Errorf("custom types = %+v", doc.CustomTypes)
	}
}

func TestReadCoNLLRoundTrip(t *testing.T) {
	text, anns := sharedtest.Sample(t)
	var out bytes.Buffer
	if _, err := CoNLL(&out, text, anns); err != nil {
		t.Fatal(err)
	}
	backDoc, _, err := ReadCoNLL(out.Bytes(), time.Now())
	if err != nil {
		t.Fatal(err)
	}
	back, backAnns := backDoc.Text, backDoc.Annotations
	if len(backAnns) != len(anns) {
		t.Fatalf("read %d entities, wrote %d", len(backAnns), len(anns))
	}
	for i := range anns {
		w, g := spanText(text, anns[i].Start, anns[i].End), spanText(back, backAnns[i].Start, backAnns[i].End)
		// Spacing may change ("भारत-इज़राइल" reads back as
		// "भारत - इज़राइल"); the entity's characters may not.
		if anns[i].Type != backAnns[i].Type || strings.ReplaceAll(w, " ", "") != strings.ReplaceAll(g, " ", "") {
			t.Errorf("entity %d: %s %q came back as %s %q", i, anns[i].Type, w, backAnns[i].Type, g)
		}
	}
}

// TestReadCoNLLCorpus opens the IL-NER development split, malformed tags
// and all, as a document.
func TestReadCoNLLCorpus(t *testing.T) {
	data := testsupport.File(t, "data/ner/ilner-hi-dev.conll")
	doc, stats, err := ReadCoNLL(data, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	text, anns := doc.Text, doc.Annotations
	// The corpus README gives 1,388 sentences: that is the number of blank
	// lines, and the last sentence has none after it.
	if stats.Sentences != 1389 || stats.Tokens != 32676 {
		t.Errorf("stats = %+v; want 1,389 sentences and 32,676 tokens", stats)
	}
	count := map[annotation.Type]int{}
	for _, a := range anns {
		count[a.Type]++
	}
	for _, typ := range annotation.Types {
		if count[typ] == 0 {
			t.Errorf("no %s entities read", typ)
		}
	}
	t.Logf("%d code points; entities %v; custom types %d; %d tags past them", len([]rune(text)), count, len(doc.CustomTypes), stats.Unmapped)
}

func FuzzReadCoNLL(f *testing.F) {
	f.Add([]byte("राम\tB-PER\nने\tO\n\nदिल्ली\tI-LOC\n"))
	f.Add([]byte("\ufeff-\t-NEP\n\r\n\t\tB-\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, _, err := ReadCoNLL(data, time.Now())
		if err != nil {
			if annotation.CodeOf(err) == "" {
				t.Fatalf("error without a code: %v", err)
			}
			return
		}
		if err := doc.Validate(annotation.FileLimits()); err != nil {
			t.Fatalf("accepted document is invalid: %v", err)
		}
	})
}
