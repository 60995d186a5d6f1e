package sarif

import (
	"net/url"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// srcRoot is the base ID GitHub code scanning resolves against the checkout.
const srcRoot = "%SRCROOT%"

// artifactFor returns the artifact location of a reported path. Paths are
// relative to the scan root already; an absolute path is made relative to
// root. What cannot be made relative (outside root, or no root) becomes an
// absolute file URI without a base, which is valid SARIF but will not be
// mapped onto the repository.
func artifactFor(path, root string) artifactLocation {
	if filepath.IsAbs(path) {
		rel, ok := relativeTo(path, root)
		if !ok {
			return artifactLocation{URI: fileURI(path)}
		}
		path = rel
	}
	return artifactLocation{URI: relativeURI(path), URIBaseID: srcRoot}
}

func relativeTo(path, root string) (string, bool) {
	if root == "" {
		return "", false
	}
	root, err := filepath.Abs(root)
	if err != nil {
		return "", false
	}
	rel, err := filepath.Rel(root, path)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", false
	}
	return rel, true
}

// relativeURI turns a relative path into a relative URI reference: slashes,
// no "./", each segment percent-encoded. A colon is encoded too, because in
// the first segment it would read as a URI scheme ("c:x.txt").
func relativeURI(path string) string {
	segs := strings.Split(filepath.ToSlash(filepath.Clean(path)), "/")
	for i, s := range segs {
		segs[i] = strings.ReplaceAll(url.PathEscape(s), ":", "%3A")
	}
	return strings.Join(segs, "/")
}

func fileURI(abs string) string {
	p := filepath.ToSlash(abs)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // Windows: C:/x becomes /C:/x
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}

// rootURI is the absolute file URI of root with a trailing slash, as
// originalUriBaseIds requires, or "" when root cannot be resolved.
func rootURI(root string) string {
	if root == "" {
		return ""
	}
	abs, err := filepath.Abs(root)
	if err != nil {
		return ""
	}
	u := fileURI(abs)
	if !strings.HasSuffix(u, "/") {
		u += "/"
	}
	return u
}

// charColumn converts a 1-based byte column into a 1-based column in Unicode
// code points (the run's columnKind), using the text of the line when the
// finding carries it. Without the line, the byte column is the best we have;
// for ASCII lines the two agree.
func charColumn(line string, byteCol int) int {
	if line == "" || byteCol < 1 || byteCol-1 > len(line) {
		return byteCol
	}
	return utf8.RuneCountInString(line[:byteCol-1]) + 1
}
