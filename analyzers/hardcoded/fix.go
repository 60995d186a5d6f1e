package hardcoded

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/secretvet/secretvet/finding"
)

var getenvCall = regexp.MustCompile(`os\.Getenv\("([A-Za-z_][A-Za-z0-9_]*)"\)`)

// envVar is the environment variable that replaces the secret: the one the
// remediation names (API_TOKEN for apiToken, DT_API_TOKEN for an unnamed
// Dynatrace token), so that the message and the fix agree.
func envVar(rem finding.Remediation, r *report) string {
	if m := getenvCall.FindStringSubmatch(rem.Replacement); m != nil {
		return m[1]
	}
	if n := strings.ToUpper(strings.Join(words(r.name), "_")); n != "" && !('0' <= n[0] && n[0] <= '9') {
		return n
	}
	return "SECRET"
}

// fix replaces the secret in the expression with os.Getenv(env), keeping
// whatever the value holds around it, when the result compiles: the value
// is written in this package, appears once, is not needed as a constant,
// and "os" can be referred to (the import is added when missing).
func (c *checker) fix(r *report, env string) *analysis.SuggestedFix {
	s := r.site
	if !s.fixable || s.local != nil || s.foreign != nil {
		return nil // the literal is elsewhere: the fix belongs there
	}
	i := strings.Index(s.value, r.secret)
	if i < 0 || strings.Contains(s.value[i+1:], r.secret) {
		return nil
	}
	if c.constantRequired(s) {
		return nil
	}
	var edits []analysis.TextEdit
	if s.declares != nil {
		e, ok := c.constToVar(s)
		if !ok {
			return nil
		}
		edits = append(edits, e)
	}
	osName, importEdit, ok := c.osPackage(s)
	if !ok {
		return nil
	}
	conv, ok := c.conversion(s)
	if !ok {
		return nil
	}
	call := osName + ".Getenv(" + strconv.Quote(env) + ")"
	var parts []string
	if pre := s.value[:i]; pre != "" {
		parts = append(parts, strconv.Quote(pre))
	}
	parts = append(parts, call)
	if suf := s.value[i+len(r.secret):]; suf != "" {
		parts = append(parts, strconv.Quote(suf))
	}
	expr := strings.Join(parts, " + ")
	switch {
	case conv != "":
		expr = conv + "(" + expr + ")"
	case len(parts) > 1 && !operandSafe(s):
		expr = "(" + expr + ")"
	}
	edits = append(edits, analysis.TextEdit{Pos: s.expr.Pos(), End: s.expr.End(), NewText: []byte(expr)})
	if importEdit != nil {
		edits = append(edits, *importEdit)
	}
	sort.Slice(edits, func(i, j int) bool { return edits[i].Pos < edits[j].Pos })
	return &analysis.SuggestedFix{
		Message:   fmt.Sprintf("Read %s with os.Getenv; keep the value in the Credential Vault and set %s from it", env, env),
		TextEdits: edits,
	}
}

// operandSafe reports whether a + expression can replace s without
// parentheses: s is a whole value, an argument, or an operand of +.
func operandSafe(s *site) bool {
	p, _ := s.parent()
	switch p := p.(type) {
	case *ast.ValueSpec, *ast.AssignStmt, *ast.KeyValueExpr, *ast.CallExpr, *ast.ReturnStmt, *ast.CompositeLit, *ast.SendStmt:
		return true
	case *ast.BinaryExpr:
		return p.Op == token.ADD
	}
	return false
}

// constantRequired reports whether Go needs s to be a constant where it
// stands: inside a constant declaration (other than as its whole value,
// which constToVar handles), an array length, a case clause, or an
// operand of a larger constant expression such as len("…").
func (c *checker) constantRequired(s *site) bool {
	for i, n := range s.stack {
		var child ast.Node = s.expr
		if i+1 < len(s.stack) {
			child = s.stack[i+1]
		}
		switch n := n.(type) {
		case *ast.GenDecl:
			if n.Tok == token.CONST && s.declares == nil {
				return true
			}
		case *ast.ArrayType:
			if child == n.Len {
				return true
			}
		case *ast.CaseClause:
			for _, e := range n.List {
				if e == child {
					return true
				}
			}
		}
	}
	if p, _ := s.parent(); p != nil {
		if e, ok := p.(ast.Expr); ok {
			if tv, ok := c.pass.TypesInfo.Types[e]; ok && tv.Value != nil {
				return true
			}
		}
	}
	return false
}

