package anchor

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"tippani/annotation"
	"tippani/annotation/internal/sharedtest"
)

// propertyStats counts what the property checks saw, so a test can insist
// that its random cases really exercised each rule.
type propertyStats struct {
	edits, annotations, intact int
	counts                     Counts
}

// checkReanchor applies edits to old and checks the properties every
// re-anchoring must have:
//
//   - every annotation is either placed or listed as unplaced, exactly once
//     (told apart by their unique notes), with every field but the offsets
//     kept, and unplaced ones keep their old offsets and quote;
//   - the placed annotations are valid on the new text: in range, on
//     character boundaries, not overlapping;
//   - a placed annotation's text is within maxErrors edits of its old text;
//   - an annotation whose text and windowLen code points on each side no
//     edit touched, where that stretch now occurs only once, is placed
//     exactly where the edits moved it;
//   - removed-suggestion spans follow the same rules for being found.
func checkReanchor(t *testing.T, old []rune, anns []annotation.Annotation, edits []edit, st *propertyStats) {
	t.Helper()
	newRunes := applyEdits(old, edits)
	oldText, newText := string(old), string(newRunes)
	rev := NewRevision(oldText, newText)
	res := rev.Annotations(anns)
	st.edits += len(edits)
	st.annotations += len(anns)
	st.counts.Exact += res.Counts.Exact
	st.counts.Moved += res.Counts.Moved
	st.counts.Fuzzy += res.Counts.Fuzzy
	st.counts.Unplaced += res.Counts.Unplaced

	fail := func(format string, args ...any) {
		t.Helper()
		t.Fatalf("old %q\nnew %q\nedits %v\n"+format, append([]any{oldText, newText, edits}, args...)...)
	}
	if c := res.Counts; c.Exact+c.Moved+c.Fuzzy != len(res.Placed) || c.Unplaced != len(res.Unplaced) {
		fail("counts %+v for %d placed and %d unplaced", c, len(res.Placed), len(res.Unplaced))
	}
	if err := annotation.Validate(newText, res.Placed, annotation.FileLimits()); err != nil {
		fail("placed annotations are invalid: %v", err)
	}
	byNote := map[string]annotation.Annotation{}
	for _, a := range anns {
		byNote[a.Note] = a
	}
	where := map[string]annotation.Annotation{}
	placedAt := map[string]annotation.Annotation{}
	for _, p := range res.Placed {
		placedAt[p.Note] = p
		a, ok := byNote[p.Note]
		if _, twice := where[p.Note]; !ok || twice {
			fail("placed annotation %+v was not given, or is placed twice", p)
		}
		where[p.Note] = p
		if p.Type != a.Type || p.Source != a.Source || p.Score != a.Score {
			fail("%+v changed fields on the way to %+v", a, p)
		}
		if d := editDistance(old[a.Start:a.End], newRunes[p.Start:p.End], maxErrors(a.End-a.Start)); d > maxErrors(a.End-a.Start) {
			fail("%+v (%q) was placed on %q", a, string(old[a.Start:a.End]), string(newRunes[p.Start:p.End]))
		}
	}
	for _, u := range res.Unplaced {
		a, ok := byNote[u.Annotation.Note]
		if _, twice := where[u.Annotation.Note]; !ok || twice || u.Annotation != a {
			fail("unplaced %+v was not given as such, or is also placed", u)
		}
		where[u.Annotation.Note] = u.Annotation
		if u.Quote != string(old[a.Start:a.End]) || !strings.HasSuffix(oldText[:len(string(old[:a.Start]))], u.Prefix) {
			fail("unplaced %+v has the wrong quote", u)
		}
	}
	if len(where) != len(anns) {
		fail("%d annotations given, %d accounted for", len(anns), len(where))
	}

	for _, a := range anns {
		ns, ok := shiftUntouched(edits, a.Start, a.End, windowLen, len(old))
		if !ok || !uniqueWindow(newText, newRunes, ns, ns+a.End-a.Start) {
			continue
		}
		st.intact++
		p, ok := placedAt[a.Note]
		if !ok || p.Start != ns || p.End != ns+a.End-a.Start {
			fail("%+v (%q) with its context intact should be at %d, got %+v", a, string(old[a.Start:a.End]), ns, p)
		}
	}

	spans := make([]Span, len(anns))
	for i, a := range anns {
		spans[i] = Span{a.Start, a.End}
	}
	moved, dropped := rev.Spans(spans)
	if len(moved)+dropped > len(spans) || !slices.IsSortedFunc(moved, func(a, b Span) int { return a.Start - b.Start }) {
		fail("spans: %d moved and %d dropped of %d, or not sorted: %v", len(moved), dropped, len(spans), moved)
	}
	for _, s := range moved {
		if s.Start < 0 || s.End > len(newRunes) || s.Start >= s.End {
			fail("moved span %v is outside the new text", s)
		}
	}
	for _, s := range spans {
		if ns, ok := shiftUntouched(edits, s.Start, s.End, windowLen, len(old)); ok && uniqueWindow(newText, newRunes, ns, ns+s.End-s.Start) &&
			!slices.Contains(moved, Span{ns, ns + s.End - s.Start}) {
			fail("span %v with its context intact should have moved to %d: %v", s, ns, moved)
		}
	}
}

