// Package textpos converts positions in one text between the three units
// that meet at Tippani's boundaries: UTF-8 byte offsets (Go strings), Unicode
// code point offsets (the JSON/CLI contract and W3C TextPositionSelector) and
// UTF-16 code unit indices (JavaScript strings).
//
// An Index is built once per text in O(n) and answers each conversion in O(1)
// or O(log n). For pure-ASCII text all three units coincide and the index
// stores nothing. Bytes that are not valid UTF-8 count as one code point and
// one UTF-16 unit each, exactly as a decoder that substitutes U+FFFD counts
// them.
package textpos

import (
	"sort"
	"unicode/utf8"
)

// Index maps offsets of one text. The zero value is not usable; call New.
type Index struct {
	nBytes, nRunes, nUTF16 int
	// runeStart[i] is the byte offset of code point i; runeStart[nRunes] ==
	// nBytes. Nil when the text is ASCII (byte offset == code point offset).
	runeStart []int32
	// astral lists, in increasing order, the code point offsets of runes
	// outside the Basic Multilingual Plane (two UTF-16 units each).
	astral []int32
}

// New builds the index of text. It stores four bytes per code point (none
// for ASCII text) and supports texts up to 2 GiB.
func New(text string) *Index {
	x := &Index{nBytes: len(text)}
	ascii := true
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		x.nRunes, x.nUTF16 = len(text), len(text)
		return x
	}
	x.runeStart = make([]int32, 0, utf8.RuneCountInString(text)+1)
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r > 0xFFFF {
			x.astral = append(x.astral, int32(len(x.runeStart)))
		}
		x.runeStart = append(x.runeStart, int32(i))
		i += size
	}
	x.nRunes = len(x.runeStart)
	x.runeStart = append(x.runeStart, int32(len(text)))
	x.nUTF16 = x.nRunes + len(x.astral)
	return x
}

// Bytes returns the length of the text in bytes.
func (x *Index) Bytes() int { return x.nBytes }

// Runes returns the number of code points in the text.
func (x *Index) Runes() int { return x.nRunes }

// UTF16 returns the number of UTF-16 code units in the text.
func (x *Index) UTF16() int { return x.nUTF16 }

// RuneOffset converts a byte offset (0..Bytes()) to a code point offset. A
// byte offset inside a multi-byte rune maps to the offset of that rune, so
// the result never points into the middle of a character. It panics when
// b is out of range, like a slice index.
func (x *Index) RuneOffset(b int) int {
	if b < 0 || b > x.nBytes {
		panic("textpos: byte offset out of range")
	}
	if x.runeStart == nil {
		return b
	}
	// The first rune starting after b, minus one, is the rune holding b.
	return sort.Search(len(x.runeStart), func(i int) bool { return int(x.runeStart[i]) > b }) - 1
}

// ByteOffset converts a code point offset (0..Runes()) to a byte offset. It
// panics when r is out of range.
func (x *Index) ByteOffset(r int) int {
	if r < 0 || r > x.nRunes {
		panic("textpos: code point offset out of range")
	}
	if x.runeStart == nil {
		return r
	}
	return int(x.runeStart[r])
}

// UTF16Offset converts a code point offset (0..Runes()) to a UTF-16 index. It
// panics when r is out of range.
func (x *Index) UTF16Offset(r int) int {
	if r < 0 || r > x.nRunes {
		panic("textpos: code point offset out of range")
	}
	// Every astral rune before r adds one extra unit.
	return r + sort.Search(len(x.astral), func(i int) bool { return int(x.astral[i]) >= r })
}

// RuneFromUTF16 converts a UTF-16 index (0..UTF16()) to a code point offset.
// An index pointing at the low half of a surrogate pair maps to the code
// point holding it. It panics when u is out of range.
func (x *Index) RuneFromUTF16(u int) int {
	if u < 0 || u > x.nUTF16 {
		panic("textpos: UTF-16 index out of range")
	}
	// Find k, the number of astral runes that start before code point
	// offset r, where r = u - k; astral[k] is the first astral rune whose
	// UTF-16 start (astral[k]+k) is at or after u.
	k := sort.Search(len(x.astral), func(i int) bool { return int(x.astral[i])+i >= u })
	if k > 0 && int(x.astral[k-1])+k-1+1 == u {
		// u is the low surrogate of astral rune k-1.
		return int(x.astral[k-1])
	}
	return u - k
}

// ByteFromUTF16 converts a UTF-16 index to a byte offset.
func (x *Index) ByteFromUTF16(u int) int { return x.ByteOffset(x.RuneFromUTF16(u)) }

// UTF16FromByte converts a byte offset to a UTF-16 index.
func (x *Index) UTF16FromByte(b int) int { return x.UTF16Offset(x.RuneOffset(b)) }
