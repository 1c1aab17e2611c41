package export

import (
	"encoding/binary"
	"hash/crc32"
	"time"

	"tippani/annotation"
)

// The zip files Tippani writes and reads hold a few small text files (a
// brat .txt and .ann pair), so this is the least of the format (PKWARE's
// APPNOTE) that does the job, without archive/zip and what it brings into
// the browser engine: files are written stored (uncompressed), with UTF-8
// names; stored files are read, and deflated ones where Inflate is set;
// ZIP64, encryption and archives spanning disks are refused.

// Inflate, when set, decompresses a deflated zip entry of size bytes. The
// command line sets it (with compress/flate); the browser engine leaves it
// nil and so reads stored zips only (those Tippani and "zip -0" write),
// which keeps about 30 kB of inflater out of every reader's download. brat
// itself keeps a document as a .txt and .ann pair, which both read.
var Inflate func(compressed []byte, size int) ([]byte, error)

const (
	zipLocalSig   = 0x04034b50
	zipCentralSig = 0x02014b50
	zipEndSig     = 0x06054b50
	zipUTF8Flag   = 0x0800
	// maxUnzipped bounds what one archive may unpack to, so that a small
	// file cannot expand into more memory than the page has.
	maxUnzipped = 64 << 20
)

// writeZip returns a zip archive of files, stored, dated at modified (in
// UTC, to two seconds as DOS dates go).
func writeZip(files []File, modified time.Time) []byte {
	t := modified.UTC()
	if t.Year() < 1980 {
		t = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	dosTime := uint16(t.Hour()<<11 | t.Minute()<<5 | t.Second()/2)
	dosDate := uint16((t.Year()-1980)<<9 | int(t.Month())<<5 | t.Day())
	var out, central []byte
	le := binary.LittleEndian
	for _, f := range files {
		crc := crc32.ChecksumIEEE(f.Data)
		offset := len(out)
		out = le.AppendUint32(out, zipLocalSig)
		out = le.AppendUint16(out, 20) // version needed: 2.0
		out = le.AppendUint16(out, zipUTF8Flag)
		out = le.AppendUint16(out, 0) // stored
		out = le.AppendUint16(out, dosTime)
		out = le.AppendUint16(out, dosDate)
		out = le.AppendUint32(out, crc)
		out = le.AppendUint32(out, uint32(len(f.Data)))
		out = le.AppendUint32(out, uint32(len(f.Data)))
		out = le.AppendUint16(out, uint16(len(f.Name)))
		out = le.AppendUint16(out, 0) // no extra field
		out = append(out, f.Name...)
		out = append(out, f.Data...)

		central = le.AppendUint32(central, zipCentralSig)
		central = le.AppendUint16(central, 20) // made by: 2.0, MS-DOS attributes
		central = le.AppendUint16(central, 20)
		central = le.AppendUint16(central, zipUTF8Flag)
		central = le.AppendUint16(central, 0)
		central = le.AppendUint16(central, dosTime)
		central = le.AppendUint16(central, dosDate)
		central = le.AppendUint32(central, crc)
		central = le.AppendUint32(central, uint32(len(f.Data)))
		central = le.AppendUint32(central, uint32(len(f.Data)))
		central = le.AppendUint16(central, uint16(len(f.Name)))
		central = append(central, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0) // extra, comment, disk, internal and external attributes
		central = le.AppendUint32(central, uint32(offset))
		central = append(central, f.Name...)
	}
	start := len(out)
	out = append(out, central...)
	out = le.AppendUint32(out, zipEndSig)
	out = append(out, 0, 0, 0, 0) // this disk, the central directory's disk
	out = le.AppendUint16(out, uint16(len(files)))
	out = le.AppendUint16(out, uint16(len(files)))
	out = le.AppendUint32(out, uint32(len(central)))
	out = le.AppendUint32(out, uint32(start))
	return le.AppendUint16(out, 0) // no comment
}

// isZip reports whether data starts like a zip archive.
func isZip(data []byte) bool {
	return len(data) >= 4 && binary.LittleEndian.Uint32(data) == zipLocalSig
}

// readZip lists the files of a zip archive with their contents. Folders
// are left out; names keep their paths.
func readZip(name string, data []byte) ([]File, error) {
	bad := func(why string) error {
		return annotation.Errorf(annotation.CodeBadFormat, name, "%s is not a zip archive Tippani can open: %s", name, why)
	}
	le := binary.LittleEndian
	end := -1
	for i := len(data) - 22; i >= 0 && i >= len(data)-22-0xffff; i-- {
		if le.Uint32(data[i:]) == zipEndSig {
			end = i
			break
		}
	}
	if end < 0 {
		return nil, bad("no end of central directory")
	}
	count := int(le.Uint16(data[end+10:]))
	size, at := int(le.Uint32(data[end+12:])), int(le.Uint32(data[end+16:]))
	if le.Uint16(data[end+4:]) != 0 || le.Uint16(data[end+6:]) != 0 {
		return nil, bad("it spans several disks")
	}
	if at == 0xffffffff || count == 0xffff || at+size > end {
		return nil, bad("ZIP64 or a damaged directory")
	}
	var files []File
	total := 0
	for range count {
		if at+46 > end || le.Uint32(data[at:]) != zipCentralSig {
			return nil, bad("a damaged central directory")
		}
		flags, method := le.Uint16(data[at+8:]), le.Uint16(data[at+10:])
		crc := le.Uint32(data[at+16:])
		csize, usize := int(le.Uint32(data[at+20:])), int(le.Uint32(data[at+24:]))
		nameLen, extraLen, commentLen := int(le.Uint16(data[at+28:])), int(le.Uint16(data[at+30:])), int(le.Uint16(data[at+32:]))
		local := int(le.Uint32(data[at+42:]))
		if at+46+nameLen > end {
			return nil, bad("a damaged central directory")
		}
		fname := string(data[at+46 : at+46+nameLen])
		at += 46 + nameLen + extraLen + commentLen
		if len(fname) > 0 && fname[len(fname)-1] == '/' {
			continue
		}
		if flags&1 != 0 {
			return nil, bad(fname + " is encrypted")
		}
		if local+30 > len(data) || le.Uint32(data[local:]) != zipLocalSig {
			return nil, bad("a damaged local header for " + fname)
		}
		from := local + 30 + int(le.Uint16(data[local+26:])) + int(le.Uint16(data[local+28:]))
		if from+csize > len(data) || csize < 0 {
			return nil, bad(fname + " is cut short")
		}
		total += usize
		if usize < 0 || total > maxUnzipped {
			return nil, bad("it unpacks to more than 64 MiB")
		}
		raw := data[from : from+csize]
		var content []byte
		switch method {
		case 0:
			content = raw
		case 8:
			if Inflate == nil {
				return nil, annotation.Errorf(annotation.CodeBadFormat, name,
					"%s is compressed, which only the command line unpacks here; open the .txt and .ann files themselves (both at once)", name)
			}
			var err error
			if content, err = Inflate(raw, usize); err != nil {
				return nil, bad(fname + " does not inflate: " + err.Error())
			}
		default:
			return nil, bad(fname + " uses a compression method other than deflate")
		}
		if len(content) != usize || crc32.ChecksumIEEE(content) != crc {
			return nil, bad(fname + " fails its checksum")
		}
		files = append(files, File{Name: fname, Data: content})
	}
	return files, nil
}
