package api

import (
	"bytes"
	"encoding/json"
	"net/url"
	"slices"
	"strings"

	"tippani/annotation"
	"tippani/annotation/export"
	"tippani/internal/jsonwire"
)

// A share's container accepts any valid Web Annotation. One that Tippani
// cannot read as an entity annotation on the share's text (see
// export.ReadPosted) is kept as its client sent it, a "foreign"
// annotation: listed after the entity annotations, served at its own IRI,
// replaced and deleted like them, but not shown on the share's page nor in
// its Tippani JSON. This file keeps and serves them.

// foreignAnnotation is a Web Annotation kept as its client sent it.
type foreignAnnotation struct {
	// ID is its last path segment in the container.
	ID string `json:"id"`
	// JSON is the annotation as sent, without insignificant space.
	JSON json.RawMessage `json:"annotation"`
}

// maxForeignBytes bounds the foreign annotations of a share together, as
// stored, so that a version stays well inside a database row.
const maxForeignBytes = 512 << 10

// total is how many annotations the share's container holds: the entity
// annotations, then the foreign ones.
func (v *shareVersion) total() int { return len(v.Annotations) + len(v.Foreign) }

// itemID is the container id of item i of total.
func (v *shareVersion) itemID(i int) string {
	if i < len(v.IDs) {
		return v.IDs[i]
	}
	return v.Foreign[i-len(v.IDs)].ID
}

// indexOf is the item with container id aid, or -1.
func (v *shareVersion) indexOf(aid string) int {
	if i := slices.Index(v.IDs, aid); i >= 0 {
		return i
	}
	if i := slices.IndexFunc(v.Foreign, func(f foreignAnnotation) bool { return f.ID == aid }); i >= 0 {
		return len(v.IDs) + i
	}
	return -1
}

// sharesText returns, for export.ReadPosted, whether a target's source
// names share id's text: no source, a name that is not a web address
// (such as the urn:uuid: of a Tippani export), or a web address of the
// share's page, one of its versions or its API resources, on any host.
func sharesText(id string) func(string) bool {
	return func(source string) bool {
		if source == "" {
			return true
		}
		u, err := url.Parse(source)
		if err != nil {
			return false
		}
		if u.Scheme != "http" && u.Scheme != "https" {
			return true
		}
		for _, p := range []string{"/s/" + id, "/api/shares/" + id} {
			if u.Path == p || strings.HasPrefix(u.Path, p+"/") {
				return true
			}
		}
		return false
	}
}

// placePosted stores posted in v under container id aid, as an entity
// annotation or a foreign one, in place of the annotation that has that id
// (keeping its place among its kind), and checks v as a whole.
func placePosted(v *shareVersion, aid string, posted export.Posted) error {
	if posted.Foreign {
		var compact bytes.Buffer
		if err := json.Compact(&compact, []byte(posted.JSON)); err != nil {
			return annotation.Errorf(annotation.CodeBadJSON, "", "the annotation is not valid JSON: %v", err)
		}
		f := foreignAnnotation{ID: aid, JSON: compact.Bytes()}
		if i := slices.IndexFunc(v.Foreign, func(f foreignAnnotation) bool { return f.ID == aid }); i >= 0 {
			v.Foreign[i] = f
		} else {
			removeItem(v, aid)
			v.Foreign = append(v.Foreign, f)
		}
		return checkSet(v)
	}
	if i := slices.Index(v.IDs, aid); i >= 0 {
		v.Annotations[i] = posted.Annotation
	} else {
		removeItem(v, aid)
		v.Annotations = append(v.Annotations, posted.Annotation)
		v.IDs = append(v.IDs, aid)
	}
	v.Custom = posted.Custom
	return checkSet(v)
}

// removeItem takes the annotation with container id aid out of v (its via
// stays: the caller decides).
func removeItem(v *shareVersion, aid string) {
	if i := slices.Index(v.IDs, aid); i >= 0 {
		v.Annotations = slices.Delete(v.Annotations, i, i+1)
		v.IDs = slices.Delete(v.IDs, i, i+1)
	}
	v.Foreign = slices.DeleteFunc(v.Foreign, func(f foreignAnnotation) bool { return f.ID == aid })
}

// checkSet sorts a changed version's annotations and checks them as a
// whole: within the bounds, and the entity annotations without overlaps.
func checkSet(v *shareVersion) error {
	sortWithIDs(v)
	if err := checkBounds(v); err != nil {
		return err
	}
	return annotation.Validate(v.Text, v.Annotations, annotation.DefaultLimits(), v.Custom...)
}

// checkBounds checks that v's annotations, foreign ones included, are no
// more than a share may hold, and its foreign ones no larger.
func checkBounds(v *shareVersion) error {
	limits := annotation.DefaultLimits()
	if n := v.total(); n > limits.Annotations {
		return annotation.Errorf(annotation.CodeTooManyAnnotations, "annotation",
			"a share holds at most %d annotations, Web Annotations kept as given included; this would make %d", limits.Annotations, n)
	}
	size := 0
	for _, f := range v.Foreign {
		size += len(f.JSON)
	}
	if size > maxForeignBytes {
		return annotation.Errorf(annotation.CodeTooManyAnnotations, "annotation",
			"the Web Annotations a share keeps as given may take %d bytes together; these would take %d", maxForeignBytes, size)
	}
	return nil
}

// writeForeign writes foreign annotation f as given, with its IRI as id
// and the id its client gave it as via; context adds the Web Annotation
// context when it has none, as for an annotation served on its own.
func (aw *annotationWriter) writeForeign(e *jsonwire.Encoder, f foreignAnnotation, context bool) {
	// The stored JSON was read by the same parser when it was posted.
	root, _ := jsonwire.Parse(string(f.JSON))
	e.BeginObject()
	if c := root.Get("@context"); c.Exists() {
		e.Key("@context")
		e.Raw(c.Raw())
	} else if context {
		e.StringMember("@context", export.AnnoContext)
	}
	e.StringMember("id", aw.s.annotationIRI(aw.v.ID, f.ID))
	for name, value := range root.Members() {
		switch name {
		case "@context", "id", "via":
			continue
		}
		e.Key(name)
		e.Raw(value.Raw())
	}
	writeVia(e, root.Get("via"), aw.v.Via[f.ID])
	e.EndObject()
}

// writeVia writes the annotation's own via with the id its client gave it
// (client) added, unless it is already there.
func writeVia(e *jsonwire.Encoder, given jsonwire.Value, client string) {
	if !given.Exists() || given.Kind() == jsonwire.Null {
		if client != "" {
			e.StringMember("via", client)
		}
		return
	}
	e.Key("via")
	var all []jsonwire.Value
	if given.Kind() == jsonwire.Array {
		for _, x := range given.Elements() {
			all = append(all, x)
		}
	} else {
		all = []jsonwire.Value{given}
	}
	if client == "" || slices.ContainsFunc(all, func(x jsonwire.Value) bool { return x.Str() == client }) {
		e.Raw(given.Raw())
		return
	}
	e.BeginArray()
	for _, x := range all {
		e.Raw(x.Raw())
	}
	e.String(client)
	e.EndArray()
}
