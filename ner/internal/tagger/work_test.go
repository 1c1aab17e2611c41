package tagger

import (
	"fmt"
	"sync"
	"testing"
)

// Concurrent callers share the model's own scratch and the pool; each
// must get exactly what a lone caller gets.
func TestRecognizeConcurrentCallsAgree(t *testing.T) {
	text, toks := sampleText(t)
	m := shipped(t)
	want := fmt.Sprint(m.Recognize(text, toks))
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 5; k++ {
				if got := fmt.Sprint(m.Recognize(text, toks)); got != want {
					errs <- got
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for got := range errs {
		t.Fatalf("a concurrent call returned\n%s\nwant\n%s", got, want)
	}
}
