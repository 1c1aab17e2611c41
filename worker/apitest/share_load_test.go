//go:build integration

package apitest

import (
	"encoding/json"
	"fmt"
	"net/http"
	"reflect"
	"sync"
	"testing"
)

// TestTwoHundredConcurrentShares creates 200 shares at once from 20
// parallel clients (each its own address, 10 shares each) and reads every
// one back. Texts repeat in groups of four, so the texts table must grow by
// exactly 50.
func TestTwoHundredConcurrentShares(t *testing.T) {
	const clients, perClient, distinctTexts = 20, 10, 50
	state := stateDir(t)
	textsBefore := rowCount(t, state, "texts")
	article := articleShare(t)

	bodies := make([]shareBody, clients*perClient)
	for i := range bodies {
		b := article
		b.Title = fmt.Sprintf("शेयर %d", i)
		b.Text = article.Text + fmt.Sprintf("\nसंस्करण %s-%d", address(t.Name(), 0), i%distinctTexts)
		b.Annotations = article.Annotations[:1+i%len(article.Annotations)]
		bodies[i] = b
	}
	encoded := make([][]byte, len(bodies))
	for i := range bodies {
		encoded[i] = mustJSON(t, bodies[i])
	}
	url := baseURL(t) + "/api/shares"
	ids := make([]string, len(bodies))
	start := make(chan struct{})
	var wg sync.WaitGroup
	errs := make(chan error, len(bodies))
	for c := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			for k := range perClient {
				i := c*perClient + k
				r, err := post(url, encoded[i], address(t.Name(), c))
				if err != nil {
					errs <- err
					continue
				}
				if r.status != http.StatusCreated {
					errs <- fmt.Errorf("share %d: status %d, body %.200q", i, r.status, r.body)
					continue
				}
				var created struct{ ID string }
				if err := json.Unmarshal(r.body, &created); err != nil {
					errs <- err
					continue
				}
				ids[i] = created.ID
			}
		}()
	}
	close(start)
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if t.Failed() {
		t.FailNow()
	}

	seen := map[string]bool{}
	for i, id := range ids {
		if seen[id] {
			t.Fatalf("id %s was handed out twice", id)
		}
		seen[id] = true
		got, first := readShare(t, id)
		if got.Title != bodies[i].Title || got.Text != bodies[i].Text || !reflect.DeepEqual(got.Annotations, bodies[i].Annotations) {
			t.Errorf("share %d (%s) does not read back as sent", i, id)
		}
		if again := send(t, http.MethodGet, "/api/shares/"+id, "", nil); string(again.body) != string(first.body) {
			t.Errorf("share %d (%s) reads differently the second time", i, id)
		}
	}
	if got := rowCount(t, state, "texts") - textsBefore; got != distinctTexts {
		t.Errorf("texts grew by %d, want %d (one row per distinct text)", got, distinctTexts)
	}
}

// post sends a JSON body from the given client address without touching
// testing.T, so goroutines can use it.
func post(url string, body []byte, addr string) (response, error) {
	req, err := http.NewRequest(http.MethodPost, url, bytesReader(body))
	if err != nil {
		return response{}, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("CF-Connecting-IP", addr)
	res, err := client.Do(req)
	if err != nil {
		return response{}, err
	}
	defer res.Body.Close()
	b, err := readAll(res)
	return response{res.StatusCode, res.Header, b}, err
}