// constToVar turns `const X = "…"` into `var X = …` when nothing needs X to
// be a constant: a single-name, single-spec declaration of an unexported
// (or local) constant whose every use in the package takes a plain value
// of its type. Importers might need an exported constant, and a local
// variable must be used, so those keep their const and get no fix.
func (c *checker) constToVar(s *site) (analysis.TextEdit, bool) {
	var gd *ast.GenDecl
	var spec *ast.ValueSpec
	for i := len(s.stack) - 1; i >= 0; i-- {
		switch n := s.stack[i].(type) {
		case *ast.ValueSpec:
			spec = n
		case *ast.GenDecl:
			gd = n
		}
		if gd != nil {
			break
		}
	}
	k := s.declares
	if gd == nil || spec == nil || gd.Tok != token.CONST || len(gd.Specs) != 1 || len(spec.Names) != 1 {
		return analysis.TextEdit{}, false
	}
	pkgLevel := k.Parent() == c.pass.Pkg.Scope()
	if (pkgLevel && k.Exported()) || (!pkgLevel && len(c.uses[k]) == 0) {
		return analysis.TextEdit{}, false
	}
	want := types.Default(k.Type())
	for _, u := range c.uses[k] {
		if u.site.declares != nil || c.constantRequired(u.site) {
			return analysis.TextEdit{}, false
		}
		// An untyped use inside a larger constant expression ("…" + X)
		// takes the type of the whole.
		t := c.pass.TypesInfo.TypeOf(u.leaf)
		if isUntyped(t) {
			t = c.pass.TypesInfo.TypeOf(u.site.expr)
		}
		if t == nil || !types.Identical(types.Default(t), want) {
			return analysis.TextEdit{}, false
		}
	}
	return analysis.TextEdit{Pos: gd.TokPos, End: gd.TokPos + token.Pos(len("const")), NewText: []byte("var")}, true
}

// osPackage returns how s's file refers to package os, and the edit that
// imports it when the file does not. ok is false when the name os means
// something else at s and no other name for os is in scope.
func (c *checker) osPackage(s *site) (name string, edit *analysis.TextEdit, ok bool) {
	pos := s.expr.Pos()
	scope := c.pass.TypesInfo.Scopes[s.file]
	if inner := c.pass.Pkg.Scope().Innermost(pos); inner != nil {
		scope = inner
	}
	if scope == nil {
		return "", nil, false
	}
	isOS := func(n string) bool {
		_, obj := scope.LookupParent(n, pos)
		pn, ok := obj.(*types.PkgName)
		return ok && pn.Imported().Path() == "os"
	}
	if isOS("os") {
		return "os", nil, true
	}
	for _, imp := range s.file.Imports {
		if imp.Name != nil && imp.Path.Value == `"os"` && isOS(imp.Name.Name) {
			return imp.Name.Name, nil, true
		}
	}
	if _, obj := scope.LookupParent("os", pos); obj != nil {
		return "", nil, false // os is something else here
	}
	return "os", importOS(s.file), true
}

// importOS is the edit that adds import "os" to f (go fix does not add
// imports; gofmt sorts the import block afterwards).
func importOS(f *ast.File) *analysis.TextEdit {
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.IMPORT {
			continue
		}
		if gd.Lparen.IsValid() {
			return &analysis.TextEdit{Pos: gd.Lparen + 1, End: gd.Lparen + 1, NewText: []byte("\n\t\"os\"")}
		}
		return &analysis.TextEdit{Pos: gd.End(), End: gd.End(), NewText: []byte("\nimport \"os\"")}
	}
	return &analysis.TextEdit{Pos: f.Name.End(), End: f.Name.End(), NewText: []byte("\n\nimport \"os\"")}
}

// conversion returns the conversion os.Getenv's string needs to take the
// type the value has at s ("" for string), and false when that type cannot
// be named at s.
func (c *checker) conversion(s *site) (string, bool) {
	tv, ok := c.pass.TypesInfo.Types[s.expr]
	if !ok {
		return "", false
	}
	t := types.Unalias(tv.Type)
	if b, ok := t.(*types.Basic); ok && (b.Kind() == types.String || b.Kind() == types.UntypedString) {
		return "", true
	}
	n, ok := t.(*types.Named)
	if !ok || n.TypeParams().Len() > 0 {
		return "", false
	}
	obj := n.Obj()
	pos := s.expr.Pos()
	scope := c.pass.Pkg.Scope().Innermost(pos)
	if scope == nil {
		return "", false
	}
	if obj.Pkg() == c.pass.Pkg {
		if _, found := scope.LookupParent(obj.Name(), pos); found == obj {
			return obj.Name(), true
		}
		return "", false
	}
	for _, imp := range s.file.Imports {
		p, err := strconv.Unquote(imp.Path.Value)
		if err != nil || obj.Pkg() == nil || p != obj.Pkg().Path() {
			continue
		}
		name := obj.Pkg().Name()
		if imp.Name != nil {
			name = imp.Name.Name
		}
		if _, found := scope.LookupParent(name, pos); found != nil {
			if pn, ok := found.(*types.PkgName); ok && pn.Imported() == obj.Pkg() {
				return name + "." + obj.Name(), true
			}
		}
	}
	return "", false
}

func isUntyped(t types.Type) bool {
	b, ok := t.(*types.Basic)
	return ok && b.Info()&types.IsUntyped != 0
}
