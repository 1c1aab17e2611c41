package annotation_test

import (
	"fmt"

	"tippani/annotation"
)

func ExampleParseShare() {
	body := []byte(`{"text":"राम अयोध्या गए।","annotations":[
		{"start":0,"end":3,"type":"PER"},
		{"start":2,"end":11,"type":"LOC"}]}`)
	_, err := annotation.ParseShare(body)
	if e, ok := err.(*annotation.Error); ok {
		fmt.Println(e.Status(), e.Code, e.Field)
		fmt.Println(e.Message)
	}
	// Output:
	// 422 overlap annotations[1]
	// annotations[0] (0–3) and annotations[1] (2–11) share text; annotations may touch but not overlap
}
