package annotation

import (
	"unicode/utf8"

	"github.com/tidwall/gjson"
)

// Submission is one student's answer to an exercise.
type Submission struct {
	Name        string       `json:"name"`
	Annotations []Annotation `json:"annotations"`
}

var submissionKeys = []string{"name", "annotations"}

// ParseSubmission reads and validates a submission to ex under
// DefaultLimits.
func ParseSubmission(body []byte, ex *Exercise) (*Submission, error) {
	return DefaultLimits().ParseSubmission(body, ex)
}

// ParseSubmission reads a submission request body, {"name","annotations"},
// for the exercise ex (not nil), whose text is taken as already validated
// (it was checked when the exercise was stored). The name is trimmed and must be 1
// to l.NameChars characters on one line (code "bad_name"). The annotations
// must pass the per-annotation and overlap checks of Validate against
// ex.Text and use only ex.Types. A missing annotations list means the
// student marked nothing, which is a valid answer.
func (l Limits) ParseSubmission(body []byte, ex *Exercise) (*Submission, error) {
	root, err := parseObject(body)
	if err != nil {
		return nil, err
	}
	s := &Submission{Annotations: []Annotation{}}
	err = fields(root, "", submissionKeys, func(i int, v gjson.Result) error {
		var err error
		switch i {
		case 0:
			s.Name, err = readString(v, "name")
		case 1:
			s.Annotations, err = readAnnotations(v, "annotations", l)
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	if s.Name, err = l.cleanName(s.Name); err != nil {
		return nil, err
	}
	if err := validateAnnotations(ex.Text, s.Annotations, l, "annotations"); err != nil {
		return nil, err
	}
	if err := checkTypesAllowed(s.Annotations, ex, "annotations"); err != nil {
		return nil, err
	}
	return s, nil
}

// cleanName trims a student's name and checks it is 1 to l.NameChars
// characters on one line.
func (l Limits) cleanName(name string) (string, error) {
	name, err := cleanLine(name, "name")
	if err != nil {
		if CodeOf(err) == CodeBadField {
			err.(*Error).Code = CodeBadName
		}
		return "", err
	}
	n := utf8.RuneCountInString(name)
	if n == 0 {
		return "", newError(CodeBadName, "name", "name is required")
	}
	if exceeds(n, l.NameChars) {
		return "", newError(CodeBadName, "name", "name has %d characters; the limit is %d", n, l.NameChars)
	}
	return name, nil
}
