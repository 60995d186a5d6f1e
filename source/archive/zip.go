package archive

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
)

// walkZip reads a zip through its central directory. When that cannot be
// read (a truncated or damaged archive) it recovers what it can from the
// local file headers and returns an error saying so.
func (w *walker) walkZip(prefix string, data []byte, depth int) error {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		n := w.walkLocalHeaders(prefix, data, depth)
		return fmt.Errorf("damaged or truncated zip, central directory unreadable (%d members recovered from local headers): %w", n, err)
	}
	// The ratio is taken against the compressed bytes actually consumed,
	// not the header's compressed size, so a bomb is caught after the ratio
	// floor rather than after ratio*size bytes.
	var consumed *byteCounter
	zr.RegisterDecompressor(zip.Deflate, func(r io.Reader) io.ReadCloser {
		consumed = newByteCounter(r)
		return flate.NewReader(consumed)
	})
	count := 0
	for i, f := range zr.File {
		if w.stopped {
			return nil
		}
		mode := f.Mode()
		if mode.IsDir() {
			continue
		}
		count++
		if count > w.l.MaxMembers {
			w.skipf(archiveName(prefix), "more than %d members (limit): the last %d not read", w.l.MaxMembers, len(zr.File)-i)
			return nil
		}
		name := prefix + f.Name
		switch {
		case f.Flags&0x1 != 0:
			w.skipf(name, "encrypted")
			continue
		case mode&fs.ModeSymlink != 0:
			w.skipf(name, "symlink (not followed)")
			continue
		case mode&fs.ModeType != 0:
			w.skipf(name, "not a regular file (%s)", mode.Type())
			continue
		}
		consumed = nil
		rc, err := f.Open()
		if err != nil {
			if errors.Is(err, zip.ErrAlgorithm) {
				w.skipf(name, "unsupported compression method %d", f.Method)
			} else {
				w.skipf(name, "damaged member: %v", err)
			}
			continue
		}
		ratio := fixedRatio(int64(f.CompressedSize64))
		if consumed != nil {
			ratio = consumed.ratio
		}
		w.member(prefix, f.Name, rc, ratio, depth)
		rc.Close()
	}
	return nil
}

var localHeaderSig = []byte("PK\x03\x04")

const (
	localHeaderLen = 30
	flagEncrypted  = 0x1
	flagDescriptor = 0x8 // sizes follow the data instead of the header
	methodStore    = 0
	methodDeflate  = 8
)

// walkLocalHeaders reads the members of a zip from its local file headers
// in order, without the central directory, and returns how many it read. A
// member cut short by the end of data is read as far as it goes.
func (w *walker) walkLocalHeaders(prefix string, data []byte, depth int) int {
	pos, count := 0, 0
	for !w.stopped {
		i := bytes.Index(data[pos:], localHeaderSig)
		if i < 0 || pos+i+localHeaderLen > len(data) {
			break
		}
		off := pos + i
		h := data[off : off+localHeaderLen]
		flags := binary.LittleEndian.Uint16(h[6:])
		method := binary.LittleEndian.Uint16(h[8:])
		csize := int64(binary.LittleEndian.Uint32(h[18:]))
		nameLen := int(binary.LittleEndian.Uint16(h[26:]))
		extraLen := int(binary.LittleEndian.Uint16(h[28:]))
		start := off + localHeaderLen + nameLen + extraLen
		if start > len(data) {
			break
		}
		name := string(data[off+localHeaderLen : off+localHeaderLen+nameLen])
		// end is the end of the compressed data, or -1 when unknown.
		end := -1
		if flags&flagDescriptor == 0 {
			end = int(min(int64(start)+csize, int64(len(data))))
		}
		pos = start // at the least, look for the next header after this one
		if end >= 0 {
			pos = end
		}
		if len(name) == 0 || name[len(name)-1] == '/' {
			continue // a directory
		}
		count++
		if count > w.l.MaxMembers {
			w.skipf(archiveName(prefix), "more than %d members (limit): the rest not read", w.l.MaxMembers)
			break
		}
		if flags&flagEncrypted != 0 {
			w.skipf(prefix+name, "encrypted")
			continue
		}
		truncated := flags&flagDescriptor == 0 && int64(start)+csize > int64(len(data))
		switch method {
		case methodStore:
			if end < 0 {
				end = storedEnd(data, start)
				pos = end
			}
			var r io.Reader = bytes.NewReader(data[start:end])
			if truncated {
				r = io.MultiReader(r, errReader{io.ErrUnexpectedEOF})
			}
			w.member(prefix, name, r, nil, depth)
		case methodDeflate:
			limit := end
			if limit < 0 {
				limit = len(data)
			}
			in := newByteCounter(bytes.NewReader(data[start:limit]))
			fr := flate.NewReader(in) // reads byte by byte: stops where the stream ends
			w.member(prefix, name, fr, in.ratio, depth)
			fr.Close()
			if end < 0 {
				pos = start + int(in.n)
			}
		default:
			w.skipf(prefix+name, "unsupported compression method %d", method)
		}
	}
	return count
}

var descriptorSig = []byte("PK\x07\x08")

// storedEnd finds the end of stored data that starts at start when the local
// header gives no size: at a data descriptor whose compressed size fits, or
// else at the next local header.
func storedEnd(data []byte, start int) int {
	for k := start; k < len(data); {
		i := bytes.Index(data[k:], descriptorSig)
		if i < 0 {
			break
		}
		p := k + i
		if p+16 <= len(data) && int64(binary.LittleEndian.Uint32(data[p+8:])) == int64(p-start) {
			return p
		}
		k = p + 1
	}
	next := bytes.Index(data[start:], localHeaderSig)
	if next < 0 {
		return len(data)
	}
	p := start + next
	// A descriptor without its signature: crc, compressed and uncompressed size.
	if p-12 >= start && int64(binary.LittleEndian.Uint32(data[p-8:])) == int64(p-12-start) {
		return p - 12
	}
	return p
}

// errReader returns err on every read: it marks the end of a member cut short.
type errReader struct{ err error }

func (e errReader) Read([]byte) (int, error) { return 0, e.err }
