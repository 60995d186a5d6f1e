// Package analyzerdoc extracts an analyzer's documentation from the package
// comment of its doc.go, so that godoc and `go vet -NAME.help` show the same
// text (the convention of golang.org/x/tools/go/analysis/passes, whose own
// helper is internal to x/tools).
package analyzerdoc

import (
	"errors"
	"fmt"
	"go/parser"
	"go/token"
	"strings"
)

// Extract returns the section of the package comment in content (the text
// of a doc.go file) under the heading "# Analyzer NAME": the section must
// start with a "NAME: summary" line, and Extract returns what follows the
// colon, the form analysis.Analyzer.Doc expects.
func Extract(content, name string) (string, error) {
	if content == "" {
		return "", errors.New("empty Go source file")
	}
	f, err := parser.ParseFile(token.NewFileSet(), "doc.go", content, parser.ParseComments|parser.PackageClauseOnly)
	if err != nil {
		return "", fmt.Errorf("not a Go source file: %w", err)
	}
	if f.Doc == nil {
		return "", errors.New("no package comment")
	}
	for _, section := range strings.Split("\n"+f.Doc.Text(), "\n# ") {
		body, ok := strings.CutPrefix(section, "Analyzer "+name)
		if !ok || body == "" || (body[0] != '\n' && body[0] != '\r') {
			continue
		}
		body = strings.TrimSpace(body)
		rest, ok := strings.CutPrefix(body, name+":")
		if !ok {
			return "", fmt.Errorf("heading 'Analyzer %s' is not followed by a '%s: summary' line", name, name)
		}
		return strings.TrimSpace(rest), nil
	}
	return "", fmt.Errorf("package comment has no 'Analyzer %s' heading", name)
}

// MustExtract is Extract for package initialisation: a doc.go without the
// section is a programming error.
func MustExtract(content, name string) string {
	doc, err := Extract(content, name)
	if err != nil {
		panic(fmt.Sprintf("analyzer %s: %v", name, err))
	}
	return doc
}
