package api

import (
	"crypto/sha256"
	"encoding/base64"
	"mime"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"

	"tippani/annotation"
	"tippani/annotation/export"
	"tippani/internal/jsonwire"
)

// Each share is a W3C Web Annotation Protocol container
// (https://www.w3.org/TR/annotation-protocol/): an LDP Basic Container and
// an AnnotationCollection of its latest version's annotations, at
// /api/shares/{id}/annotations/, each annotation with its own IRI below
// it. Anyone may read (GET, HEAD, OPTIONS, from any origin: CORS); the
// owner (Authorization: Bearer <ownerToken>) may POST, PUT and DELETE
// annotations, each write storing a new version of the share. Posted
// annotations are read and checked by the same code as every import
// (export.ReadPosted) and then with the others (no overlaps), so no entity
// annotation that does not fit the text is stored; any other valid Web
// Annotation is kept as given (foreign.go).
//
// Choices where the protocol leaves them to the server:
//   - pages hold containerPage annotations, in document order; a page is
//     the container's IRI with ?page=N (descriptions) or ?iris=1&page=N
//     (IRIs only), and the same queries with minimal=1 name the container
//     representations that Prefer selects, given as Content-Location;
//   - Prefer's include (ldp#PreferMinimalContainer, oa#PreferContainedIRIs,
//     oa#PreferContainedDescriptions) is honoured; the minimal container
//     wins over the other two and descriptions over IRIs;
//   - ETags are strong, from the bytes of the representation; If-Match is
//     honoured on PUT and DELETE (412 when stale) but not required;
//   - a Slug is used as the new annotation's last path segment when it is
//     1–64 letters, digits, "-" or "_" and no annotation has it; a client's
//     own id is kept as via;
//   - only JSON-LD (and plain JSON) is served: an Accept that allows
//     neither gets 406.

// containerPage is how many annotations a page of the container holds.
const containerPage = 100

const (
	annoMediaType = `application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"`
	ldpContext    = "http://www.w3.org/ns/ldp.jsonld"
	ldp           = "http://www.w3.org/ns/ldp#"
	oaNS          = "http://www.w3.org/ns/oa#"
)

// constraintsPath describes what this container accepts, for LDP's
// constrainedBy link.
const constraintsPath = "/api/annotation-constraints"

func (s *Server) containerRoutes() {
	c := "/api/shares/{id}/annotations/"
	s.mux.HandleFunc("GET "+c+"{$}", s.getContainer)
	s.mux.HandleFunc("POST "+c+"{$}", s.postAnnotation)
	s.mux.HandleFunc("OPTIONS "+c+"{$}", options(containerAllow, true))
	s.mux.HandleFunc(c+"{$}", allow(containerAllow))
	s.mux.HandleFunc("GET "+c+"{aid}", s.getAnnotation)
	s.mux.HandleFunc("PUT "+c+"{aid}", s.putAnnotation)
	s.mux.HandleFunc("DELETE "+c+"{aid}", s.deleteAnnotation)
	s.mux.HandleFunc("OPTIONS "+c+"{aid}", options(annotationAllow, false))
	s.mux.HandleFunc(c+"{aid}", allow(annotationAllow))
	s.mux.HandleFunc("/api/shares/{id}/annotations", func(w http.ResponseWriter, r *http.Request) {
		allowCrossOrigin(w)
		writeError(w, http.StatusNotFound, "not_found", "the annotation container is "+r.URL.Path+"/ (with the slash)")
	})
	s.mux.HandleFunc("GET "+constraintsPath, s.constraints)
}

const (
	containerAllow  = "GET, HEAD, OPTIONS, POST"
	annotationAllow = "GET, HEAD, OPTIONS, PUT, DELETE"
)

// allowCrossOrigin lets a browser page on any origin read the answer: the
// share is public, and writes need a bearer token, never a cookie.
func allowCrossOrigin(w http.ResponseWriter) {
	h := w.Header()
	h.Set("Access-Control-Allow-Origin", "*")
	h.Set("Access-Control-Expose-Headers", "ETag, Link, Location, Allow, Accept-Post, Content-Location, Preference-Applied, Vary, WWW-Authenticate, Retry-After")
}

