package export

import (
	"tippani/internal/jsonwire"
)

// Detect names the format of the files a person opened, from their names
// and contents, so that Open needs no menu: a .ann file or a zip is brat;
// .conll, .bio, .iob and .tsv files are CoNLL; a .csv is the entity CSV;
// JSON is told apart by its members (a Tippani document or share, a Web
// Annotation, a Label Studio task, a displaCy document, a doccano record,
// a Hypothesis annotation); JSON Lines are doccano. Anything else is
// CoNLL when its lines look like "token<TAB>tag", else "" (plain text, an
// article to annotate).
func Detect(files []File) string {
	var main *File
	for i := range files {
		f := &files[i]
		switch {
		case hasExt(f.Name, ".ann") || isZip(f.Data):
			return "brat"
		case hasExt(f.Name, ".txt") && len(files) > 1:
			continue
		}
		if main == nil {
			main = f
		}
	}
	if main == nil {
		return ""
	}
	for _, c := range []struct{ ext, format string }{{".conll", "conll"}, {".conllu", "conll"}, {".bio", "conll"}, {".iob", "conll"}, {".tsv", "conll"}, {".csv", "csv"}, {".jsonl", "doccano"}} {
		if hasExt(main.Name, c.ext) {
			return c.format
		}
	}
	root, err := jsonwire.Parse(trimBOM(string(main.Data)))
	if err != nil {
		if list, _, err := jsonDocuments(main.Data); err == nil && len(list) > 1 {
			return jsonFormat(list[0])
		}
		if looksCoNLL(string(main.Data)) {
			return "conll"
		}
		return ""
	}
	if root.Kind() == jsonwire.Array {
		first := values(root)
		if len(first) == 0 {
			return ""
		}
		return jsonFormat(first[0])
	}
	if root.Get("rows").Exists() {
		return "hypothesis"
	}
	return jsonFormat(root)
}

// jsonFormat names the format of one JSON document by its members.
func jsonFormat(v jsonwire.Value) string {
	ents := values(v.Get("entities"))
	switch {
	case len(ents) > 0 && ents[0].Get("start_offset").Exists():
		return "doccano"
	case v.Get("format").Exists(), v.Get("entities").Exists(), v.Get("annotations").Exists() && v.Get("text").Exists():
		return "tippani"
	case v.Get("@context").Exists(), hasType(v, "Annotation"), hasType(v, "AnnotationPage"), hasType(v, "AnnotationCollection"):
		return "w3c"
	case v.Get("data").Exists():
		return "labelstudio"
	case v.Get("ents").Exists():
		return "spacy"
	case v.Get("label").Exists():
		return "doccano"
	case v.Get("target").Exists(), v.Get("uri").Exists():
		return "hypothesis"
	case v.Get("text").Exists():
		return "tippani"
	}
	return ""
}

// looksCoNLL reports whether most of the first lines of s are a token and
// a tag separated by a tab.
func looksCoNLL(s string) bool {
	lines, tagged := 0, 0
	for start := 0; start < len(s) && lines < 20; {
		end := start
		for end < len(s) && s[end] != '\n' {
			end++
		}
		line := s[start:end]
		start = end + 1
		if isBlank(line) || line == "\r" {
			continue
		}
		lines++
		for i := 1; i < len(line); i++ {
			if line[i] == '\t' {
				tagged++
				break
			}
		}
	}
	return lines > 0 && tagged*10 >= lines*8
}
