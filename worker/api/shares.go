package api

import (
	"errors"
	"net/http"
	"strconv"
	"strings"
	"time"

	"tippani/annotation"
)

// A share is the public link of a reader's document. POST /api/shares
// makes one (version 1) and hands its owner a secret, once; PUT
// /api/shares/{id} with that secret stores the document again as the next
// version. GET /api/shares/{id} is the latest version (revalidated with
// its ETag), GET /api/shares/{id}/v/{n} version n, which never changes and
// is cached for a year. Annotations are also reachable one by one through
// the share's W3C annotation container (container.go).

// shareJSON is the body of a share read.
type shareJSON struct {
	ID          string                  `json:"id"`
	Version     int                     `json:"version"`
	Title       string                  `json:"title"`
	Text        string                  `json:"text"`
	Annotations []annotation.Annotation `json:"annotations"`
	CustomTypes []annotation.CustomType `json:"customTypes,omitempty"`
	Created     string                  `json:"created"`
	Modified    string                  `json:"modified"`
}

func (v *shareVersion) json() shareJSON {
	anns := v.Annotations
	if anns == nil {
		anns = []annotation.Annotation{}
	}
	return shareJSON{ID: v.ID, Version: v.Version, Title: v.Title, Text: v.Text, Annotations: anns,
		CustomTypes: v.Custom, Created: v.Created, Modified: v.Modified}
}

// readShareBody reads and checks a share body, answering a bad one.
func readShareBody(w http.ResponseWriter, r *http.Request) (*annotation.Share, bool) {
	body, ok := readJSON(w, r)
	if !ok {
		return nil, false
	}
	share, err := annotation.ParseShare(body)
	if err != nil {
		writeInputError(w, err)
		return nil, false
	}
	return share, true
}

// createShare handles POST /api/shares: 201 {id, url, version, ownerToken}.
// The owner's token is given only here; the server keeps its SHA-256.
func (s *Server) createShare(w http.ResponseWriter, r *http.Request) {
	if !s.canWrite(w) || !s.admit(w, r, "share:"+clientAddress(r)) {
		return
	}
	share, ok := readShareBody(w, r)
	if !ok {
		return
	}
	now := timestamp(time.Now())
	v := &shareVersion{ID: newID(), Version: 1, Title: share.Title, Text: share.Text, Custom: share.CustomTypes,
		Created: now, Modified: now, Via: map[string]string{}}
	v.Annotations = annotation.Sorted(share.Annotations)
	for range v.Annotations {
		v.IDs = append(v.IDs, newAnnotationID())
	}
	token := newID()
	if err := s.createShareRows(r.Context(), v, tokenSHA256(token)); err != nil {
		writeStorageError(w, err)
		return
	}
	url := s.link("/s/" + v.ID)
	w.Header().Set("Location", url)
	writeJSON(w, http.StatusCreated, struct {
		ID         string `json:"id"`
		URL        string `json:"url"`
		Version    int    `json:"version"`
		OwnerToken string `json:"ownerToken"`
	}{v.ID, url, 1, token})
}

// putShare handles PUT /api/shares/{id}: the owner stores the document
// again as the next version, 200 {version}. Annotations that are still
// where they were (same span) keep their container ids; the Web
// Annotations the container keeps as given stay. With If-Match, a
// share that has changed since the client read it is not overwritten (412).
func (s *Server) putShare(w http.ResponseWriter, r *http.Request) {
	latest, ok := s.ownerRequest(w, r)
	if !ok {
		return
	}
	if !s.admit(w, r, "share:"+clientAddress(r)) {
		return
	}
	share, ok := readShareBody(w, r)
	if !ok {
		return
	}
	ifMatch := headerList(r, "If-Match")
	next, err := s.update(r.Context(), latest.ID, func(cur *shareVersion) (*shareVersion, error) {
		if ifMatch != "" && !etagMatches(ifMatch, shareETag(cur)) {
			return nil, errPrecondition
		}
		next := &shareVersion{Title: share.Title, Text: share.Text, Custom: share.CustomTypes, Via: map[string]string{}}
		next.Annotations = annotation.Sorted(share.Annotations)
		kept := map[[2]int]string{}
		for i, a := range cur.Annotations {
			kept[[2]int{a.Start, a.End}] = cur.IDs[i]
		}
		for _, a := range next.Annotations {
			id, ok := kept[[2]int{a.Start, a.End}]
			if !ok || cur.Text != next.Text {
				id = newAnnotationID()
			}
			delete(kept, [2]int{a.Start, a.End})
			next.IDs = append(next.IDs, id)
			if via := cur.Via[id]; via != "" {
				next.Via[id] = via
			}
		}
		// The document holds no Web Annotations kept as given: they stay.
		next.Foreign = cur.Foreign
		for _, f := range next.Foreign {
			if via := cur.Via[f.ID]; via != "" {
				next.Via[f.ID] = via
			}
		}
		return next, checkBounds(next)
	})
	if !s.answerUpdateError(w, err) {
		return
	}
	w.Header().Set("ETag", shareETag(next))
	writeJSON(w, http.StatusOK, struct {
		Version int `json:"version"`
	}{next.Version})
}

// errPrecondition is a write whose If-Match no longer holds.
var errPrecondition = errors.New("precondition failed")