// options answers OPTIONS, CORS preflights included.
func options(methods string, container bool) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		allowCrossOrigin(w)
		h := w.Header()
		h.Set("Allow", methods)
		h.Set("Access-Control-Allow-Methods", methods)
		h.Set("Access-Control-Allow-Headers", "Authorization, Content-Type, Accept, If-Match, If-None-Match, Prefer, Slug")
		h.Set("Access-Control-Max-Age", "600")
		if container {
			h.Set("Accept-Post", annoMediaType)
			h.Set("Link", `<`+ldp+`BasicContainer>; rel="type"`)
		} else {
			h.Set("Link", `<`+ldp+`Resource>; rel="type"`)
		}
		w.WriteHeader(http.StatusNoContent)
	}
}

// acceptable reports whether the request's Accept allows JSON-LD or JSON,
// answering 406 when it does not.
func acceptable(w http.ResponseWriter, r *http.Request) bool {
	accept := headerList(r, "Accept")
	if strings.TrimSpace(accept) == "" {
		return true
	}
	for _, part := range strings.Split(accept, ",") {
		mt, params, err := mime.ParseMediaType(strings.TrimSpace(part))
		if err != nil || params["q"] == "0" {
			continue
		}
		switch mt {
		case "application/ld+json", "application/json", "application/*", "*/*":
			return true
		}
	}
	writeError(w, http.StatusNotAcceptable, "not_acceptable", "annotations are served as "+annoMediaType)
	return false
}

// containerIRI is the container of share id.
func (s *Server) containerIRI(id string) string { return s.link("/api/shares/" + id + "/annotations/") }

// view is how a request asked to see the container.
type view struct {
	minimal, iris bool
	page          int // -1: the container itself
	preferred     bool
}

// query is the view's query string (without "?", "" for the default).
func (v view) query() string {
	var q []string
	if v.iris {
		q = append(q, "iris=1")
	}
	if v.minimal {
		q = append(q, "minimal=1")
	}
	if v.page >= 0 {
		q = append(q, "page="+strconv.Itoa(v.page))
	}
	return strings.Join(q, "&")
}

func withQuery(base, q string) string {
	if q == "" {
		return base
	}
	return base + "?" + q
}

// readView reads the query string and, for the container itself, Prefer.
func readView(r *http.Request) (view, bool) {
	v := view{page: -1}
	q := r.URL.Query()
	v.iris = q.Get("iris") == "1"
	v.minimal = q.Get("minimal") == "1"
	if p := q.Get("page"); p != "" {
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 || strconv.Itoa(n) != p {
			return v, false
		}
		v.page = n
		return v, true
	}
	prefer := headerList(r, "Prefer")
	for _, part := range strings.FieldsFunc(prefer, func(c rune) bool { return c == ';' || c == ',' }) {
		name, value, _ := strings.Cut(strings.TrimSpace(part), "=")
		switch strings.ToLower(strings.TrimSpace(name)) {
		case "return":
			v.preferred = v.preferred || strings.TrimSpace(value) == "representation"
		case "include":
			for _, uri := range strings.Fields(strings.Trim(strings.TrimSpace(value), `"`)) {
				switch uri {
				case ldp + "PreferMinimalContainer":
					v.minimal = true
				case oaNS + "PreferContainedIRIs":
					v.iris = true
				}
			}
		}
	}
	// Descriptions win over IRIs when a client asks for both.
	if strings.Contains(prefer, oaNS+"PreferContainedDescriptions") {
		v.iris = false
	}
	return v, true
}

// annotationIRI is the IRI of annotation aid of share id.
func (s *Server) annotationIRI(id, aid string) string { return s.containerIRI(id) + aid }

// annotationWriter writes a share version's annotations.
type annotationWriter struct {
	s *Server
	v *shareVersion
	w *export.AnnotationWriter
}

func (s *Server) writerFor(v *shareVersion) *annotationWriter {
	return &annotationWriter{s: s, v: v, w: export.NewAnnotationWriter(v.Text)}
}

// write writes item i of the container (see shareVersion.total); context adds the @context, as for an
// annotation served on its own.
func (aw *annotationWriter) write(e *jsonwire.Encoder, i int, context bool) {
	if n := len(aw.v.Annotations); i >= n {
		aw.writeForeign(e, aw.v.Foreign[i-n], context)
		return
	}
	info := export.AnnotationInfo{
		ID: aw.s.annotationIRI(aw.v.ID, aw.v.IDs[i]), Source: aw.s.link("/s/" + aw.v.ID),
		Language: "hi", Via: aw.v.Via[aw.v.IDs[i]],
	}
	if context {
		info.Context = export.AnnoContext
	}
	aw.w.Write(e, aw.v.Annotations[i], info)
}

