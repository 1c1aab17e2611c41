package api

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"slices"
	"strconv"
	"strings"
	"time"

	"tippani/annotation"
)

// A share is a document's public link: its id names it for good, and each
// update adds a version (migrations/0004). This file reads and stores
// versions; shares.go and container.go answer requests with them.

// shareVersion is one version of a share with what the API needs about
// the share itself.
type shareVersion struct {
	ID      string
	Version int
	// Latest is the share's latest version, OwnerHash the stored form of
	// its owner's secret ("" for a share without an owner).
	Latest    int
	OwnerHash string
	Title     string
	Text      string
	// Annotations are sorted; IDs[i] is the container id of
	// Annotations[i]; Via maps an id to the one its client gave it.
	Annotations []annotation.Annotation
	Custom      []annotation.CustomType
	IDs         []string
	Via         map[string]string
	// Foreign are the annotations kept as their clients sent them (see
	// foreign.go), in the order they were posted.
	Foreign []foreignAnnotation
	// Created is when the share was made, Modified when this version was.
	Created, Modified string
}

var (
	errShareNotFound = errors.New("no such share or version")
	// errVersionTaken means another update stored the next version first.
	errVersionTaken = errors.New("the next version was stored by another update")
)

// loadShare reads version of share id, or the latest when version is 0.
func (s *Server) loadShare(ctx context.Context, id string, version int) (*shareVersion, error) {
	v := &shareVersion{ID: id}
	var owner sql.NullString
	var anns, custom, ids, via, foreign string
	// version 0 picks the share's own latest version.
	query := `SELECT s.version, s.owner_hash, s.created, v.version, v.title, t.body, v.annotations,
	                 v.custom_types, v.annotation_ids, v.annotation_via, v.foreign_annotations, v.created
	            FROM shares s
	            JOIN share_versions v ON v.share_id = s.id AND v.version = (CASE WHEN ? = 0 THEN s.version ELSE ? END)
	            JOIN texts t ON t.hash = v.text_hash
	           WHERE s.id = ?`
	args := []any{version, version, id}
	err := s.db.QueryRowContext(ctx, query, args...).Scan(&v.Latest, &owner, &v.Created, &v.Version, &v.Title, &v.Text,
		&anns, &custom, &ids, &via, &foreign, &v.Modified)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, errShareNotFound
	}
	if err != nil {
		return nil, err
	}
	v.OwnerHash = owner.String
	if err := errors.Join(json.Unmarshal([]byte(anns), &v.Annotations), json.Unmarshal([]byte(custom), &v.Custom),
		json.Unmarshal([]byte(ids), &v.IDs), json.Unmarshal([]byte(via), &v.Via),
		json.Unmarshal([]byte(foreign), &v.Foreign)); err != nil {
		return nil, err
	}
	// Versions stored before containers number their annotations.
	for i := len(v.IDs); i < len(v.Annotations); i++ {
		v.IDs = append(v.IDs, "a"+strconv.Itoa(i+1))
	}
	if v.Via == nil {
		v.Via = map[string]string{}
	}
	return v, nil
}

