package sourcemap

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	"github.com/secretvet/secretvet/fragment"
)

// ErrSourcesMismatch says that a map's sources and sourcesContent arrays
// differ in length, so that some content has no file name (or some file no
// content). Extract still returns every embedded source.
var ErrSourcesMismatch = errors.New("sources and sourcesContent differ in length")

// Extract returns one fragment per non-empty sourcesContent entry of the
// source map in data: the original source, with Origin.Path path,
// Origin.Member member, Kind fragment.SourceMap, OriginalPath the entry's
// sources name (sourceRoot applied) and Pointer its JSON pointer
// ("/sourcesContent/3", "/sections/0/map/sourcesContent/1" in an index map).
// Its Locator places an offset both in the .map file (escapes accounted for)
// and in the original source (InnerLine, InnerColumn).
//
// A map that is not JSON, or not an object, yields no fragment and an error.
// A flawed map (ErrSourcesMismatch, entries that are not strings, an index
// map section given by url, a version other than 3) yields its fragments
// AND an error listing the flaws, for the caller to report. Content entries
// beyond the end of sources are returned with an empty OriginalPath rather
// than dropped: a secret in them is still a secret.
func Extract(path, member string, data []byte) ([]fragment.Fragment, error) {
	root, err := parseRoot(data, true)
	if err != nil {
		return nil, err
	}
	x := &extractor{path: path, member: member, data: data}
	x.walk(root, "")
	return x.frags, errors.Join(x.problems...)
}

type extractor struct {
	path, member string
	data         []byte
	file         *fragment.Lines // newline index of data, made on first need
	frags        []fragment.Fragment
	problems     []error
}

func (x *extractor) problemf(format string, args ...any) {
	x.problems = append(x.problems, fmt.Errorf(format, args...))
}

// at names a JSON pointer for a message; the root is "/".
func at(ptr string) string {
	if ptr == "" {
		return "/"
	}
	return ptr
}

func (x *extractor) walk(m *value, ptr string) {
	if secs := m.get("sections"); secs != nil {
		if secs.kind != kArray {
			x.problemf("%s/sections is a %s, not an array", ptr, secs.kind)
			return
		}
		for i, s := range secs.items {
			p := fmt.Sprintf("%s/sections/%d", ptr, i)
			switch sub := s.get("map"); {
			case sub != nil && sub.kind == kObject:
				x.walk(sub, p+"/map")
			case s.get("url") != nil:
				x.problemf("%s: section refers to its map by url %q, which is not read", p, s.get("url").str)
			default:
				x.problemf("%s: section has no map", p)
			}
		}
		return
	}
	if v := m.get("version"); v != nil && !(v.kind == kNumber && v.num == "3") {
		x.problemf("%s: source map version %s, want 3", at(ptr), tokenText(x.data, v))
	}
	contents := m.get("sourcesContent")
	if contents == nil || contents.kind == kNull {
		return
	}
	if contents.kind != kArray {
		x.problemf("%s/sourcesContent is a %s, not an array", ptr, contents.kind)
		return
	}
	var sources []*value
	switch s := m.get("sources"); {
	case s == nil:
	case s.kind == kArray:
		sources = s.items
	default:
		x.problemf("%s/sources is a %s, not an array", ptr, s.kind)
	}
	if len(sources) != len(contents.items) {
		x.problems = append(x.problems, fmt.Errorf("%s: %w: %d sources, %d sourcesContent",
			at(ptr), ErrSourcesMismatch, len(sources), len(contents.items)))
	}
	root := stringValue(m.get("sourceRoot"))
	for i, c := range contents.items {
		switch c.kind {
		case kNull:
			continue // the generator did not embed this source
		case kString:
		default:
			x.problemf("%s/sourcesContent/%d is a %s, not a string", ptr, i, c.kind)
			continue
		}
		if c.str == "" {
			continue
		}
		var original string
		if i < len(sources) {
			original = resolve(root, stringValue(sources[i]))
		}
		if x.file == nil {
			x.file = fragment.NewLines(string(x.data))
		}
		x.frags = append(x.frags, fragment.Fragment{
			Text: c.str,
			Origin: fragment.Origin{
				Path:         x.path,
				Member:       x.member,
				Pointer:      fmt.Sprintf("%s/sourcesContent/%d", ptr, i),
				Kind:         fragment.SourceMap,
				OriginalPath: original,
			},
			Locator: fragment.NewEmbedded(x.file, c.str, c.anchors),
		})
	}
}