// answerUpdateError answers a failed update and returns false, or returns
// true when err is nil.
func (s *Server) answerUpdateError(w http.ResponseWriter, err error) bool {
	switch {
	case err == nil:
		return true
	case errors.Is(err, errPrecondition):
		writeError(w, http.StatusPreconditionFailed, "precondition_failed",
			"the share has changed since you read it (If-Match no longer holds); read it again and retry")
	case errors.Is(err, errVersionTaken):
		writeError(w, http.StatusConflict, "busy", "other updates to this share kept arriving first; try again")
	case errors.Is(err, errShareNotFound):
		writeError(w, http.StatusNotFound, "share_not_found", "there is no share with this id")
	default:
		var ae *annotation.Error
		if errors.As(err, &ae) {
			writeInputError(w, err)
		} else {
			writeStorageError(w, err)
		}
	}
	return false
}

// ownerRequest checks that the share exists and that the request carries
// its owner's secret (401 without one, 403 with a wrong one or for a share
// that has no owner), and returns its latest version.
func (s *Server) ownerRequest(w http.ResponseWriter, r *http.Request) (*shareVersion, bool) {
	v, ok := s.findShare(w, r, 0)
	if !ok {
		return nil, false
	}
	if !s.canWrite(w) {
		return nil, false
	}
	if v.OwnerHash == "" {
		if bearerToken(r) == "" {
			w.Header().Set("WWW-Authenticate", `Bearer realm="tippani"`)
			writeError(w, http.StatusUnauthorized, "token_required", "this needs the share's owner token: send Authorization: Bearer <ownerToken>")
			return nil, false
		}
		writeError(w, http.StatusForbidden, "no_owner", "this share was made before links could be updated; it cannot be changed")
		return nil, false
	}
	return v, authorizeBearer(w, r, v.OwnerHash, "the share's owner token", "ownerToken", "the token does not open this share")
}

// findShare reads version of the share named in the path (0: latest),
// answering 404 or 503 itself.
func (s *Server) findShare(w http.ResponseWriter, r *http.Request, version int) (*shareVersion, bool) {
	id := r.PathValue("id")
	if !validID(id) {
		writeError(w, http.StatusNotFound, "share_not_found", "there is no share with this id")
		return nil, false
	}
	if s.db == nil {
		writeError(w, http.StatusServiceUnavailable, "no_database", "the D1 binding DB is not configured")
		return nil, false
	}
	v, err := s.loadShare(r.Context(), id, version)
	if errors.Is(err, errShareNotFound) {
		if version != 0 {
			writeError(w, http.StatusNotFound, "version_not_found", "this share has no version "+strconv.Itoa(version))
		} else {
			writeError(w, http.StatusNotFound, "share_not_found", "there is no share with this id")
		}
		return nil, false
	}
	if err != nil {
		writeStorageError(w, err)
		return nil, false
	}
	return v, true
}

// shareETag names the content of a share's version.
func shareETag(v *shareVersion) string {
	return `"v` + strconv.Itoa(v.Version) + `"`
}

// getShare handles GET /api/shares/{id}: the latest version, which changes
// when the owner updates it, so caches must ask again (ETag, 304).
func (s *Server) getShare(w http.ResponseWriter, r *http.Request) {
	allowCrossOrigin(w)
	v, ok := s.findShare(w, r, 0)
	if !ok {
		return
	}
	body, err := marshal(v.json())
	if err != nil {
		writeError(w, http.StatusInternalServerError, "internal", "could not encode the share")
		return
	}
	h := w.Header()
	h.Set("Cache-Control", "no-cache")
	h.Set("Content-Location", s.link("/api/shares/"+v.ID+"/v/"+strconv.Itoa(v.Version)))
	h.Set("ETag", shareETag(v))
	if etagMatches(headerList(r, "If-None-Match"), shareETag(v)) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	writeBody(w, http.StatusOK, body)
}

// getShareVersion handles GET /api/shares/{id}/v/{n}: one version, which
// never changes, from the edge cache when it can.
func (s *Server) getShareVersion(w http.ResponseWriter, r *http.Request) {
	allowCrossOrigin(w)
	n, err := strconv.Atoi(r.PathValue("n"))
	if err != nil || n < 1 || strconv.Itoa(n) != r.PathValue("n") {
		writeError(w, http.StatusNotFound, "version_not_found", "versions are numbered 1, 2, 3, ...")
		return
	}
	key := cacheKey(r, r.URL.Path)
	if res, ok := s.cachedShare(r, key); ok {
		serveImmutable(w, r, res)
		return
	}
	v, ok := s.findShare(w, r, n)
	if !ok {
		return
	}
	body, err := marshal(v.json())
	if err != nil {
		writeError(w, http.StatusInternalServerError, "internal", "could not encode the share")
		return
	}
	res := immutableResponse(body)
	if s.cache != nil {
		if err := s.cache.Put(r.Context(), key, res); err != nil {
			logf("cache put: %v", err)
		}
	}
	serveImmutable(w, r, res)
}

// newAnnotationID makes a container id for an annotation: 8 random bytes
// in base64url (11 characters).
func newAnnotationID() string { return newID()[:11] }

// cachedShare looks key up in the edge cache; any failure counts as a miss.
func (s *Server) cachedShare(r *http.Request, key string) (*CachedResponse, bool) {
	if s.cache == nil {
		return nil, false
	}
	res, ok, err := s.cache.Match(r.Context(), key)
	if err != nil {
		logf("cache match: %v", err)
		return nil, false
	}
	return res, ok && res.Header.Get("ETag") != ""
}

// canWrite answers 503 unless the server has storage it can write to.
func (s *Server) canWrite(w http.ResponseWriter) bool {
	if s.batch == nil {
		writeError(w, http.StatusServiceUnavailable, "no_database", "the D1 binding DB is not configured")
		return false
	}
	return true
}

// headerList is every value of the named header joined by commas: the
// Workers bridge splits a header's value at its commas.
func headerList(r *http.Request, name string) string {
	return strings.Join(r.Header.Values(name), ",")
}
