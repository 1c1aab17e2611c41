package score

import (
	"slices"

	"tippani/annotation"
)

// typeOrder lists the distinct types of the annotations in lists: the
// built-in ones in canonical order, then custom types by code. Scores,
// score sheets, heat maps and agreement use it, so that an exercise's
// custom types count like the built-in ones.
func typeOrder(lists ...[]annotation.Annotation) []annotation.Type {
	var custom []annotation.Type
	seen := map[annotation.Type]bool{}
	for _, l := range lists {
		for _, a := range l {
			seen[a.Type] = true
			if !a.Type.Valid() && !slices.Contains(custom, a.Type) {
				custom = append(custom, a.Type)
			}
		}
	}
	var out []annotation.Type
	for _, t := range annotation.Types {
		if seen[t] {
			out = append(out, t)
		}
	}
	slices.Sort(custom)
	return append(out, custom...)
}
