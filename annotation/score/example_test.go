package score_test

import (
	"fmt"

	"tippani/annotation"
	"tippani/annotation/score"
)

func ExampleSubmission() {
	// "राम और सीता अयोध्या गए": the key marks राम, सीता and अयोध्या.
	key := []annotation.Annotation{
		{Start: 0, End: 3, Type: annotation.PER},
		{Start: 7, End: 11, Type: annotation.PER},
		{Start: 12, End: 19, Type: annotation.LOC},
	}
	// The student marks "राम और" and calls सीता a place.
	student := []annotation.Annotation{
		{Start: 0, End: 6, Type: annotation.PER},
		{Start: 7, End: 11, Type: annotation.LOC},
	}
	r := score.Submission(key, student, nil)
	fmt.Printf("exact F1 %.2f, lenient F1 %.2f, wrong type %d\n", r.Exact.F1, r.Lenient.F1, r.WrongType)
	for _, t := range r.ByType {
		fmt.Printf("%s lenient recall %.2f\n", t.Type, t.Lenient.Recall)
	}
	// Output:
	// exact F1 0.00, lenient F1 0.40, wrong type 1
	// PER lenient recall 0.50
	// LOC lenient recall 0.00
}
