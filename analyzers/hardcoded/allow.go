package hardcoded

import (
	"go/ast"
	"go/token"

	"github.com/secretvet/secretvet/suppress"
)

// markers are the lines of a file whose comments accept a secret
// (//secretvet:allow <reason>, //nolint:secretvet, gitleaks:allow).
type markers struct {
	// onLine: a marker comment ends on this line (it accepts its line).
	onLine map[int]bool
	// alone: the marker comment is alone on this line (it accepts the next).
	alone map[int]bool
}

// allowed reports whether the user accepted the secret at s: a marker on
// the expression's first or last line, or alone on the line above.
func (c *checker) allowed(s *site) bool {
	m := c.markersOf(s.file)
	if len(m.onLine) == 0 {
		return false
	}
	first := c.pass.Fset.Position(s.expr.Pos()).Line
	last := c.pass.Fset.Position(s.expr.End()).Line
	return m.onLine[first] || m.onLine[last] || m.alone[first-1]
}

func (c *checker) markersOf(f *ast.File) *markers {
	if m, ok := c.markers[f]; ok {
		return m
	}
	m := &markers{onLine: map[int]bool{}, alone: map[int]bool{}}
	c.markers[f] = m
	var content []byte
	tf := c.pass.Fset.File(f.FileStart)
	for _, g := range f.Comments {
		for _, cm := range g.List {
			if !suppress.InlineAllowed(cm.Text) {
				continue
			}
			start := c.pass.Fset.Position(cm.Pos())
			m.onLine[c.pass.Fset.Position(cm.End()).Line] = true
			m.onLine[start.Line] = true
			if content == nil && tf != nil {
				content, _ = c.pass.ReadFile(tf.Name())
			}
			if blankBefore(content, tf, start) {
				m.alone[start.Line] = true
			}
		}
	}
	return m
}

// blankBefore reports whether only spaces precede position p on its line.
func blankBefore(content []byte, tf *token.File, p token.Position) bool {
	if tf == nil || p.Offset > len(content) {
		return false
	}
	lineStart := tf.Offset(tf.LineStart(p.Line))
	for _, b := range content[lineStart:p.Offset] {
		if b != ' ' && b != '\t' {
			return false
		}
	}
	return true
}
