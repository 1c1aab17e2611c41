package export

// tippaniNamespace is the UUID namespace for identifiers Tippani derives
// from content (RFC 9562 name-based UUIDs, version 5). Deriving ids from
// content makes an export reproducible: the same document always gets the
// same ids, so re-importing into an annotation server updates rather than
// duplicates.
var tippaniNamespace = [16]byte{0x6b, 0x0e, 0x2a, 0x51, 0x7c, 0x3d, 0x4f, 0x8e, 0x9a, 0x12, 0x55, 0x1d, 0xe4, 0x07, 0xc3, 0x9b}

// nameUUID returns "urn:uuid:" and the version 5 UUID of name in
// tippaniNamespace.
func nameUUID(name string) string {
	h := newSHA1()
	h.write(tippaniNamespace[:])
	h.writeString(name)
	sum := h.sum()
	u := sum[:16]
	u[6] = u[6]&0x0f | 0x50 // version 5
	u[8] = u[8]&0x3f | 0x80 // RFC 9562 variant
	b := []byte("urn:uuid:")
	for i, c := range u {
		if i == 4 || i == 6 || i == 8 || i == 10 {
			b = append(b, '-')
		}
		b = appendHex(b, c)
	}
	return string(b)
}

func appendHex(b []byte, c byte) []byte {
	const digits = "0123456789abcdef"
	return append(b, digits[c>>4], digits[c&0xf])
}
