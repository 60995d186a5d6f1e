package files

import (
	"errors"
	"fmt"
	"io"
	"os"
)

// sniffLen is how much of a file decides whether it is text.
const sniffLen = 8 << 10

// streamChunk is the first buffer for content of unknown size (stdin, pipes).
const streamChunk = 64 << 10

// read reads one job and emits it or reports why not.
func (w *walker) read(j job) {
	var (
		r    io.Reader
		hint int64 = -1 // expected size, -1 when unknown
	)
	switch {
	case j.stdin:
		r = w.opts.Stdin
	default:
		f, err := openFile(j.os, j.special)
		if err != nil {
			w.skipped(j.display, errReason(err))
			return
		}
		defer f.Close()
		fi, err := f.Stat()
		if err != nil {
			w.skipped(j.display, errReason(err))
			return
		}
		if fi.Mode().IsRegular() {
			hint = fi.Size()
		} else if !j.special {
			// Listed as a regular file, replaced since: never read it.
			w.skipped(j.display, ReasonSpecial)
			return
		}
		if hint > w.opts.MaxFileSize {
			w.skipped(j.display, TooLarge(w.opts.MaxFileSize))
			return
		}
		r = f
	}

	file, reason, err := readContent(r, hint, w.opts.MaxFileSize)
	switch {
	case err != nil:
		w.skipped(j.display, errReason(err))
	case reason != "":
		w.skipped(j.display, reason)
	default:
		file.Path = j.display
		w.emit(file)
	}
}

// openFile opens a file to read. A file found by the walk is opened without
// blocking, so that a regular file swapped for a named pipe after it was
// listed cannot hang the reader; read checks the type after opening. A
// special file named as a root is opened normally: the user asked to read it.
func openFile(path string, special bool) (*os.File, error) {
	if special {
		return os.Open(path)
	}
	return os.OpenFile(path, os.O_RDONLY|openNonblock, 0)
}

// readContent reads r up to limit bytes and classifies it. It returns the
// file to emit, or a skip reason, or a read error. hint is the expected
// size (-1 when unknown); content is read past it if the file grew.
//
// Only the first sniffLen bytes of a binary file are read.
func readContent(r io.Reader, hint, limit int64) (File, string, error) {
	lr := &io.LimitedReader{R: r, N: limit + 1}

	headCap := int64(sniffLen)
	if hint >= 0 && hint < headCap {
		headCap = hint + 1 // room to see EOF without growing
	}
	head := make([]byte, headCap)
	n, err := io.ReadFull(lr, head)
	head = head[:n]
	complete := errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF)
	if err != nil && !complete {
		return File{}, "", err
	}

	c, kind := sniff(head)
	switch c {
	case binary:
		return File{}, "binary file (" + kind + ")", nil
	case unsupported:
		return File{}, "unsupported text encoding (" + kind + ")", nil
	}

	data := head
	if !complete {
		size := int64(streamChunk)
		if hint >= 0 {
			size = hint + 1
		}
		size = min(max(size, int64(len(head))+1), limit+1)
		data = make([]byte, len(head), size)
		copy(data, head)
		if data, err = readRest(lr, data); err != nil {
			return File{}, "", err
		}
	}
	if int64(len(data)) > limit {
		return File{}, TooLarge(limit), nil
	}
	f, reason := classified(data, c, kind)
	return f, reason, nil
}

// Classify is ReadContent for content already in memory (a git blob): it
// returns data (or its UTF-8 decoding) to scan, or the reason it is not
// scanned. data is not copied.
func Classify(data []byte, limit int64) (File, string) {
	if limit <= 0 {
		limit = DefaultMaxFileSize
	}
	if int64(len(data)) > limit {
		return File{}, TooLarge(limit)
	}
	c, kind := sniff(data[:min(len(data), sniffLen)])
	switch c {
	case binary:
		return File{}, "binary file (" + kind + ")"
	case unsupported:
		return File{}, "unsupported text encoding (" + kind + ")"
	}
	return classified(data, c, kind)
}

// classified is the content of a file that sniffed as class c: UTF-16 is
// decoded, and what turns out binary once decoded is skipped.
func classified(data []byte, c content, kind string) (File, string) {
	f := File{Data: data, Archive: c == archive}
	switch c {
	case utf16le, utf16be:
		f.Data = decodeUTF16(data, c == utf16be)
		f.Encoding = kind
		// The BOM said text; the decoded content may still say otherwise.
		if c, kind := sniff(f.Data[:min(len(f.Data), sniffLen)]); c == binary {
			return File{}, "binary file (" + kind + ")"
		}
	}
	return f, ""
}

// readRest appends the rest of r to b, growing it as needed.
func readRest(r io.Reader, b []byte) ([]byte, error) {
	for {
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err == io.EOF {
			return b, nil
		}
		if err != nil {
			return b, err
		}
	}
}

// TooLarge is the skip reason for content over limit bytes.
func TooLarge(limit int64) string {
	return "larger than " + sizeText(limit) + " (--max-file-size)"
}

// sizeText writes n bytes in the largest unit that divides it exactly.
func sizeText(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	case n == 1:
		return "1 byte"
	default:
		return fmt.Sprintf("%d bytes", n)
	}
}
