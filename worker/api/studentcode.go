package api

import (
	"crypto/rand"
	"strings"
)

// A student code is what a student writes down to continue on another
// device: 12 characters from Crockford's base32 alphabet (no I, L, O or
// U), shown in three groups, "7KQM-4XPD-2RVB". That is 60 random bits.
// Only SHA-256("<exercise id>:<code>") is stored. Every attempt to use a
// code is counted against the client's allowance before it is looked up
// (see continueStudent), so at 300 attempts a minute one address needs
// on the order of 10^9 minutes to hit any code of a full class of 500.

const (
	codeAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
	codeChars    = 12
)

// newStudentCode returns a fresh code in its written form.
func newStudentCode() string {
	b := make([]byte, codeChars)
	rand.Read(b)
	var sb strings.Builder
	for i, c := range b {
		if i > 0 && i%4 == 0 {
			sb.WriteByte('-')
		}
		sb.WriteByte(codeAlphabet[c&31])
	}
	return sb.String()
}

// canonicalCode reads a code as a person may type it: any case, with or
// without dashes and spaces, I and L for 1, O for 0. It returns the 12
// characters, or ok=false when s cannot be a code.
func canonicalCode(s string) (code string, ok bool) {
	var sb strings.Builder
	for _, r := range strings.ToUpper(s) {
		switch {
		case r == '-' || r == ' ':
			continue
		case r == 'I' || r == 'L':
			r = '1'
		case r == 'O':
			r = '0'
		}
		if r > 127 || !strings.ContainsRune(codeAlphabet, r) || sb.Len() == codeChars {
			return "", false
		}
		sb.WriteRune(r)
	}
	return sb.String(), sb.Len() == codeChars
}

// codeSHA256 is the stored form of a code for exercise id.
func codeSHA256(exerciseID, code string) string {
	c, _ := canonicalCode(code)
	return tokenSHA256(exerciseID + ":" + c)
}
