package hardcoded

import (
	_ "embed"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/secretvet/secretvet/analyzers/internal/analyzerdoc"
	"github.com/secretvet/secretvet/analyzers/internal/diag"
	"github.com/secretvet/secretvet/analyzers/internal/engine"
	"github.com/secretvet/secretvet/finding"
	"github.com/secretvet/secretvet/fragment"
	"github.com/secretvet/secretvet/rules"
	"github.com/secretvet/secretvet/rules/remediation"
)

//go:embed doc.go
var doc string

// Analyzer reports secrets hard-coded in Go string constants.
var Analyzer = &analysis.Analyzer{
	Name: "hardcoded",
	Doc:  analyzerdoc.MustExtract(doc, "hardcoded"),
	URL:  "https://pkg.go.dev/github.com/secretvet/secretvet/analyzers/hardcoded",
	Run:  run,
}

func run(pass *analysis.Pass) (any, error) {
	c := &checker{pass: pass, uses: map[*types.Const][]constUse{}, markers: map[*ast.File]*markers{}}
	for _, f := range pass.Files {
		c.collect(f)
	}
	if len(c.sites) == 0 {
		return nil, nil // no string long enough to be a secret: no engine needed
	}
	eng, err := engine.ForPass(pass)
	if err != nil {
		return nil, err
	}
	c.eng = eng
	var found []*report
	for _, s := range c.sites {
		found = append(found, c.check(s)...)
	}
	c.emit(found)
	return nil, nil
}

// checker holds what one pass has learnt about the package.
type checker struct {
	pass  *analysis.Pass
	eng   *rules.Engine
	sites []*site
	// uses lists, for each constant of this package, where its value is
	// used: the fix that turns the constant into a variable must not break
	// any of them.
	uses    map[*types.Const][]constUse
	markers map[*ast.File]*markers
}

// site is a maximal constant string expression: the largest expression
// whose value is a string constant (a literal, a named constant, a
// concatenation of both, a conversion of one).
type site struct {
	file  *ast.File
	expr  ast.Expr
	stack []ast.Node // the ancestors of expr, outermost first
	value string
	// leaves are the literals and named constants the value is made of.
	leaves []ast.Expr
	// foreign is the constant of another package that the site names, when
	// the site is nothing but that name: the value is reported here, where
	// this package uses it.
	foreign *types.Const
	// local is the constant of this package that the site names, when the
	// site is nothing but that name: its declaration reports the value.
	local *types.Const
	// declares is the constant whose declaration the site is the value of.
	declares *types.Const
	// fixable says the value is written in this package (no leaf is a
	// constant of another package), so replacing the expression removes it.
	fixable bool
}

// constUse is one use of a constant of this package: the leaf that names it
// and the site it is part of.
type constUse struct {
	leaf ast.Expr
	site *site
}

// collect records every maximal constant string expression of f.
func (c *checker) collect(f *ast.File) {
	info := c.pass.TypesInfo
	var stack []ast.Node
	ast.Inspect(f, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		if e, ok := n.(ast.Expr); ok {
			if tv, ok := info.Types[e]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
				c.addSite(f, e, constant.StringVal(tv.Value), append([]ast.Node(nil), stack...))
				return false // the parts of a maximal expression are not maximal
			}
		}
		stack = append(stack, n)
		return true
	})
}

func (c *checker) addSite(f *ast.File, e ast.Expr, value string, stack []ast.Node) {
	s := &site{file: f, expr: e, stack: stack, value: value, fixable: true}
	c.leaves(e, &s.leaves)
	for _, l := range s.leaves {
		k := c.constOf(l)
		if k == nil {
			continue
		}
		if k.Pkg() == c.pass.Pkg {
			c.uses[k] = append(c.uses[k], constUse{leaf: l, site: s})
		} else {
			s.fixable = false
		}
		if len(s.leaves) == 1 {
			if k.Pkg() == c.pass.Pkg {
				s.local = k
			} else {
				s.foreign = k
			}
		}
	}
	if spec, i := c.valueSpecOf(s); spec != nil {
		if k, ok := c.pass.TypesInfo.Defs[spec.Names[i]].(*types.Const); ok {
			s.declares = k
		}
	}
	if len(value) < minSecretLen {
		return // recorded as a use above, but too short to be a secret
	}
	c.sites = append(c.sites, s)
}

// leaves appends the literals and constant names e is made of, looking
// through parentheses, + and conversions.
func (c *checker) leaves(e ast.Expr, out *[]ast.Expr) {
	e = ast.Unparen(e)
	switch x := e.(type) {
	case *ast.BinaryExpr:
		if x.Op == token.ADD {
			c.leaves(x.X, out)
			c.leaves(x.Y, out)
			return
		}
	case *ast.CallExpr:
		// a conversion from a string type: string(s), Token("…"); not
		// string(rune) or string(bytes)
		if tv, ok := c.pass.TypesInfo.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
			if t := c.pass.TypesInfo.TypeOf(x.Args[0]); t != nil && isString(t) {
				c.leaves(x.Args[0], out)
				return
			}
		}
	}
	*out = append(*out, e)
}

// constOf returns the named constant a leaf refers to, or nil.
func (c *checker) constOf(e ast.Expr) *types.Const {
	var id *ast.Ident
	switch x := e.(type) {
	case *ast.Ident:
		id = x
	case *ast.SelectorExpr:
		id = x.Sel
	default:
		return nil
	}
	k, _ := c.pass.TypesInfo.Uses[id].(*types.Const)
	return k
}