// uniqueWindow reports whether new[s:e] with windowLen code points on each
// side occurs only once in text (which is new), or is pinned by reaching
// an edge.
func uniqueWindow(text string, new []rune, s, e int) bool {
	ws, we := s-windowLen, e+windowLen
	if ws <= 0 || we >= len(new) {
		return true
	}
	w := string(new[ws:we])
	first := strings.Index(text, w)
	return strings.Index(text[first+1:], w) < 0
}

func TestReanchorPropertiesOnTheSampleArticle(t *testing.T) {
	text, sample := sharedtest.Sample(t)
	old := []rune(text)
	anns := make([]annotation.Annotation, len(sample))
	for i, a := range sample {
		a.Note = a.Note + "#" + string(rune('A'+i%26)) + strings.Repeat("'", i/26)
		if i%3 == 0 {
			a.Source, a.Score = annotation.SourceModel, 0.75
		}
		anns[i] = a
	}
	rng := rand.New(rand.NewPCG(11, 12))
	var st propertyStats
	for trials := 0; trials < 1500; {
		edits := randomEdits(rng, old, anns, 1+rng.IntN(6))
		if !displayForm(string(applyEdits(old, edits))) {
			continue
		}
		trials++
		checkReanchor(t, old, anns, edits, &st)
	}
	reportStats(t, st)
}

func TestReanchorPropertiesOnSyntheticTexts(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 14))
	var st propertyStats
	for trials := 0; trials < 1500; {
		old := randomWords(rng, 5+rng.IntN(80))
		if !displayForm(string(old)) {
			continue
		}
		anns := randomAnnotations(rng, old)
		edits := randomEdits(rng, old, anns, 1+rng.IntN(5))
		if !displayForm(string(applyEdits(old, edits))) {
			continue
		}
		trials++
		checkReanchor(t, old, anns, edits, &st)
	}
	reportStats(t, st)
}

// reportStats logs what the random cases covered and fails when they did
// not cover enough for the properties to mean anything.
func reportStats(t *testing.T, st propertyStats) {
	t.Helper()
	t.Logf("%d edits over %d annotations: %d with context intact, all found exactly; %+v",
		st.edits, st.annotations, st.intact, st.counts)
	if st.edits < 1000 || st.intact < 500 || st.counts.Moved == 0 || st.counts.Fuzzy == 0 || st.counts.Unplaced == 0 {
		t.Errorf("the random edits did not exercise every rule: %+v", st)
	}
}
