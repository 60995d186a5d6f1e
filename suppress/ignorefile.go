package suppress

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"regexp"
	"strconv"
	"strings"

	"github.com/secretvet/secretvet/finding"
)

// IgnoreFileName is the ignore file looked up at the scan root.
const IgnoreFileName = ".secretvetignore"

// fingerprintLen is the length of a content fingerprint, taken from the
// finding model so that the two cannot drift apart.
var fingerprintLen = len(finding.Fingerprint("", ""))

// LoadIgnoreFile reads an ignore file. A missing file is an empty set: most
// projects have none. On parse errors it returns the valid entries together
// with an error naming every bad line as file:line.
func LoadIgnoreFile(path string) (*Set, error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return &Set{}, nil
	}
	if err != nil {
		return &Set{}, fmt.Errorf("ignore file: %w", err)
	}
	defer f.Close()
	return ParseIgnore(f, path)
}

// ParseIgnore reads ignore entries from r; name is the file name used in
// errors and in stale reports. The format, one entry per line:
//
//	# comment
//	<fingerprint> <reason...>
//	<fingerprint> path=<glob> <reason...>
//	[<commit>:]<file>:<rule>:<line> <reason...>
//
// The reason is required: an accepted secret without a why cannot be
// reviewed later. A glob matches the finding's path or any directory above
// it ("testdata" covers the tree below it), at any depth unless it starts
// with "/"; "*" and "?" stay within one path segment, "**" crosses them.
// The last form is a gitleaks fingerprint; it matches by position, so it
// also accepts a different secret on the same line; prefer fingerprints.
func ParseIgnore(r io.Reader, name string) (*Set, error) {
	set := &Set{}
	var errs []error
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if n == 1 {
			line = strings.TrimPrefix(line, "\ufeff")
		}
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		source := name + ":" + strconv.Itoa(n)
		e, err := parseIgnoreLine(line)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", source, err))
			continue
		}
		e.source = source
		set.entries = append(set.entries, e)
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, fmt.Errorf("%s: %w", name, err))
	}
	return set, errors.Join(errs...)
}

func parseIgnoreLine(line string) (entry, error) {
	key, rest := cutField(line)
	var e entry
	if strings.Contains(key, ":") {
		p, err := parseGitleaksFingerprint(key)
		if err != nil {
			return e, err
		}
		e.position = p
	} else {
		fp := strings.ToLower(key)
		if !isHex(fp) || len(fp) != fingerprintLen {
			return e, fmt.Errorf("%q is not a fingerprint (%d hex digits) nor a gitleaks file:rule:line entry", key, fingerprintLen)
		}
		e.fingerprint = fp
		if opt, after := cutField(rest); strings.HasPrefix(opt, "path=") {
			g := strings.TrimPrefix(opt, "path=")
			re, err := compileGlob(g)
			if err != nil {
				return e, err
			}
			e.glob, rest = re, after
		}
	}
	if rest == "" {
		return e, fmt.Errorf("entry %q has no reason; write why the secret is accepted after it", key)
	}
	e.reason = rest
	return e, nil
}

// parseGitleaksFingerprint reads [commit:]file:rule:line from the right, so
// that a Windows drive letter in the file is not taken for a commit.
func parseGitleaksFingerprint(s string) (*position, error) {
	bad := func(why string) error {
		return fmt.Errorf("gitleaks entry %q: %s; want [commit:]file:rule:line", s, why)
	}
	i := strings.LastIndexByte(s, ':')
	line, err := strconv.Atoi(s[i+1:])
	if err != nil || line < 1 {
		return nil, bad("line is not a positive number")
	}
	s2 := s[:i]
	j := strings.LastIndexByte(s2, ':')
	if j < 0 {
		return nil, bad("no rule")
	}
	p := &position{rule: s2[j+1:], line: line}
	file := s2[:j]
	if k := strings.IndexByte(file, ':'); k >= 7 && isHex(file[:k]) {
		p.commit, file = file[:k], file[k+1:]
	}
	p.path = normalizePath(file)
	if p.rule == "" || p.path == "" {
		return nil, bad("empty file or rule")
	}
	return p, nil
}

// compileGlob turns a path glob into an anchored regular expression.
func compileGlob(g string) (*regexp.Regexp, error) {
	if g == "" {
		return nil, errors.New("path= needs a glob")
	}
	g = normalizePath(g)
	var b strings.Builder
	if strings.HasPrefix(g, "/") {
		g = strings.TrimLeft(g, "/")
		b.WriteString("^")
	} else {
		b.WriteString("^(?:.*/)?")
	}
	g = strings.TrimRight(g, "/")
	for i := 0; i < len(g); i++ {
		switch {
		case strings.HasPrefix(g[i:], "**/"):
			b.WriteString("(?:.*/)?")
			i += 2
		case strings.HasPrefix(g[i:], "**"):
			b.WriteString(".*")
			i++
		case g[i] == '*':
			b.WriteString("[^/]*")
		case g[i] == '?':
			b.WriteString("[^/]")
		default:
			b.WriteString(regexp.QuoteMeta(g[i : i+1]))
		}
	}
	b.WriteString("(?:/.*)?$")
	re, err := regexp.Compile(b.String())
	if err != nil {
		return nil, fmt.Errorf("path glob %q: %w", g, err)
	}
	return re, nil
}

// cutField splits off the first whitespace-separated field.
func cutField(s string) (field, rest string) {
	s = strings.TrimSpace(s)
	i := strings.IndexAny(s, " \t")
	if i < 0 {
		return s, ""
	}
	return s[:i], strings.TrimSpace(s[i+1:])
}

func isHex(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
}
