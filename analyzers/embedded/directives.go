package embedded

import (
	"fmt"
	"go/ast"
	"go/token"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"unicode"
)

// directive is one //go:embed comment: where it is and its patterns.
type directive struct {
	pos      token.Pos
	patterns []string
}

// directives returns the //go:embed directives of f.
func directives(f *ast.File) []directive {
	var out []directive
	for _, g := range f.Comments {
		for _, c := range g.List {
			rest, ok := strings.CutPrefix(c.Text, "//go:embed")
			if !ok || (rest != "" && rest[0] != ' ' && rest[0] != '\t') {
				continue
			}
			pats, err := parsePatterns(rest)
			if err != nil || len(pats) == 0 {
				continue // the compiler reports malformed directives
			}
			out = append(out, directive{pos: c.Pos(), patterns: pats})
		}
	}
	return out
}

// parsePatterns splits a directive's arguments: space-separated patterns,
// each possibly a Go string literal ("…" or `…`), as go/build reads them.
func parsePatterns(args string) ([]string, error) {
	var pats []string
	s := strings.TrimSpace(args)
	for s != "" {
		var p string
		switch s[0] {
		case '"', '`':
			end := 1
			for ; end < len(s); end++ {
				if s[0] == '"' && s[end] == '\\' {
					end++
					continue
				}
				if s[end] == s[0] {
					break
				}
			}
			if end >= len(s) {
				return nil, fmt.Errorf("unterminated string in %q", args)
			}
			q, err := strconv.Unquote(s[:end+1])
			if err != nil {
				return nil, fmt.Errorf("bad quoted pattern in %q: %w", args, err)
			}
			p, s = q, s[end+1:]
		default:
			end := strings.IndexFunc(s, unicode.IsSpace)
			if end < 0 {
				end = len(s)
			}
			p, s = s[:end], s[end:]
		}
		pats = append(pats, p)
		s = strings.TrimLeftFunc(s, unicode.IsSpace)
	}
	return pats, nil
}

// resolve returns the files that pattern embeds, relative to dir (the
// package directory), with the go command's rules.
func resolve(dir, pattern string) []string {
	all := false
	if p, ok := strings.CutPrefix(pattern, "all:"); ok {
		all, pattern = true, p
	}
	if pattern == "" || path.IsAbs(pattern) || strings.HasPrefix(pattern, "../") || strings.Contains(pattern, "/../") {
		return nil // invalid: the compiler says so
	}
	matches, err := filepath.Glob(filepath.Join(dir, filepath.FromSlash(pattern)))
	if err != nil {
		return nil
	}
	var files []string
	for _, m := range matches {
		info, err := os.Lstat(m)
		if err != nil {
			continue
		}
		switch {
		case info.Mode().IsRegular():
			files = append(files, m) // named explicitly: included whatever its name
		case info.IsDir():
			files = append(files, walk(m, all)...)
		}
	}
	return files
}

// walk lists the regular files under root that embedding the directory
// includes: not those whose name starts with . or _ (unless all), not
// those in a nested module, not symbolic links.
func walk(root string, all bool) []string {
	var files []string
	_ = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil // unreadable: the compiler reports it
		}
		if p != root {
			name := d.Name()
			if !all && (strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")) {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
		}
		if d.IsDir() {
			if p != root {
				if _, err := os.Stat(filepath.Join(p, "go.mod")); err == nil {
					return filepath.SkipDir
				}
			}
			return nil
		}
		if d.Type().IsRegular() {
			files = append(files, p)
		}
		return nil
	})
	return files
}
