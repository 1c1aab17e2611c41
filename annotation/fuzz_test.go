package annotation

import (
	"encoding/json"
	"net/http"
	"reflect"
	"runtime"
	"strings"
	"testing"
)

// maxAllocFactor and maxAllocBase state the memory bound of every request
// reader: reading a body of n bytes allocates at most
// maxAllocFactor×n + maxAllocBase bytes, whatever the body holds. The
// largest terms are the copy of the body, the text decoded to code points
// for the boundary checks (4 bytes each) and the annotations' structs.
const (
	maxAllocFactor = 40
	maxAllocBase   = 256 << 10
)

// checkMemory runs parse on body and fails if it allocated more than the
// stated bound.
func checkMemory(t *testing.T, body []byte, parse func([]byte)) {
	t.Helper()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	parse(body)
	runtime.ReadMemStats(&after)
	if got, limit := after.TotalAlloc-before.TotalAlloc, uint64(maxAllocFactor*len(body)+maxAllocBase); got > limit {
		t.Fatalf("reading %d bytes allocated %d bytes (bound %d)", len(body), got, limit)
	}
}

// checkParseResult is the property every parser must have: it returns
// either a value or an *Error with a code and a valid status, never both
// and never a panic; and an accepted value survives a JSON round trip.
func checkParseResult[T any](t *testing.T, v *T, err error, reparse func([]byte) (*T, error)) {
	t.Helper()
	if err != nil {
		e, ok := err.(*Error)
		if !ok || e.Code == "" || e.Message == "" {
			t.Fatalf("error without a code: %#v", err)
		}
		if s := e.Status(); s != http.StatusBadRequest && s != http.StatusRequestEntityTooLarge && s != http.StatusUnprocessableEntity {
			t.Fatalf("code %s has status %d", e.Code, s)
		}
		if v != nil {
			t.Fatal("a value was returned with an error")
		}
		return
	}
	out, merr := json.Marshal(v)
	if merr != nil {
		t.Fatal(merr)
	}
	again, err := reparse(out)
	if err != nil {
		t.Fatalf("accepted value does not re-parse: %v\n%s", err, out)
	}
	if !reflect.DeepEqual(v, again) {
		t.Fatalf("round trip changed the value:\n%+v\n%+v", v, again)
	}
}

func addSeeds(f *testing.F) {
	for _, s := range []string{
		`{"text":"` + text + `","annotations":[{"start":0,"end":7,"type":"PER"}]}`,
		`{"title":"t","text":"abc","annotations":[{"start":0,"end":1,"type":"PER","note":"n","source":"model","score":0.5}]}`,
		`{"text":"abc","annotations":[{"start":1,"end":1,"type":"PER"}]}`,
		`{"text":"abc","annotations":[{"start":-0,"end":1e1,"type":"LOC"}]}`,
		`{"text":"\ud800","annotations":[]}`,
		exerciseBody,
		`{"name":"Ravi","annotations":[{"start":8,"end":12,"type":"PER"}]}`,
		`{"format":"tippani","version":1,"text":"abc","annotations":[{"start":0,"end":3,"type":"ORG"}],"created":"2026-11-29T10:00:00.123Z"}`,
		`{"format":"tippani","version":7,"text":"abc"}`,
		`[`, `null`, `{"text":"a","text":"b"}`, "{\"text\":\"\xff\"}",
		strings.Repeat("[", 9000) + strings.Repeat("]", 9000),
		`{"text":"abc","annotations":` + strings.Repeat(`[{"a":`, 20) + strings.Repeat(`}]`, 20) + `}`,
		`{"text":"abc","annotations":[{"start":1e999,"end":-0.0e-0,"type":"PER","score":123456789012345678901234567890e-30}]}`,
		`{"text":"` + strings.Repeat("भारत ", 2000) + `","annotations":[{"start":0,"end":4,"type":"LOC"}]}`,
		`{"title":"\ud800\udc00","text":"\u0915\u094d\u200d\u0937","annotations":[]}`,
		`{"text":"a\ud800\u0041"}`, `{"text":"\x41"}`, `{"text":"\u00"}`, `{"name":"\udfff"}`,
		`{"text":"abc","customTypes":[{"code":"WORK","name":"w","color":"#aa3377","key":"w"}],"annotations":[{"start":0,"end":3,"type":"WORK"}]}`,
		`{"format":"tippani","version":1,"text":"abc","annotations":[],"unplaced":[{"annotation":{"start":5,"end":9,"type":"PER"},"quote":"राम"}]}`,
	} {
		f.Add([]byte(s))
	}
}

func FuzzParseShare(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, body []byte) {
		s, err := ParseShare(body)
		checkParseResult(t, s, err, ParseShare)
		checkMemory(t, body, func(b []byte) { ParseShare(b) })
	})
}

func FuzzParseExercise(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, body []byte) {
		e, err := ParseExercise(body)
		checkParseResult(t, e, err, ParseExercise)
	})
}

func FuzzParseSubmission(f *testing.F) {
	addSeeds(f)
	ex, err := ParseExercise([]byte(exerciseBody))
	if err != nil {
		f.Fatal(err)
	}
	parse := func(b []byte) (*Submission, error) { return ParseSubmission(b, ex) }
	f.Fuzz(func(t *testing.T, body []byte) {
		s, err := parse(body)
		checkParseResult(t, s, err, parse)
	})
}

func FuzzUnmarshalDocument(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, body []byte) {
		d, err := UnmarshalDocument(body)
		checkParseResult(t, d, err, UnmarshalDocument)
		checkMemory(t, body, func(b []byte) { UnmarshalDocument(b) })
		if err == nil {
			out, err := MarshalDocument(d)
			if err != nil {
				t.Fatalf("accepted document does not marshal: %v", err)
			}
			if _, err := UnmarshalDocument(out); err != nil {
				t.Fatalf("marshalled document does not read back: %v", err)
			}
		}
	})
}
