//go:build integration

package apitest

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"
	"unicode"
)

// A mutation turns a valid share body into one the API must refuse. Each
// is invalid by construction, so the test can demand a 4xx for every body.
type mutation struct {
	name  string
	apply func(r *rand.Rand, b shareBody) []byte
}

func marshalShare(b shareBody) []byte {
	out, err := json.Marshal(b)
	if err != nil {
		panic(err)
	}
	return out
}

// pick returns the index of a random annotation of b.
func pick(r *rand.Rand, b shareBody) int { return r.IntN(len(b.Annotations)) }

var mutations = []mutation{
	{"truncated", func(r *rand.Rand, b shareBody) []byte {
		j := marshalShare(b)
		return j[:r.IntN(len(j))]
	}},
	{"invalid UTF-8 byte", func(r *rand.Rand, b shareBody) []byte {
		j := marshalShare(b)
		i := r.IntN(len(j))
		return append(append(j[:i:i], 0xff), j[i:]...)
	}},
	{"random bytes", func(r *rand.Rand, _ shareBody) []byte {
		out := make([]byte, r.IntN(200))
		for i := range out {
			out[i] = byte(r.UintN(256))
		}
		return out
	}},
	{"other JSON value", func(r *rand.Rand, _ shareBody) []byte {
		vals := []string{`null`, `1`, `"text"`, `[]`, `[{"text":"राम"}]`, `{}`, `{"text":null}`, `{"text":1}`, `{"text":["राम"]}`, `{"title":"x"}`, `true`, `{"text":{"x":1}}`}
		return []byte(vals[r.IntN(len(vals))])
	}},
	{"offset past the end", func(r *rand.Rand, b shareBody) []byte {
		n := len([]rune(b.Text))
		i := pick(r, b)
		b.Annotations[i].End = n + 1 + r.IntN(1<<20)
		return marshalShare(b)
	}},
	{"huge or negative offset", func(r *rand.Rand, b shareBody) []byte {
		j := string(marshalShare(b))
		vals := []string{"-1", "1e9", "99999999999999999999", "1.5", `"3"`, "true", "null"}
		return []byte(strings.Replace(j, `"start":`, `"start":`+vals[r.IntN(len(vals))]+`,"x":`, 1))
	}},
	{"end not after start", func(r *rand.Rand, b shareBody) []byte {
		i := pick(r, b)
		b.Annotations[i].End = b.Annotations[i].Start - r.IntN(b.Annotations[i].Start+1)
		return marshalShare(b)
	}},
	{"unknown type", func(r *rand.Rand, b shareBody) []byte {
		types := []string{"", "per", "PERSON", "LOCATION", "X", "ORG ", "\u0000", "व्यक्ति"}
		b.Annotations[pick(r, b)].Type = types[r.IntN(len(types))]
		return marshalShare(b)
	}},
	{"overlap", func(r *rand.Rand, b shareBody) []byte {
		a := b.Annotations[pick(r, b)]
		a.Type = "ORG"
		b.Annotations = append(b.Annotations, a)
		return marshalShare(b)
	}},
	{"text not in display form", func(r *rand.Rand, b shareBody) []byte {
		runes := []rune(b.Text)
		i := r.IntN(len(runes) + 1)
		junk := []string{"\r\n", "\u200b", "\ufeff", "e\u0301", "\u00a0\u00a0"}
		b.Text = string(runes[:i]) + junk[r.IntN(len(junk))] + string(runes[i:])
		return marshalShare(b)
	}},
	{"offset inside a letter", func(r *rand.Rand, b shareBody) []byte {
		runes := []rune(b.Text)
		var inside []int
		for i, c := range runes {
			if i > 0 && unicode.In(c, unicode.Mn, unicode.Mc) {
				inside = append(inside, i)
			}
		}
		b.Annotations = []shareAnnotation{{Start: inside[r.IntN(len(inside))], End: len(runes), Type: "PER"}}
		return marshalShare(b)
	}},
	{"note too long", func(r *rand.Rand, b shareBody) []byte {
		b.Annotations[pick(r, b)].Note = strings.Repeat("ध", 2001+r.IntN(100))
		return marshalShare(b)
	}},
	{"duplicate key", func(r *rand.Rand, b shareBody) []byte {
		j := marshalShare(b)
		return append([]byte(`{"text":"दोहरा",`), j[1:]...)
	}},
	{"bad source or score", func(r *rand.Rand, b shareBody) []byte {
		j := string(marshalShare(b))
		extra := []string{`"source":"robot",`, `"score":2,"source":"model",`, `"score":0.5,"source":"person",`}
		return []byte(strings.Replace(j, `{"start"`, `{`+extra[r.IntN(len(extra))]+`"start"`, 1))
	}},
}

func TestRandomAndMutatedSharesAreRefusedAndStoreNothing(t *testing.T) {
	const bodies, workers = 1000, 4
	state := stateDir(t)
	shares, texts := rowCount(t, state, "shares"), rowCount(t, state, "texts")
	seed := articleShare(t)
	url := baseURL(t) + "/api/shares"

	rng := rand.New(rand.NewPCG(20261129, 1))
	type job struct {
		name string
		body []byte
	}
	jobs := make([]job, bodies)
	for i := range jobs {
		m := mutations[i%len(mutations)]
		b := seed
		b.Annotations = append([]shareAnnotation(nil), seed.Annotations...)
		jobs[i] = job{m.name, m.apply(rng, b)}
	}

	var mu sync.Mutex
	tally := map[int]int{}
	failures := 0
	next := make(chan int)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				res, err := post(url, jobs[i].body, address(t.Name(), w))
				mu.Lock()
				switch {
				case err != nil:
					failures++
					t.Errorf("body %d (%s): %v", i, jobs[i].name, err)
				case res.status < 400 || res.status >= 500:
					failures++
					if failures <= 20 {
						t.Errorf("body %d (%s): status %d, want 4xx; response %.200q; body %.120q", i, jobs[i].name, res.status, res.body, jobs[i].body)
					}
				case !bytes.Contains(res.body, []byte(`"error":{"code":`)):
					failures++
					t.Errorf("body %d (%s): 4xx without the error shape: %.200q", i, jobs[i].name, res.body)
				}
				tally[res.status]++
				mu.Unlock()
			}
		}()
	}
	for i := range jobs {
		next <- i
	}
	close(next)
	wg.Wait()
	t.Logf("statuses over %d bodies: %v", bodies, tally)

	if got := rowCount(t, state, "shares"); got != shares {
		t.Errorf("%d shares were stored by refused bodies", got-shares)
	}
	if got := rowCount(t, state, "texts"); got != texts {
		t.Errorf("%d texts were stored by refused bodies", got-texts)
	}
	if failures > 0 {
		t.Errorf("%d of %d bodies were not answered with a JSON 4xx", failures, bodies)
	}
}