// body is annotation i served on its own.
func (aw *annotationWriter) body(i int) []byte {
	e := jsonwire.Encoder{Indent: "  "}
	aw.write(&e, i, true)
	return e.B
}

// strongETag names a representation by its bytes.
func strongETag(body []byte) string {
	sum := sha256.Sum256(body)
	return `"` + base64.RawURLEncoding.EncodeToString(sum[:16]) + `"`
}

// serveLD sends a JSON-LD representation with its ETag, or 304.
func serveLD(w http.ResponseWriter, r *http.Request, status int, body []byte) {
	h := w.Header()
	etag := strongETag(body)
	h.Set("ETag", etag)
	if status == http.StatusOK && etagMatches(headerList(r, "If-None-Match"), etag) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	h.Set("Content-Type", annoMediaType)
	w.WriteHeader(status)
	w.Write(body)
}

// getContainer handles GET and HEAD of the container and of its pages.
func (s *Server) getContainer(w http.ResponseWriter, r *http.Request) {
	allowCrossOrigin(w)
	if !acceptable(w, r) {
		return
	}
	view, ok := readView(r)
	if !ok {
		writeError(w, http.StatusBadRequest, "bad_page", "page must be a whole number from 0")
		return
	}
	v, ok := s.findShare(w, r, 0)
	if !ok {
		return
	}
	pages := (v.total() + containerPage - 1) / containerPage
	container := s.containerIRI(v.ID)
	h := w.Header()
	h.Set("Vary", "Accept, Prefer")
	if view.page >= 0 {
		if view.page >= pages {
			writeError(w, http.StatusNotFound, "page_not_found", "the container has "+strconv.Itoa(pages)+" pages, numbered from 0")
			return
		}
		h.Set("Allow", "GET, HEAD, OPTIONS")
		h.Set("Link", `<`+ldp+`Resource>; rel="type"`)
		e := jsonwire.Encoder{Indent: "  "}
		s.writePage(&e, v, view, true)
		serveLD(w, r, http.StatusOK, e.B)
		return
	}
	h.Set("Allow", containerAllow)
	h.Set("Accept-Post", annoMediaType)
	h.Set("Link", `<`+ldp+`BasicContainer>; rel="type", <`+s.link(constraintsPath)+`>; rel="`+ldp+`constrainedBy"`)
	h.Set("Content-Location", withQuery(container, view.query()))
	if view.preferred {
		h.Set("Preference-Applied", "return=representation")
	}
	e := jsonwire.Encoder{Indent: "  "}
	e.BeginObject()
	e.Key("@context")
	e.BeginArray()
	e.String(export.AnnoContext)
	e.String(ldpContext)
	e.EndArray()
	e.StringMember("id", container)
	e.Key("type")
	e.BeginArray()
	e.String("BasicContainer")
	e.String("AnnotationCollection")
	e.EndArray()
	e.StringMember("label", containerLabel(v))
	e.IntMember("total", v.total())
	e.StringMember("modified", v.Modified)
	if pages > 0 {
		first := view
		first.minimal, first.page = false, 0
		last := first
		last.page = pages - 1
		e.Key("first")
		if view.minimal {
			e.String(withQuery(container, first.query()))
		} else {
			s.writePage(&e, v, first, false)
		}
		e.StringMember("last", withQuery(container, last.query()))
	}
	e.EndObject()
	serveLD(w, r, http.StatusOK, e.B)
}

// containerLabel is the share's title, or says whose annotations these are.
func containerLabel(v *shareVersion) string {
	if v.Title != "" {
		return v.Title
	}
	return "Annotations of Tippani share " + v.ID
}

// writePage writes page view.page of v's annotations: on its own (with
// @context and its collection in partOf) or embedded in the container.
func (s *Server) writePage(e *jsonwire.Encoder, v *shareVersion, view view, alone bool) {
	container := s.containerIRI(v.ID)
	from := view.page * containerPage
	to := min(v.total(), from+containerPage)
	e.BeginObject()
	if alone {
		e.StringMember("@context", export.AnnoContext)
	}
	e.StringMember("id", withQuery(container, view.query()))
	e.StringMember("type", "AnnotationPage")
	if alone {
		e.Key("partOf")
		e.BeginObject()
		e.StringMember("id", container)
		e.StringMember("label", containerLabel(v))
		e.IntMember("total", v.total())
		e.StringMember("modified", v.Modified)
		e.EndObject()
	} else {
		e.StringMember("partOf", container)
	}
	e.IntMember("startIndex", from)
	if view.page > 0 {
		prev := view
		prev.page--
		e.StringMember("prev", withQuery(container, prev.query()))
	}
	if to < v.total() {
		next := view
		next.page++
		e.StringMember("next", withQuery(container, next.query()))
	}
	e.Key("items")
	e.BeginArray()
	aw := s.writerFor(v)
	for i := from; i < to; i++ {
		if view.iris {
			e.String(s.annotationIRI(v.ID, v.itemID(i)))
		} else {
			aw.write(e, i, false)
		}
	}
	e.EndArray()
	e.EndObject()
}