// versionStmts are the statements that store v as a version of its share.
func versionStmts(v *shareVersion) ([]Stmt, error) {
	if v.Annotations == nil {
		v.Annotations = []annotation.Annotation{}
	}
	if v.Custom == nil {
		v.Custom = []annotation.CustomType{}
	}
	if v.IDs == nil {
		v.IDs = []string{}
	}
	if v.Foreign == nil {
		v.Foreign = []foreignAnnotation{}
	}
	anns, err := marshal(v.Annotations)
	if err != nil {
		return nil, err
	}
	custom, err := marshal(v.Custom)
	if err != nil {
		return nil, err
	}
	ids, err := marshal(v.IDs)
	if err != nil {
		return nil, err
	}
	via, err := marshal(v.Via)
	if err != nil {
		return nil, err
	}
	foreign, err := marshal(v.Foreign)
	if err != nil {
		return nil, err
	}
	hash := textHash(v.Text)
	return []Stmt{
		putText(hash, v.Text),
		{
			SQL: `INSERT INTO share_versions (share_id, version, title, text_hash, annotations, custom_types, annotation_ids, annotation_via, foreign_annotations, created)
			      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			Args: []any{v.ID, v.Version, v.Title, hash, string(anns), string(custom), string(ids), string(via), string(foreign), v.Modified},
		},
	}, nil
}

// createShareRows stores a new share whose first version is v, owned by
// the holder of the secret whose hash is ownerHash.
func (s *Server) createShareRows(ctx context.Context, v *shareVersion, ownerHash string) error {
	stmts, err := versionStmts(v)
	if err != nil {
		return err
	}
	anns, _ := marshal(v.Annotations)
	share := Stmt{
		SQL:  "INSERT INTO shares (id, title, text_hash, annotations, created, owner_hash, version) VALUES (?, ?, ?, ?, ?, ?, 1)",
		Args: []any{v.ID, v.Title, textHash(v.Text), string(anns), v.Created, ownerHash},
	}
	// The share row first: the version refers to it.
	return s.batch.Batch(ctx, append([]Stmt{stmts[0], share}, stmts[1:]...)...)
}

// storeNext stores next as the version after prev. When another update
// stored that version first, it returns errVersionTaken and nothing is
// stored.
func (s *Server) storeNext(ctx context.Context, prev, next *shareVersion) error {
	next.ID, next.Version, next.Created = prev.ID, prev.Version+1, prev.Created
	next.Modified = timestamp(time.Now())
	stmts, err := versionStmts(next)
	if err != nil {
		return err
	}
	stmts = append(stmts, Stmt{
		SQL:  "UPDATE shares SET version = ? WHERE id = ? AND version < ?",
		Args: []any{next.Version, next.ID, next.Version},
	})
	err = s.batch.Batch(ctx, stmts...)
	if err != nil && strings.Contains(err.Error(), "UNIQUE constraint failed") {
		return errVersionTaken
	}
	return err
}

// update applies change to the latest version of share id and stores the
// result as the next version, retrying on the new latest version when
// another update got there first (a few times, then errVersionTaken).
// change may refuse with an error, which update returns as it is.
func (s *Server) update(ctx context.Context, id string, change func(latest *shareVersion) (*shareVersion, error)) (*shareVersion, error) {
	for try := 0; ; try++ {
		latest, err := s.loadShare(ctx, id, 0)
		if err != nil {
			return nil, err
		}
		next, err := change(latest)
		if err != nil {
			return nil, err
		}
		err = s.storeNext(ctx, latest, next)
		if !errors.Is(err, errVersionTaken) || try == 4 {
			return next, err
		}
	}
}

// cloneVersion copies what a change may modify.
func cloneVersion(v *shareVersion) *shareVersion {
	c := *v
	c.Annotations = append([]annotation.Annotation(nil), v.Annotations...)
	c.Custom = append([]annotation.CustomType(nil), v.Custom...)
	c.IDs = append([]string(nil), v.IDs...)
	c.Foreign = append([]foreignAnnotation(nil), v.Foreign...)
	c.Via = make(map[string]string, len(v.Via))
	for k, x := range v.Via {
		c.Via[k] = x
	}
	return &c
}

// sortWithIDs sorts v's annotations in document order, keeping each id
// with its annotation.
func sortWithIDs(v *shareVersion) {
	type pair struct {
		a  annotation.Annotation
		id string
	}
	pairs := make([]pair, len(v.Annotations))
	for i := range pairs {
		pairs[i] = pair{v.Annotations[i], v.IDs[i]}
	}
	slices.SortStableFunc(pairs, func(x, y pair) int { return annotation.Compare(x.a, y.a) })
	for i, p := range pairs {
		v.Annotations[i], v.IDs[i] = p.a, p.id
	}
}
