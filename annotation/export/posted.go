package export

import (
	"tippani/annotation"
	"tippani/internal/jsonwire"
)

// Posted is one Web Annotation a client sent to an annotation container,
// placed on the container's text.
type Posted struct {
	Annotation annotation.Annotation
	// Custom is the declared custom types with any the annotation's label
	// added (see ReadWebAnnotations).
	Custom []annotation.CustomType
	// ID is the "id" the client gave the annotation, if any (the
	// container assigns its own and keeps this one as via).
	ID string
}

// ReadPosted reads the body of a POST or PUT to an annotation container:
// one Annotation (a W3C Web Annotation JSON-LD object) on text, the
// container's display text, read exactly as ReadWebAnnotations reads each
// annotation of a file. It must name an entity type in a body and place a
// TextPositionSelector or TextQuoteSelector on text; the result passes
// annotation.Validate on its own under limits, with declared and any new
// custom type. Errors are *annotation.Error values with the field
// "annotation" or a path below it.
func ReadPosted(body []byte, text string, declared []annotation.CustomType, limits annotation.Limits) (Posted, error) {
	var out Posted
	root, err := parseJSON(body)
	if err != nil {
		return out, err
	}
	if root.Kind() != jsonwire.Object || !hasType(root, "Annotation") {
		return out, annotation.Errorf(annotation.CodeBadFormat, "type", "the body must be one Web Annotation: a JSON object whose type is Annotation")
	}
	if id := root.Get("id"); id.Kind() == jsonwire.String {
		out.ID = id.Str()
	}
	f, err := webAnnotationSpan(root, "annotation")
	if err != nil {
		return out, err
	}
	var rep Report
	p, err := newPlacer(text, CodePoints, declared, &rep)
	if err != nil {
		return out, err
	}
	if err := p.add(f); err != nil {
		return out, err
	}
	if len(p.anns) == 0 {
		return out, annotation.Errorf(annotation.CodeBadCustomType, "annotation.body",
			"the label %q would be a custom type past the %d a share may have", f.Label, annotation.MaxCustomTypes)
	}
	out.Annotation, out.Custom = p.anns[0], p.labels.Custom()
	if err := annotation.Validate(text, []annotation.Annotation{out.Annotation}, limits, out.Custom...); err != nil {
		return out, renameRecord(err, []string{"annotation"})
	}
	return out, nil
}
