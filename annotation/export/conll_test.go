package export

import (
	"bufio"
	"bytes"
	"strings"
	"testing"
	"unicode"

	"tippani/annotation"
	"tippani/annotation/internal/sharedtest"
	"tippani/ner/conll"
	"tippani/textpos"
)

// conllLine is one token line read back from CoNLL output.
type conllLine struct{ token, tag string }

// readCoNLL parses two-column CoNLL into sentences, failing on any line
// that is not "token<TAB>tag" with a BIO tag.
func readCoNLL(t *testing.T, data []byte) [][]conllLine {
	t.Helper()
	var sentences [][]conllLine
	var cur []conllLine
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		line := sc.Text()
		if line == "" {
			if len(cur) == 0 {
				t.Fatal("two blank lines in a row")
			}
			sentences = append(sentences, cur)
			cur = nil
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 2 || cols[0] == "" || strings.IndexFunc(cols[0], unicode.IsSpace) >= 0 {
			t.Fatalf("bad CoNLL line %q", line)
		}
		tag := cols[1]
		if tag != "O" {
			typ, ok := strings.CutPrefix(tag, "B-")
			if !ok {
				typ, ok = strings.CutPrefix(tag, "I-")
			}
			if !ok || !annotation.Type(typ).Valid() {
				t.Fatalf("bad tag in %q", line)
			}
		}
		cur = append(cur, conllLine{cols[0], tag})
	}
	if len(cur) > 0 {
		sentences = append(sentences, cur)
	}
	return sentences
}

// spansFromCoNLL turns BIO tags back into code point spans of text by
// locating each token in turn. It checks that the tokens cover every
// character of text except white space.
func spansFromCoNLL(t *testing.T, text string, sentences [][]conllLine) []annotation.Annotation {
	t.Helper()
	index := textpos.New(text)
	var spans []annotation.Annotation
	at := 0 // byte offset after the previous token
	open := -1
	for _, s := range sentences {
		for _, l := range s {
			gap := strings.Index(text[at:], l.token)
			if gap < 0 || strings.TrimSpace(text[at:at+gap]) != "" {
				t.Fatalf("token %q does not follow at byte %d (skipped %q)", l.token, at, text[at:at+max(gap, 0)])
			}
			start, end := at+gap, at+gap+len(l.token)
			at = end
			if strings.HasPrefix(l.tag, "I-") && (open < 0 || string(spans[open].Type) != l.tag[2:]) {
				t.Fatalf("%s without a matching B- at token %q", l.tag, l.token)
			}
			switch {
			case strings.HasPrefix(l.tag, "B-"):
				spans = append(spans, annotation.Annotation{Start: index.RuneOffset(start), End: index.RuneOffset(end), Type: annotation.Type(l.tag[2:])})
				open = len(spans) - 1
			case strings.HasPrefix(l.tag, "I-"):
				spans[open].End = index.RuneOffset(end)
			default:
				open = -1
			}
		}
		open = -1 // entities never cross sentences
	}
	if rest := strings.TrimSpace(text[at:]); rest != "" {
		t.Fatalf("text after the last token was skipped: %q", rest)
	}
	return spans
}

func TestCoNLLHandMade(t *testing.T) {
	text := "राम ने सीता से कहा।\nमोहन आया"
	// Code points: राम 0–3, ने 4–6, सीता 7–11, से 12–14, कहा 15–18, । 18,
	// line break 19, मोहन 20–24, आया 25–28.
	anns := []annotation.Annotation{
		{Start: 0, End: 3, Type: annotation.PER},   // aligned
		{Start: 7, End: 14, Type: annotation.PER},  // aligned, two tokens
		{Start: 20, End: 22, Type: annotation.LOC}, // "मो": cuts मोहन, widened
		{Start: 22, End: 24, Type: annotation.PER}, // "हन": same token, dropped
	}
	var out bytes.Buffer
	stats, err := CoNLL(&out, text, anns)
	if err != nil {
		t.Fatal(err)
	}
	want := "राम\tB-PER\nने\tO\nसीता\tB-PER\nसे\tI-PER\nकहा\tO\n।\tO\n\nमोहन\tB-LOC\nआया\tO\n"
	if out.String() != want {
		t.Errorf("got\n%s\nwant\n%s", out.String(), want)
	}
	wantStats := CoNLLStats{Tokens: 8, Sentences: 2, Entities: 4, Aligned: 2, Widened: 1, Dropped: 1}
	if stats != wantStats {
		t.Errorf("stats = %+v, want %+v", stats, wantStats)
	}
}

