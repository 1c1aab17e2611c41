package sheet

import "testing"

func TestCell(t *testing.T) {
	cases := map[string]string{
		"":                  "",
		"मोदी":              "मोदी",
		"=HYPERLINK(\"x\")": "'=HYPERLINK(\"x\")",
		"+91":               "'+91",
		"-5":                "'-5",
		"@x":                "'@x",
		"'=already":         "''=already",
		"'plain":            "'plain",
		"a=b":               "a=b",
	}
	for in, want := range cases {
		got := Cell(in)
		if got != want {
			t.Errorf("Cell(%q) = %q, want %q", in, got, want)
		}
		if back := Uncell(got); back != in {
			t.Errorf("Uncell(Cell(%q)) = %q", in, back)
		}
	}
}
