package archive

import (
	"bytes"
	"fmt"
	"io"
	"path"
	"strings"

	"github.com/secretvet/secretvet/finding"
)

// Limits bound the work a single Walk may do. A zero field takes its default.
type Limits struct {
	// MaxDepth is how many archives deep Walk goes: 1 reads the members of
	// an archive inside the top one but not deeper. Default 3; a negative
	// value reads no nested archive.
	MaxDepth int
	// MaxMemberSize bounds the uncompressed bytes of one member (default
	// 50 MiB). A larger member is not scanned.
	MaxMemberSize int64
	// MaxTotal bounds the uncompressed bytes read by one Walk, nested
	// archives included (default 500 MiB). When it is reached the walk
	// stops.
	MaxTotal int64
	// MaxRatio is the largest uncompressed/compressed ratio of a member
	// (default 200). It applies once a member passes 1 MiB, because small
	// files of repeated bytes compress far better than that honestly.
	MaxRatio int
	// MaxMembers bounds the members read from one archive (default 100,000).
	MaxMembers int
}

// Defaults of Limits.
const (
	DefaultMaxDepth      = 3
	DefaultMaxMemberSize = 50 << 20
	DefaultMaxTotal      = 500 << 20
	DefaultMaxRatio      = 200
	DefaultMaxMembers    = 100_000
)

const (
	// ratioFloor is the member size from which MaxRatio applies.
	ratioFloor = 1 << 20
	// sniffSize is how much of a member is looked at to tell binary from
	// text, as git and most scanners do.
	sniffSize = 8 << 10
)

func (l Limits) withDefaults() Limits {
	if l.MaxDepth == 0 {
		l.MaxDepth = DefaultMaxDepth
	}
	if l.MaxMemberSize <= 0 {
		l.MaxMemberSize = DefaultMaxMemberSize
	}
	if l.MaxTotal <= 0 {
		l.MaxTotal = DefaultMaxTotal
	}
	if l.MaxRatio <= 0 {
		l.MaxRatio = DefaultMaxRatio
	}
	if l.MaxMembers <= 0 {
		l.MaxMembers = DefaultMaxMembers
	}
	return l
}

// Member is one file inside an archive, read into memory.
type Member struct {
	// Name is the path inside the archive as the archive spells it; members
	// of nested archives are joined with "!" ("inner.zip!ui/main.js").
	Name string
	Data []byte
}

// Format is an archive format Walk reads.
type Format int

// Formats.
const (
	Unknown Format = iota
	Zip            // zip, jar, war, dt-app artifact.zip
	Tar
	Gzip // a gzip stream: tar.gz/tgz, or a single compressed file
)

func (f Format) String() string {
	switch f {
	case Zip:
		return "zip"
	case Tar:
		return "tar"
	case Gzip:
		return "gzip"
	}
	return "unknown"
}

// Detect returns the format of data by its magic number.
func Detect(data []byte) Format {
	switch {
	case len(data) >= 4 && data[0] == 'P' && data[1] == 'K' &&
		(data[2] == 3 && data[3] == 4 || // local file header
			data[2] == 5 && data[3] == 6 || // end of central directory: empty zip
			data[2] == 7 && data[3] == 8): // spanned archive marker
		return Zip
	case len(data) >= 2 && data[0] == 0x1f && data[1] == 0x8b:
		return Gzip
	case len(data) >= 262 && string(data[257:262]) == "ustar":
		return Tar
	}
	return Unknown
}

// zipExtensions are names of the zip family; a file so named is read as a
// zip even when it does not start with a local header (a self-extracting or
// prefixed archive, or a damaged one).
var zipExtensions = []string{".zip", ".jar", ".war", ".ear", ".apk", ".aar", ".vsix", ".nupkg", ".whl", ".xpi"}

func detectByName(name string) Format {
	n := strings.ToLower(name)
	for _, ext := range zipExtensions {
		if strings.HasSuffix(n, ext) {
			return Zip
		}
	}
	switch {
	case strings.HasSuffix(n, ".tar"):
		return Tar
	case strings.HasSuffix(n, ".tgz"), strings.HasSuffix(n, ".gz"):
		return Gzip
	}
	return Unknown
}

// IsArchive reports whether Walk reads a file with this name and content:
// by magic number, or by a zip-family, tar or gzip extension.
func IsArchive(name string, data []byte) bool {
	return Detect(data) != Unknown || detectByName(name) != Unknown
}

