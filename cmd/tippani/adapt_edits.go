package main

import "tippani/ner/conll"

// editsToGold counts the reader's actions that turn the predicted
// entities of a sentence into the gold ones, as the annotator offers
// them: a predicted span on exactly a gold span of the same type needs
// nothing; on exactly a gold span of another type, one retype; a
// predicted span overlapping a gold span, one resize, plus a retype when
// the types differ; every other predicted span one removal, every other
// gold span one addition. Spans are paired one to one, exact pairs
// first, then overlaps in text order.
func editsToGold(gold, pred []string) int {
	g, p := conll.Spans(gold), conll.Spans(pred)
	usedG := make([]bool, len(g))
	usedP := make([]bool, len(p))
	edits := 0
	for i, a := range p {
		for j, b := range g {
			if !usedG[j] && a.Start == b.Start && a.End == b.End {
				usedG[j], usedP[i] = true, true
				if a.Type != b.Type {
					edits++
				}
				break
			}
		}
	}
	for i, a := range p {
		if usedP[i] {
			continue
		}
		for j, b := range g {
			if !usedG[j] && a.Start < b.End && b.Start < a.End {
				usedG[j], usedP[i] = true, true
				edits++
				if a.Type != b.Type {
					edits++
				}
				break
			}
		}
	}
	for _, u := range usedP {
		if !u {
			edits++
		}
	}
	for _, u := range usedG {
		if !u {
			edits++
		}
	}
	return edits
}
