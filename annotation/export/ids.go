package export

import (
	"crypto/sha1"
	"fmt"
)

// tippaniNamespace is the UUID namespace for identifiers Tippani derives
// from content (RFC 9562 name-based UUIDs, version 5). Deriving ids from
// content makes an export reproducible: the same document always gets the
// same ids, so re-importing into an annotation server updates rather than
// duplicates.
var tippaniNamespace = [16]byte{0x6b, 0x0e, 0x2a, 0x51, 0x7c, 0x3d, 0x4f, 0x8e, 0x9a, 0x12, 0x55, 0x1d, 0xe4, 0x07, 0xc3, 0x9b}

// nameUUID returns "urn:uuid:" and the version 5 UUID of name in
// tippaniNamespace.
func nameUUID(name string) string {
	h := sha1.New()
	h.Write(tippaniNamespace[:])
	h.Write([]byte(name))
	var u [16]byte
	copy(u[:], h.Sum(nil))
	u[6] = u[6]&0x0f | 0x50 // version 5
	u[8] = u[8]&0x3f | 0x80 // RFC 9562 variant
	return fmt.Sprintf("urn:uuid:%x-%x-%x-%x-%x", u[0:4], u[4:6], u[6:8], u[8:10], u[10:16])
}