// parent returns the nearest ancestor of s.expr that is not a parenthesis,
// and the node just below it on the way to s.expr.
func (s *site) parent() (parent, child ast.Node) {
	child = s.expr
	for i := len(s.stack) - 1; i >= 0; i-- {
		if _, ok := s.stack[i].(*ast.ParenExpr); ok {
			child = s.stack[i]
			continue
		}
		return s.stack[i], child
	}
	return nil, child
}

// valueSpecOf returns the var or const spec that s is the i-th value of.
func (c *checker) valueSpecOf(s *site) (*ast.ValueSpec, int) {
	p, child := s.parent()
	spec, ok := p.(*ast.ValueSpec)
	if !ok || len(spec.Names) != len(spec.Values) {
		return nil, 0
	}
	for i, v := range spec.Values {
		if v == child {
			return spec, i
		}
	}
	return nil, 0
}

// report is one secret found at a site.
type report struct {
	site        *site
	ruleID      string
	description string
	secret      string
	// name is the identifier the value is assigned to, for the remediation
	// and the environment variable's name.
	name string
	// within are the constants of this package, among the site's leaves,
	// whose value holds the secret: when one of their declarations reports
	// it, this site does not.
	within []*types.Const
}

// check returns what the rules engine and the type-aware checks find at s.
func (c *checker) check(s *site) []*report {
	ctx := c.contextOf(s)
	if ctx.envName || ctx.headerName {
		return nil
	}
	var out []*report
	add := func(ruleID, desc, secret, name string) {
		r := &report{site: s, ruleID: ruleID, description: desc, secret: secret, name: name}
		for _, l := range s.leaves {
			if k := c.constOf(l); k != nil && k.Pkg() == c.pass.Pkg && k.Val().Kind() == constant.String &&
				strings.Contains(constant.StringVal(k.Val()), secret) {
				r.within = append(r.within, k)
			}
		}
		out = append(out, r)
	}
	cf := contextRule(s.value, ctx)
	// A site that only names a constant of this package has the
	// constant's value: the declaration ran the engine on it already.
	if s.local == nil {
		generic := true
		for _, m := range c.eng.Scan(rules.Target{Text: s.value, Path: c.filename(s)}) {
			if m.PathOnly || m.Secret == "" {
				continue
			}
			add(m.Rule.ID, m.Rule.Description, m.Secret, ctx.name)
			generic = generic && m.Rule.Generic()
		}
		// A specific rule says more than where the value goes; where the
		// value goes says more than a generic rule.
		if len(out) > 0 && (cf == nil || !generic) {
			return out
		}
		out = out[:0]
	}
	if cf != nil {
		add(cf.id, cf.description, cf.secret, cf.name)
	}
	return out
}

func (c *checker) filename(s *site) string {
	return c.pass.Fset.File(s.file.FileStart).Name()
}

// emit reports what survives de-duplication and suppression.
func (c *checker) emit(found []*report) {
	// A constant's declaration reports its secret; uses and concatenations
	// of the constant in this package do not report it again.
	type constSecret struct {
		k      *types.Const
		secret string
	}
	declared := map[constSecret]bool{}
	for _, r := range found {
		if r.site.declares != nil {
			declared[constSecret{r.site.declares, r.secret}] = true
		}
	}
	type posSecret struct {
		pos    token.Pos
		secret string
	}
	seen := map[posSecret]bool{}
	sort.SliceStable(found, func(i, j int) bool { return found[i].site.expr.Pos() < found[j].site.expr.Pos() })
	for _, r := range found {
		dup := false
		for _, k := range r.within {
			if declared[constSecret{k, r.secret}] {
				dup = true
			}
		}
		key := posSecret{r.site.expr.Pos(), r.secret}
		if dup || seen[key] {
			continue
		}
		seen[key] = true
		if c.allowed(r.site) {
			continue
		}
		c.pass.Report(c.diagnostic(r))
	}
}

// diagnostic turns a report into a diagnostic with its remediation and, where
// the result compiles, a fix.
func (c *checker) diagnostic(r *report) analysis.Diagnostic {
	s := r.site
	place := remediation.Place{RuleID: r.ruleID, Path: c.filename(s), Name: r.name}
	if s.declares != nil || s.foreign != nil || s.local != nil {
		place.Kind = fragment.GoConstant
	}
	rem := remediation.For(place)
	if strings.HasPrefix(r.ruleID, "go-") && envVar(rem, r) == strings.ToUpper(strings.ReplaceAll(r.ruleID, "-", "_")) {
		// The name was too vague for the remediation (secret, token) and
		// the rule's ID makes a poor variable name: APP_SECRET.
		place.Name = "app_" + r.name
		if r.name == "" {
			place.Name = "app_secret"
		}
		rem = remediation.For(place)
	}
	desc := diag.FirstSentence(r.description)
	if s.foreign != nil {
		desc += " in constant " + s.foreign.Pkg().Path() + "." + s.foreign.Name()
	}
	if s.local != nil {
		desc += " in constant " + s.local.Name()
	}
	d := analysis.Diagnostic{
		Pos:      s.expr.Pos(),
		End:      s.expr.End(),
		Category: r.ruleID,
		Message:  diag.Message(r.ruleID, desc, finding.Redact(r.secret), rem.Summary),
		URL:      diag.URL(r.ruleID),
	}
	if fix := c.fix(r, envVar(rem, r)); fix != nil {
		d.SuggestedFixes = []analysis.SuggestedFix{*fix}
	}
	return d
}

func isString(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}
