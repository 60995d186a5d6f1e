package archive

import (
	"archive/tar"
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"strings"
)

// walkTar reads a tar stream. ratio, when not nil, is the ratio of the
// compressed stream around it (tar itself does not compress).
func (w *walker) walkTar(prefix string, r io.Reader, ratio ratioFunc, depth int) error {
	tr := tar.NewReader(r)
	count := 0
	for !w.stopped {
		h, err := tr.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("damaged or truncated tar after %d members: %w", count, err)
		}
		switch h.Typeflag {
		case tar.TypeDir, tar.TypeXGlobalHeader:
			continue // not files
		}
		count++
		if count > w.l.MaxMembers {
			w.skipf(archiveName(prefix), "more than %d members (limit): the rest not read", w.l.MaxMembers)
			return nil
		}
		name := strings.TrimPrefix(h.Name, "./")
		switch h.Typeflag {
		case tar.TypeReg, '\x00': // '\x00' is the old regular-file type
			w.member(prefix, name, tr, ratio, depth)
		case tar.TypeSymlink:
			w.skipf(prefix+name, "symlink (not followed)")
		case tar.TypeLink:
			w.skipf(prefix+name, "hard link (not followed)")
		default:
			w.skipf(prefix+name, "not a regular file (tar type %q)", h.Typeflag)
		}
	}
	return nil
}

// walkGzip reads a gzip stream: a tar inside it is walked, anything else is
// one member named after the stream.
func (w *walker) walkGzip(prefix, name string, data []byte, depth int) error {
	in := newByteCounter(bytes.NewReader(data))
	zr, err := gzip.NewReader(in)
	if err != nil {
		return fmt.Errorf("damaged gzip: %w", err)
	}
	defer zr.Close()
	out := &countingReader{r: zr}
	// The ratio of a gzip stream is over the whole stream: its members are
	// not compressed one by one.
	ratio := func(int64) (int64, bool) { return out.n / max(in.n, 1), out.n > ratioFloor }
	br := bufio.NewReaderSize(out, 512)
	head, err := br.Peek(512)
	if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, io.ErrUnexpectedEOF) {
		return fmt.Errorf("damaged gzip: %w", err)
	}
	if Detect(head) == Tar {
		return w.walkTar(prefix, br, ratio, depth)
	}
	w.member(prefix, gzipMemberName(name, zr.Name), br, ratio, depth)
	return nil
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// byteCounter counts the compressed bytes a decompressor has consumed. Being
// an io.ByteReader, flate reads through it no further than it needs, so the
// count is exact (through a bufio.Reader of its own flate would read ahead).
type byteCounter struct {
	br *bufio.Reader
	n  int64
}

func newByteCounter(r io.Reader) *byteCounter { return &byteCounter{br: bufio.NewReader(r)} }

func (c *byteCounter) Read(p []byte) (int, error) {
	n, err := c.br.Read(p)
	c.n += int64(n)
	return n, err
}

func (c *byteCounter) ReadByte() (byte, error) {
	b, err := c.br.ReadByte()
	if err == nil {
		c.n++
	}
	return b, err
}

// ratio is a ratioFunc for a member of n uncompressed bytes read from the
// compressed bytes counted so far.
func (c *byteCounter) ratio(n int64) (int64, bool) { return n / max(c.n, 1), n > ratioFloor }