// Walk reads the archive in data and calls emit for each member file to scan
// and skip for each member not scanned, with its reason (Path is path, Member
// the member's name; Member is empty, or the nested archive's name, for what
// concerns a whole archive). path names the archive in messages and picks the
// format when the magic number does not. Members are never written to disk.
//
// A member whose name is unsafe to extract (absolute, or climbing with ..)
// is emitted like any other and also reported to skip, so that the report
// says the archive holds it.
//
// The error says why the archive could not be read to its end: not an
// archive, damaged or truncated. Members read before the damage have been
// emitted already. A damaged nested archive is reported to skip, not
// returned.
func Walk(path string, data []byte, l Limits, emit func(Member), skip func(finding.Skipped)) error {
	w := &walker{path: path, l: l.withDefaults(), emit: emit, skip: skip}
	f := Detect(data)
	if f == Unknown {
		f = detectByName(path)
	}
	if f == Unknown {
		return fmt.Errorf("%s: not a zip, tar or gzip archive", path)
	}
	if err := w.walk(f, "", path, data, 0); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// walker holds the state of one Walk.
type walker struct {
	path    string
	l       Limits
	emit    func(Member)
	skip    func(finding.Skipped)
	total   int64 // uncompressed bytes read so far, nested archives included
	stopped bool  // MaxTotal reached: read nothing more
}

// walk reads the archive data named name whose members are named
// prefix+member name. depth is 0 for the top archive.
func (w *walker) walk(f Format, prefix, name string, data []byte, depth int) error {
	switch f {
	case Zip:
		return w.walkZip(prefix, data, depth)
	case Tar:
		return w.walkTar(prefix, bytes.NewReader(data), nil, depth)
	case Gzip:
		return w.walkGzip(prefix, name, data, depth)
	}
	return fmt.Errorf("not a zip, tar or gzip archive")
}

func (w *walker) skipf(member, format string, args ...any) {
	w.skip(finding.Skipped{Path: w.path, Member: member, Reason: fmt.Sprintf(format, args...)})
}

// archiveName is the name of the (nested) archive whose members carry prefix,
// for reports about the archive as a whole.
func archiveName(prefix string) string { return strings.TrimSuffix(prefix, "!") }

// ratioFunc returns the uncompressed/compressed ratio after n uncompressed
// bytes of the current member were read, and whether MaxRatio applies to it
// yet (not below ratioFloor bytes).
type ratioFunc func(n int64) (ratio int64, applies bool)

// fixedRatio is the ratio of a member whose compressed size is known.
func fixedRatio(compressed int64) ratioFunc {
	if compressed <= 0 {
		compressed = 1
	}
	return func(n int64) (int64, bool) { return n / compressed, n > ratioFloor }
}

// member reads one member from r within the limits and emits it, recurses
// into it, or skips it. name is the name inside its own archive.
func (w *walker) member(prefix, name string, r io.Reader, ratio ratioFunc, depth int) {
	full := prefix + name
	if unsafePath(name) {
		w.skipf(full, "unsafe path in archive (absolute or ..): never extracted, read like any other member")
	}
	data, verdict, err := w.read(r, ratio)
	if verdict != "" {
		w.skipf(full, "%s", verdict)
		return
	}
	if f := Detect(data); f != Unknown {
		if depth >= w.l.MaxDepth {
			w.skipf(full, "nested archive deeper than %d", max(w.l.MaxDepth, 0))
			return
		}
		if werr := w.walk(f, full+"!", name, data, depth+1); werr != nil {
			w.skipf(full, "nested %s archive not read to its end: %v", f, werr)
		}
		return
	}
	if isBinary(data) {
		w.skipf(full, "binary")
		return
	}
	if err != nil {
		if len(data) == 0 {
			w.skipf(full, "damaged member: %v", err)
			return
		}
		w.skipf(full, "damaged member (%v): scanned the %d bytes read", err, len(data))
	}
	w.emit(Member{Name: full, Data: data})
}

// read reads a member through the limits. A non-empty verdict says why the
// member is not scanned (too large, zip bomb, binary); err is a read error
// after which data holds what was read.
func (w *walker) read(r io.Reader, ratio ratioFunc) (data []byte, verdict string, err error) {
	limit := w.l.MaxMemberSize
	remaining := w.l.MaxTotal - w.total
	lr := io.LimitReader(r, min(limit, remaining)+1)
	var buf bytes.Buffer
	chunk := make([]byte, 32<<10)
	sniffed := false
	for {
		n, rerr := lr.Read(chunk)
		buf.Write(chunk[:n])
		w.total += int64(n)
		size := int64(buf.Len())
		if ratio != nil {
			if q, applies := ratio(size); applies && q > int64(w.l.MaxRatio) {
				return nil, fmt.Sprintf("zip bomb suspected: ratio %d:1 (limit %d:1); stopped after %s", q, w.l.MaxRatio, sizeString(size)), nil
			}
		}
		if size > limit {
			return nil, fmt.Sprintf("too large: more than %s uncompressed (limit per member)", sizeString(limit)), nil
		}
		if size > remaining {
			w.stopped = true
			return nil, fmt.Sprintf("zip bomb suspected: more than %s uncompressed in this archive (total limit); this member and the rest not read", sizeString(w.l.MaxTotal)), nil
		}
		if !sniffed && (size >= sniffSize || rerr != nil) {
			sniffed = true
			b := buf.Bytes()
			if Detect(b) == Unknown && isBinary(b) {
				return nil, "binary", nil
			}
		}
		if rerr == io.EOF {
			return buf.Bytes(), "", nil
		}
		if rerr != nil {
			return buf.Bytes(), "", rerr
		}
	}
}

// isBinary reports a NUL byte in the first 8 KiB.
func isBinary(data []byte) bool {
	return bytes.IndexByte(data[:min(len(data), sniffSize)], 0) >= 0
}

// unsafePath reports a member name that would escape the folder it is
// extracted to: absolute (also a Windows drive or UNC path) or with a ..
// element.
func unsafePath(name string) bool {
	n := strings.ReplaceAll(name, `\`, "/")
	if strings.HasPrefix(n, "/") {
		return true
	}
	if len(n) >= 2 && n[1] == ':' && (n[0]|0x20 >= 'a' && n[0]|0x20 <= 'z') {
		return true
	}
	for _, part := range strings.Split(n, "/") {
		if part == ".." {
			return true
		}
	}
	return false
}

// gzipMemberName names the single file inside a gzip stream from the stream's
// own name: "app.js.gz" holds "app.js".
func gzipMemberName(name, header string) string {
	base := path.Base(strings.ReplaceAll(name, `\`, "/"))
	lower := strings.ToLower(base)
	switch {
	case strings.HasSuffix(lower, ".gz") && len(base) > 3:
		return base[:len(base)-3]
	case header != "":
		return header
	}
	return base + ".data"
}

func sizeString(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
