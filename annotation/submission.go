package annotation

import "tippani/internal/jsonwire"

// Submission is one student's answer to an exercise. Name is the display
// form of the name the student typed and NameKey its comparison key (see
// FoldName); StudentSecret, when given, says the hand-in is a new version
// of the work of the student who holds that secret.
type Submission struct {
	Name          string       `json:"name"`
	NameKey       string       `json:"-"`
	StudentSecret string       `json:"studentSecret,omitempty"`
	Annotations   []Annotation `json:"annotations"`
}

// maxSecretChars bounds a student secret as sent; the service's secrets
// are much shorter, so anything longer is not one.
const maxSecretChars = 64

// submissionFields is the table of a submission request body's members.
func submissionFields(s *Submission, l Limits) []field {
	return []field{
		{"name", false, stringInto(&s.Name)},
		{"annotations", false, annotationsInto(&s.Annotations, l)},
		{"studentSecret", false, stringInto(&s.StudentSecret)},
	}
}

// ParseSubmission reads and validates a submission to ex under
// DefaultLimits.
func ParseSubmission(body []byte, ex *Exercise) (*Submission, error) {
	return DefaultLimits().ParseSubmission(body, ex)
}

// ParseSubmission reads a submission request body,
// {"name"?,"studentSecret"?,"annotations"?}, for the exercise ex (not nil),
// whose text is taken as already validated (it was checked when the
// exercise was stored).
//
// A first hand-in has no studentSecret and needs a name (missing_field
// when absent or null), folded by FoldName (code bad_name). A later one
// sends the secret its first hand-in was given; its name may then be left
// out, and the student keeps the name they have. The secret is at most 64
// characters of URL-safe base64 (code bad_field otherwise; whether it
// belongs to a student is for the caller to find out).
//
// The annotations must pass the per-annotation and overlap checks of
// Validate against ex.Text and use only ex.Types. A missing annotations
// list means the student marked nothing, which is a valid answer.
func (l Limits) ParseSubmission(body []byte, ex *Exercise) (*Submission, error) {
	root, err := parseObject(body, "request body")
	if err != nil {
		return nil, err
	}
	s := &Submission{Annotations: []Annotation{}}
	if err := readFields(root, "", submissionFields(s, l)); err != nil {
		return nil, err
	}
	if s.StudentSecret != "" && !ValidSecret(s.StudentSecret) {
		return nil, newError(CodeBadField, "studentSecret", "studentSecret is not a student secret from this service")
	}
	switch {
	case s.Name != "" || s.StudentSecret == "":
		if s.Name, s.NameKey, err = l.FoldName(s.Name, "name"); err != nil {
			if s.StudentSecret == "" && s.Name == "" && CodeOf(err) == CodeBadName && !present(root, "name") {
				return nil, newError(CodeMissingField, "name", "name is required")
			}
			return nil, err
		}
	}
	if err := validateAnnotations(ex.Text, s.Annotations, l, "annotations", ex.CustomTypes); err != nil {
		return nil, err
	}
	if err := checkTypesAllowed(s.Annotations, ex, "annotations"); err != nil {
		return nil, err
	}
	return s, nil
}

// present reports whether obj has a member name that is not null.
func present(obj jsonwire.Value, name string) bool {
	for n, v := range obj.Members() {
		if n == name && v.Kind() != jsonwire.Null {
			return true
		}
	}
	return false
}

// ValidSecret reports whether s could be a secret or id this service
// handed out: 1 to 64 characters of URL-safe base64.
func ValidSecret(s string) bool {
	if len(s) == 0 || len(s) > maxSecretChars {
		return false
	}
	for _, c := range []byte(s) {
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}
