package conll

import (
	"fmt"
	"testing"
)

func TestDocuments(t *testing.T) {
	sent := func(w string) Sentence { return Sentence{Tokens: []string{w}, Gold: []string{"O"}} }
	var sents []Sentence
	for _, w := range []string{"-DOCSTART-", "a", "b", "c", "-DOCSTART-", "d", "e", "f", "g", "h", "-DOCSTART-", "-DOCSTART-"} {
		sents = append(sents, sent(w))
	}
	for _, c := range []struct {
		size int
		want string
	}{
		{0, "[[1 4] [5 10]]"},
		{2, "[[1 3] [3 4] [5 7] [7 9] [9 10]]"},
		{1, "[[1 2] [2 3] [3 4] [5 6] [6 7] [7 8] [8 9] [9 10]]"},
	} {
		if got := fmt.Sprint(Documents(sents, c.size)); got != c.want {
			t.Errorf("size %d: %s, want %s", c.size, got, c.want)
		}
	}
	if got := fmt.Sprint(Documents(sents[1:4], 20)); got != "[[0 3]]" {
		t.Errorf("no markers: %s", got)
	}
	if got := Documents(nil, 20); len(got) != 0 {
		t.Errorf("nothing: %v", got)
	}
}
