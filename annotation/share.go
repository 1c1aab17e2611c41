package annotation

import "github.com/tidwall/gjson"

// Share is a text with its annotations as a reader publishes it.
type Share struct {
	Title       string       `json:"title,omitempty"`
	Text        string       `json:"text"`
	Annotations []Annotation `json:"annotations"`
}

var shareKeys = []string{"title", "text", "annotations"}

// ParseShare reads and validates a share request body,
// {"title"?, "text", "annotations"?: [...]}, under DefaultLimits.
func ParseShare(body []byte) (*Share, error) { return DefaultLimits().ParseShare(body) }

// ParseShare reads a share request body under l. The title is trimmed of
// surrounding white space; a missing or null annotations list means none.
// On success the share has passed Validate; on failure the error is an
// *Error and the share is nil.
func (l Limits) ParseShare(body []byte) (*Share, error) {
	root, err := parseObject(body)
	if err != nil {
		return nil, err
	}
	s := &Share{Annotations: []Annotation{}}
	var haveText bool
	err = fields(root, "", shareKeys, func(i int, v gjson.Result) error {
		var err error
		switch i {
		case 0:
			s.Title, err = readString(v, "title")
		case 1:
			s.Text, err = readString(v, "text")
			haveText = true
		case 2:
			s.Annotations, err = readAnnotations(v, "annotations", l)
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	if !haveText {
		return nil, newError(CodeMissingField, "text", "text is required")
	}
	if s.Title, err = l.cleanTitle(s.Title, "title", false); err != nil {
		return nil, err
	}
	if err := Validate(s.Text, s.Annotations, l); err != nil {
		return nil, err
	}
	return s, nil
}