// findAnnotation finds the path's annotation in v, answering 404.
func findAnnotation(w http.ResponseWriter, r *http.Request, v *shareVersion) (int, bool) {
	aid := r.PathValue("aid")
	if i := v.indexOf(aid); i >= 0 {
		return i, true
	}
	writeError(w, http.StatusNotFound, "annotation_not_found", "the share has no annotation "+aid)
	return 0, false
}

// annotationHeaders are the headers of an annotation's representation.
func annotationHeaders(w http.ResponseWriter) {
	h := w.Header()
	h.Set("Allow", annotationAllow)
	h.Set("Link", `<`+ldp+`Resource>; rel="type"`)
	h.Set("Vary", "Accept")
}

// getAnnotation handles GET and HEAD of one annotation.
func (s *Server) getAnnotation(w http.ResponseWriter, r *http.Request) {
	allowCrossOrigin(w)
	if !acceptable(w, r) {
		return
	}
	v, ok := s.findShare(w, r, 0)
	if !ok {
		return
	}
	i, ok := findAnnotation(w, r, v)
	if !ok {
		return
	}
	annotationHeaders(w)
	serveLD(w, r, http.StatusOK, s.writerFor(v).body(i))
}

// readAnnotationBody reads a posted annotation (JSON-LD or JSON).
func readAnnotationBody(w http.ResponseWriter, r *http.Request) ([]byte, bool) {
	return readJSONOf(w, r, "application/ld+json", "application/json")
}

// slugPattern is what a Slug must look like to become a path segment.
var slugPattern = regexp.MustCompile(`^[A-Za-z0-9_-]{1,64}$`)

// postAnnotation handles POST to the container: the owner adds an
// annotation, 201 with Location, as a new version of the share.
func (s *Server) postAnnotation(w http.ResponseWriter, r *http.Request) {
	allowCrossOrigin(w)
	w.Header().Set("Link", `<`+s.link(constraintsPath)+`>; rel="`+ldp+`constrainedBy"`)
	if _, ok := s.ownerRequest(w, r); !ok || !s.admit(w, r, "share:"+clientAddress(r)) {
		return
	}
	body, ok := readAnnotationBody(w, r)
	if !ok {
		return
	}
	slug := headerList(r, "Slug")
	if u, err := url.PathUnescape(slug); err == nil {
		slug = strings.TrimSpace(u)
	}
	var aid string
	next, err := s.update(r.Context(), r.PathValue("id"), func(cur *shareVersion) (*shareVersion, error) {
		posted, err := export.ReadPosted(body, cur.Text, cur.Custom, annotation.DefaultLimits(), sharesText(cur.ID))
		if err != nil {
			return nil, err
		}
		next := cloneVersion(cur)
		aid = newAnnotationID()
		if slugPattern.MatchString(slug) && cur.indexOf(slug) < 0 {
			aid = slug
		}
		if posted.ID != "" {
			next.Via[aid] = posted.ID
		}
		return next, placePosted(next, aid, posted)
	})
	if !s.answerUpdateError(w, err) {
		return
	}
	i := next.indexOf(aid)
	annotationHeaders(w)
	w.Header().Set("Location", s.annotationIRI(next.ID, aid))
	serveLD(w, r, http.StatusCreated, s.writerFor(next).body(i))
}

