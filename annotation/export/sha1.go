package export

import "math/bits"

// sha1Hash is SHA-1 (FIPS 180-4), kept here only to derive the version 5
// (name-based) UUIDs that make exports reproducible. It is not used for
// anything that needs collision resistance. The engine in the browser
// links this instead of crypto/sha1, whose package brings the whole
// FIPS 140 module with it.
type sha1Hash struct {
	h   [5]uint32
	buf [64]byte
	n   int    // bytes in buf
	len uint64 // bytes written in all
}

func newSHA1() *sha1Hash {
	return &sha1Hash{h: [5]uint32{0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0}}
}

func (d *sha1Hash) writeString(s string) {
	d.len += uint64(len(s))
	for len(s) > 0 {
		k := copy(d.buf[d.n:], s)
		d.n += k
		s = s[k:]
		if d.n == 64 {
			d.block()
			d.n = 0
		}
	}
}

func (d *sha1Hash) write(b []byte) { d.writeString(string(b)) }

// sum pads the message and returns the digest; d must not be used after.
func (d *sha1Hash) sum() [20]byte {
	length := d.len * 8
	d.writeString("\x80")
	for d.n != 56 {
		d.writeString("\x00")
	}
	for i := range 8 {
		d.buf[56+i] = byte(length >> (56 - 8*i))
	}
	d.block()
	var out [20]byte
	for i, v := range d.h {
		out[4*i], out[4*i+1], out[4*i+2], out[4*i+3] = byte(v>>24), byte(v>>16), byte(v>>8), byte(v)
	}
	return out
}

// block compresses the 64 bytes in buf into the state.
func (d *sha1Hash) block() {
	var w [80]uint32
	for i := range 16 {
		w[i] = uint32(d.buf[4*i])<<24 | uint32(d.buf[4*i+1])<<16 | uint32(d.buf[4*i+2])<<8 | uint32(d.buf[4*i+3])
	}
	for i := 16; i < 80; i++ {
		w[i] = bits.RotateLeft32(w[i-3]^w[i-8]^w[i-14]^w[i-16], 1)
	}
	a, b, c, e, f := d.h[0], d.h[1], d.h[2], d.h[3], d.h[4]
	for i := range 80 {
		var g, k uint32
		switch {
		case i < 20:
			g, k = b&c|^b&e, 0x5A827999
		case i < 40:
			g, k = b^c^e, 0x6ED9EBA1
		case i < 60:
			g, k = b&c|b&e|c&e, 0x8F1BBCDC
		default:
			g, k = b^c^e, 0xCA62C1D6
		}
		t := bits.RotateLeft32(a, 5) + g + f + k + w[i]
		a, b, c, e, f = t, a, bits.RotateLeft32(b, 30), c, e
	}
	d.h[0] += a
	d.h[1] += b
	d.h[2] += c
	d.h[3] += e
	d.h[4] += f
}