// tokenText is the JSON text of v as written, shortened for a message.
func tokenText(data []byte, v *value) string {
	t := string(data[v.start:v.end])
	if len(t) > 40 {
		t = t[:40] + "..."
	}
	return t
}

func stringValue(v *value) string {
	if v == nil || v.kind != kString {
		return ""
	}
	return v.str
}

// resolve applies sourceRoot to a sources entry. An absolute path or a URL
// ("webpack://app/./ui/App.tsx") is kept as it is.
func resolve(root, src string) string {
	if root == "" || src == "" || strings.HasPrefix(src, "/") || hasScheme(src) {
		return src
	}
	if strings.HasSuffix(root, "/") {
		return root + src
	}
	return root + "/" + src
}

// hasScheme reports a URL scheme ("webpack:", "file:") at the start of s.
func hasScheme(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
		case i > 0 && (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.'):
		case c == ':':
			return i > 0
		default:
			return false
		}
	}
	return false
}

// jsonStart is the offset where the JSON of a source map begins: after a
// UTF-8 byte order mark and the ")]}'" line that some servers prepend
// against cross-site script inclusion (the spec allows it).
func jsonStart(data []byte) int {
	s := 0
	if bytes.HasPrefix(data, []byte("\xef\xbb\xbf")) {
		s = 3
	}
	if bytes.HasPrefix(data[s:], []byte(")]}'")) {
		nl := bytes.IndexByte(data[s:], '\n')
		if nl < 0 {
			return len(data)
		}
		s += nl + 1
	}
	return s
}

// parseRoot parses a source map's JSON, which must be an object.
func parseRoot(data []byte, anchors bool) (*value, error) {
	root, err := parseJSON(data, jsonStart(data), anchors)
	if err != nil {
		return nil, fmt.Errorf("source map: %w", err)
	}
	if root.kind != kObject {
		return nil, fmt.Errorf("source map: top-level JSON is a %s, not an object", root.kind)
	}
	return root, nil
}

// IsSourceMap reports whether the file (or archive member) named path with
// content data is a source map: JSON object content and either a .map name,
// or "version": 3 and a "mappings" key.
func IsSourceMap(path string, data []byte) bool {
	s := jsonStart(data)
	for s < len(data) && (data[s] == ' ' || data[s] == '\t' || data[s] == '\n' || data[s] == '\r') {
		s++
	}
	if s >= len(data) || data[s] != '{' {
		return false
	}
	if strings.HasSuffix(strings.ToLower(path), ".map") {
		return true
	}
	return hasVersion3(data[s:]) && bytes.Contains(data[s:], []byte(`"mappings"`))
}

// hasVersion3 looks for "version": 3 written as a JSON member.
func hasVersion3(data []byte) bool {
	key := []byte(`"version"`)
	for off := 0; ; {
		i := bytes.Index(data[off:], key)
		if i < 0 {
			return false
		}
		p := off + i + len(key)
		off = p
		p = skipSpace(data, p)
		if p >= len(data) || data[p] != ':' {
			continue
		}
		p = skipSpace(data, p+1)
		if p < len(data) && data[p] == '3' && (p+1 == len(data) || !strings.ContainsRune("0123456789.eE", rune(data[p+1]))) {
			return true
		}
	}
}

func skipSpace(data []byte, p int) int {
	for p < len(data) && (data[p] == ' ' || data[p] == '\t' || data[p] == '\n' || data[p] == '\r') {
		p++
	}
	return p
}

// SourceMappingURL returns the map URL that a generated JavaScript or CSS
// file names in its last sourceMappingURL comment ("//# sourceMappingURL=
// main.js.map", the old "//@" form, or "/*# ... */" in CSS), so that a
// finding in the generated file can be traced through its map. The URL is
// relative to the generated file, or a data: URL for an inline map.
func SourceMappingURL(generated []byte) (string, bool) {
	const key = "sourceMappingURL="
	for end := len(generated); end > 0; {
		i := bytes.LastIndex(generated[:end], []byte(key))
		if i < 0 {
			return "", false
		}
		end = i
		if i < 4 {
			continue
		}
		lead := string(generated[i-4 : i])
		if lead != "//# " && lead != "//@ " && lead != "/*# " && lead != "/*@ " {
			continue
		}
		rest := generated[i+len(key):]
		n := bytes.IndexAny(rest, " \t\r\n")
		if n < 0 {
			n = len(rest)
		}
		url := strings.TrimSuffix(string(rest[:n]), "*/")
		if url != "" {
			return url, true
		}
	}
	return "", false
}
