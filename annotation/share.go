package annotation

// Share is a text with its annotations as a reader publishes it.
type Share struct {
	Title       string       `json:"title,omitempty"`
	Text        string       `json:"text"`
	Annotations []Annotation `json:"annotations"`
	CustomTypes []CustomType `json:"customTypes,omitempty"`
}

// shareFields is the table of a share request body's members.
func shareFields(s *Share, l Limits) []field {
	return []field{
		{"title", false, stringInto(&s.Title)},
		{"text", true, stringInto(&s.Text)},
		{"annotations", false, annotationsInto(&s.Annotations, l)},
		{"customTypes", false, into(&s.CustomTypes, readCustomTypes)},
	}
}

// ParseShare reads and validates a share request body,
// {"title"?, "text", "annotations"?: [...], "customTypes"?: [...]}, under
// DefaultLimits.
func ParseShare(body []byte) (*Share, error) { return DefaultLimits().ParseShare(body) }

// ParseShare reads a share request body under l. The title is trimmed of
// surrounding white space; a missing or null annotations list means none.
// Annotations may use the built-in types and the custom types the body
// declares. On success the share has passed Validate; on failure the error
// is an *Error and the share is nil.
func (l Limits) ParseShare(body []byte) (*Share, error) {
	root, err := parseObject(body, "request body")
	if err != nil {
		return nil, err
	}
	s := &Share{Annotations: []Annotation{}}
	if err := readFields(root, "", shareFields(s, l)); err != nil {
		return nil, err
	}
	if s.Title, err = l.cleanTitle(s.Title, "title", false); err != nil {
		return nil, err
	}
	if err := Validate(s.Text, s.Annotations, l, s.CustomTypes...); err != nil {
		return nil, err
	}
	return s, nil
}
