package export

import (
	"tippani/annotation"
	"tippani/internal/jsonwire"
)

// Posted is one Web Annotation a client sent to an annotation container:
// either placed on the container's text as an entity annotation, or, when
// Foreign is set, a valid Web Annotation to keep as the client gave it.
type Posted struct {
	Annotation annotation.Annotation
	// Custom is the declared custom types with any the annotation's label
	// added (see ReadWebAnnotations).
	Custom []annotation.CustomType
	// ID is the "id" the client gave the annotation, if any (the
	// container assigns its own and keeps this one as via).
	ID string
	// Foreign is set for a Web Annotation that is not an entity annotation
	// on the text: none of its targets selects a stretch of the text, or
	// no body names an entity type. Annotation and Custom are then unset,
	// and JSON is the annotation as sent.
	Foreign bool
	JSON    string
}

// ReadPosted reads the body of a POST or PUT to an annotation container:
// one Annotation (a W3C Web Annotation JSON-LD object) on text, the
// container's display text.
//
// The body must be a JSON object whose type includes "Annotation", with a
// target (an IRI, an object or an array of them) and, when it has an
// @context, the Web Annotation context among it; anything else is an
// error. An annotation that names an entity type in a body and has a
// target whose source onText accepts with a TextPositionSelector or
// TextQuoteSelector is read exactly as ReadWebAnnotations reads each
// annotation of a file: the result passes annotation.Validate on its own
// under limits, with declared and any new custom type, or ReadPosted
// returns why not (a selector that does not fit the text is an error, not
// a foreign annotation). Any other annotation is Foreign. onText reports
// whether a target's source IRI ("" when it has none) names the text.
//
// Errors are *annotation.Error values with the field "annotation" or a
// path below it.
func ReadPosted(body []byte, text string, declared []annotation.CustomType, limits annotation.Limits, onText func(source string) bool) (Posted, error) {
	var out Posted
	root, err := parseJSON(body)
	if err != nil {
		return out, err
	}
	if err := checkWebAnnotation(root); err != nil {
		return out, err
	}
	if id := root.Get("id"); id.Kind() == jsonwire.String {
		out.ID = id.Str()
	}
	f, err := webAnnotationSpan(root, "annotation")
	if annotation.CodeOf(err) == annotation.CodeUnknownType || err == nil && !selectsText(root, onText) {
		out.Foreign, out.JSON = true, root.Raw()
		return out, nil
	}
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

// checkWebAnnotation checks what the Web Annotation Data Model requires of
// every annotation: an object whose type includes Annotation, with a
// target, and the model's context when it has one.
func checkWebAnnotation(root jsonwire.Value) error {
	if root.Kind() != jsonwire.Object || !hasType(root, "Annotation") {
		return annotation.Errorf(annotation.CodeBadFormat, "type", "the body must be one Web Annotation: a JSON object whose type is Annotation")
	}
	if ctx := root.Get("@context"); ctx.Exists() && !hasAnnoContext(ctx) {
		return annotation.Errorf(annotation.CodeBadField, "@context", "the annotation's @context must include %s", AnnoContext)
	}
	targets := root.Get("target")
	if k := targets.Kind(); k == jsonwire.Missing || k == jsonwire.Null || k == jsonwire.Array && targets.Len() == 0 {
		return annotation.Errorf(annotation.CodeMissingField, "target", "a Web Annotation must have a target: the IRI or resource it is about")
	}
	for _, t := range values(targets) {
		if k := t.Kind(); k != jsonwire.String && k != jsonwire.Object {
			return annotation.Errorf(annotation.CodeBadField, "target", "each target must be an IRI (a string) or an object")
		}
	}
	return nil
}

// hasAnnoContext reports whether an @context names the Web Annotation
// context, alone or in a list (the https form counts too).
func hasAnnoContext(ctx jsonwire.Value) bool {
	for _, c := range values(ctx) {
		if s := c.Str(); s == AnnoContext || s == "https"+AnnoContext[len("http"):] {
			return true
		}
	}
	return false
}

// selectsText reports whether one of root's targets is a resource whose
// source onText accepts, selected by a TextPositionSelector or a
// TextQuoteSelector.
func selectsText(root jsonwire.Value, onText func(string) bool) bool {
	for _, t := range values(root.Get("target")) {
		if t.Kind() != jsonwire.Object || !onText(t.Get("source").Str()) {
			continue
		}
		for _, sel := range values(t.Get("selector")) {
			if hasType(sel, "TextPositionSelector") || hasType(sel, "TextQuoteSelector") {
				return true
			}
		}
	}
	return false
}
