package annotation

import "unicode/utf8"

// Submission is one student's answer to an exercise.
type Submission struct {
	Name        string       `json:"name"`
	Annotations []Annotation `json:"annotations"`
}

// submissionFields is the table of a submission request body's members.
func submissionFields(s *Submission, l Limits) []field {
	return []field{
		{"name", true, stringInto(&s.Name)},
		{"annotations", false, annotationsInto(&s.Annotations, l)},
	}
}

// ParseSubmission reads and validates a submission to ex under
// DefaultLimits.
func ParseSubmission(body []byte, ex *Exercise) (*Submission, error) {
	return DefaultLimits().ParseSubmission(body, ex)
}

// ParseSubmission reads a submission request body, {"name","annotations"},
// for the exercise ex (not nil), whose text is taken as already validated
// (it was checked when the exercise was stored). The name is required
// (missing_field when absent or null); it is trimmed and must be 1 to
// l.NameChars characters of visible text on one line (code "bad_name"; see
// cleanLine). The annotations must pass the per-annotation and overlap
// checks of Validate against ex.Text and use only ex.Types. A missing
// annotations list means the student marked nothing, which is a valid
// answer.
func (l Limits) ParseSubmission(body []byte, ex *Exercise) (*Submission, error) {
	root, err := parseObject(body, "request body")
	if err != nil {
		return nil, err
	}
	s := &Submission{Annotations: []Annotation{}}
	if err := readFields(root, "", submissionFields(s, l)); err != nil {
		return nil, err
	}
	if s.Name, err = l.cleanName(s.Name); err != nil {
		return nil, err
	}
	if err := validateAnnotations(ex.Text, s.Annotations, l, "annotations", ex.CustomTypes); err != nil {
		return nil, err
	}
	if err := checkTypesAllowed(s.Annotations, ex, "annotations"); err != nil {
		return nil, err
	}
	return s, nil
}

// cleanName trims a student's name and checks it is 1 to l.NameChars
// characters of visible text on one line.
func (l Limits) cleanName(name string) (string, error) {
	name, err := cleanLine(name, "name", CodeBadName)
	if err != nil {
		return "", err
	}
	n := utf8.RuneCountInString(name)
	if n == 0 {
		return "", newError(CodeBadName, "name", "name is empty; write the student's name")
	}
	if exceeds(n, l.NameChars) {
		return "", newError(CodeBadName, "name", "name has %d characters; the limit is %d", n, l.NameChars)
	}
	return name, nil
}