func TestCoNLLSentences(t *testing.T) {
	cases := []struct {
		text      string
		anns      []annotation.Annotation
		want      string
		sentences int
	}{
		{"राम आए। सीता गईं।", []annotation.Annotation{{Start: 0, End: 3, Type: annotation.PER}, {Start: 8, End: 12, Type: annotation.PER}},
			"राम\tB-PER\nआए\tO\n।\tO\n\nसीता\tB-PER\nगईं\tO\n।\tO\n", 2},
		// An entity across a sentence end keeps the two sentences together.
		{"वह भारत। नेपाल गया", []annotation.Annotation{{Start: 3, End: 14, Type: annotation.LOC}},
			"वह\tO\nभारत\tB-LOC\n।\tI-LOC\nनेपाल\tI-LOC\nगया\tO\n", 1},
	}
	for _, c := range cases {
		var out bytes.Buffer
		stats, err := CoNLL(&out, c.text, c.anns)
		if err != nil {
			t.Fatal(err)
		}
		if out.String() != c.want || stats.Sentences != c.sentences {
			t.Errorf("%s: got %d sentences\n%s\nwant %d\n%s", c.text, stats.Sentences, out.String(), c.sentences, c.want)
		}
	}
}

func TestCoNLLSampleReadsBack(t *testing.T) {
	text, anns := sharedtest.Sample(t)
	var out bytes.Buffer
	stats, err := CoNLL(&out, text, anns)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Aligned+stats.Widened+stats.Dropped != len(anns) || stats.Aligned == 0 {
		t.Fatalf("stats do not add up: %+v for %d entities", stats, len(anns))
	}
	sentences := readCoNLL(t, out.Bytes())
	if len(sentences) != stats.Sentences {
		t.Errorf("read %d sentences, stats say %d", len(sentences), stats.Sentences)
	}
	back := spansFromCoNLL(t, text, sentences)
	if len(back) != stats.Aligned+stats.Widened {
		t.Fatalf("read back %d entities, want %d", len(back), stats.Aligned+stats.Widened)
	}
	// Every entity read back is an input entity of the same type, or a
	// widening of one; aligned ones come back exactly.
	exact := 0
	j := 0
	for _, b := range back {
		for j < len(anns) && anns[j].End <= b.Start {
			j++
		}
		if j == len(anns) || anns[j].Type != b.Type || anns[j].Start < b.Start || anns[j].End > b.End {
			t.Fatalf("entity %+v (%q) read back matches no input entity", b, spanText(text, b.Start, b.End))
		}
		if anns[j].Start == b.Start && anns[j].End == b.End {
			exact++
		}
	}
	if exact != stats.Aligned {
		t.Errorf("%d entities came back exactly, stats say %d aligned", exact, stats.Aligned)
	}
	t.Logf("sample: %+v", stats)
}

// TestCoNLLReadableByEval reads the export with the reader behind
// `tippani eval` and checks that it sees the same sentences, tokens and
// PER/LOC/ORG entities (eval scores only those three types).
func TestCoNLLReadableByEval(t *testing.T) {
	text, anns := sharedtest.Sample(t)
	var out bytes.Buffer
	stats, err := CoNLL(&out, text, anns)
	if err != nil {
		t.Fatal(err)
	}
	sents, err := conll.Read(&out)
	if err != nil {
		t.Fatal(err)
	}
	tokens, entities := 0, 0
	for _, s := range sents {
		tokens += len(s.Tokens)
		entities += len(conll.Spans(conll.MapTags(s.Gold)))
	}
	want := 0
	for _, a := range anns {
		if a.Type == annotation.PER || a.Type == annotation.LOC || a.Type == annotation.ORG {
			want++
		}
	}
	if len(sents) != stats.Sentences || tokens != stats.Tokens || entities != want || stats.Widened+stats.Dropped != 0 {
		t.Errorf("eval reader saw %d sentences, %d tokens, %d entities; want %d, %d, %d (stats %+v)",
			len(sents), tokens, entities, stats.Sentences, stats.Tokens, want, stats)
	}
}
