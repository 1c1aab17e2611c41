package ner

import (
	"fmt"
	"path/filepath"
	"sort"
	"testing"

	"tippani/ner/conll"
)

func TestZZAlignDebug(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "data", "ner")
	il, _ := loadExamples(filepath.Join(dir, ILNERTrain), corpusILNER)
	hi, _ := loadExamples(filepath.Join(dir, HiNERValid), corpusHiNER)
	c := learnConventions(il, hi)
	before := make([][]int8, len(hi))
	for i := range hi {
		before[i] = hi[i].gold
	}
	c.align(hi, true)
	changes := map[string]int{}
	for i := range hi {
		keys := exampleKeys(hi[i])
		a := conll.Spans(labelStrings(before[i]))
		b := map[conll.Span]bool{}
		for _, sp := range conll.Spans(labelStrings(hi[i].gold)) {
			b[sp] = true
		}
		for _, sp := range a {
			if !b[sp] {
				changes[sp.Type+" "+keyPhrase(keys[sp.Start:sp.End])]++
			}
		}
	}
	type kv struct {
		k string
		v int
	}
	var l []kv
	for k, v := range changes {
		l = append(l, kv{k, v})
	}
	sort.Slice(l, func(i, j int) bool { return l[i].v > l[j].v })
	for i, x := range l {
		if i > 80 {
			break
		}
		fmt.Println(x.v, x.k)
	}
}