// putAnnotation handles PUT of one annotation: the owner replaces it (its
// IRI stays), 200, as a new version of the share.
func (s *Server) putAnnotation(w http.ResponseWriter, r *http.Request) {
	allowCrossOrigin(w)
	w.Header().Set("Link", `<`+s.link(constraintsPath)+`>; rel="`+ldp+`constrainedBy"`)
	latest, ok := s.ownerRequest(w, r)
	if !ok {
		return
	}
	if _, ok := findAnnotation(w, r, latest); !ok || !s.admit(w, r, "share:"+clientAddress(r)) {
		return
	}
	body, ok := readAnnotationBody(w, r)
	if !ok {
		return
	}
	aid, ifMatch := r.PathValue("aid"), headerList(r, "If-Match")
	iri := s.annotationIRI(latest.ID, aid)
	next, err := s.update(r.Context(), latest.ID, func(cur *shareVersion) (*shareVersion, error) {
		i := cur.indexOf(aid)
		if i < 0 {
			return nil, errAnnotationGone
		}
		if ifMatch != "" && !etagMatches(ifMatch, strongETag(s.writerFor(cur).body(i))) {
			return nil, errPrecondition
		}
		posted, err := export.ReadPosted(body, cur.Text, cur.Custom, annotation.DefaultLimits(), sharesText(cur.ID))
		if err != nil {
			return nil, err
		}
		if posted.ID != "" && posted.ID != iri && !strings.HasSuffix(iri, posted.ID) {
			return nil, annotation.Errorf(annotation.CodeBadField, "id", "the annotation's id %q is not the IRI it was sent to (%s)", posted.ID, iri)
		}
		next := cloneVersion(cur)
		return next, placePosted(next, aid, posted)
	})
	if err == errAnnotationGone {
		writeError(w, http.StatusNotFound, "annotation_not_found", "the share has no annotation "+aid)
		return
	}
	if !s.answerUpdateError(w, err) {
		return
	}
	annotationHeaders(w)
	serveLD(w, r, http.StatusOK, s.writerFor(next).body(next.indexOf(aid)))
}

// errAnnotationGone is an annotation deleted by another update meanwhile.
var errAnnotationGone = &annotation.Error{Code: "annotation_not_found", Message: "the annotation is gone"}

// deleteAnnotation handles DELETE of one annotation: 204, as a new version
// of the share.
func (s *Server) deleteAnnotation(w http.ResponseWriter, r *http.Request) {
	allowCrossOrigin(w)
	latest, ok := s.ownerRequest(w, r)
	if !ok {
		return
	}
	if _, ok := findAnnotation(w, r, latest); !ok || !s.admit(w, r, "share:"+clientAddress(r)) {
		return
	}
	aid, ifMatch := r.PathValue("aid"), headerList(r, "If-Match")
	_, err := s.update(r.Context(), latest.ID, func(cur *shareVersion) (*shareVersion, error) {
		i := cur.indexOf(aid)
		if i < 0 {
			return nil, errAnnotationGone
		}
		if ifMatch != "" && !etagMatches(ifMatch, strongETag(s.writerFor(cur).body(i))) {
			return nil, errPrecondition
		}
		next := cloneVersion(cur)
		removeItem(next, aid)
		delete(next.Via, aid)
		return next, nil
	})
	if err == errAnnotationGone {
		writeError(w, http.StatusNotFound, "annotation_not_found", "the share has no annotation "+aid)
		return
	}
	if !s.answerUpdateError(w, err) {
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// constraints describes, for LDP's constrainedBy, what the containers
// accept.
func (s *Server) constraints(w http.ResponseWriter, r *http.Request) {
	allowCrossOrigin(w)
	w.Header().Set("Cache-Control", "public, max-age=86400")
	writeJSON(w, http.StatusOK, map[string]any{
		"description": "A Tippani share's annotation container accepts any W3C Web Annotation: a JSON object whose type includes Annotation, " +
			"with a target and, if it has an @context, the Web Annotation context. " +
			"One whose target selects a stretch of the share's text (TextPositionSelector in code points, or TextQuoteSelector, " +
			"on no source, a source that is not a web address, or the share's own address) and whose body names an entity type " +
			"(PER, LOC, ORG, DATE, NUM, a custom type of the share, or a new label, which becomes one) becomes a named-entity annotation of the share: " +
			"its span must start and end between characters and overlap no other annotation, or it is refused. " +
			"Any other annotation is kept as given, with the container's id and the client's id as via, and listed after the entity annotations; " +
			"the share's page does not show it. " +
			"Only the share's owner may write, with Authorization: Bearer <ownerToken>; each write makes a new version of the share.",
		"mediaType":           annoMediaType,
		"pageSize":            containerPage,
		"maxAnnotations":      annotation.DefaultLimits().Annotations,
		"maxKeptAsGivenBytes": maxForeignBytes,
		"maxCustomTypes":      annotation.MaxCustomTypes,
		"positionsCount":      "Unicode code points",
		"documentation":       "https://www.w3.org/TR/annotation-protocol/",
	})
}
