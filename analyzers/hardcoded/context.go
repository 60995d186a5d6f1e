package hardcoded

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"regexp"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// sink is a parameter or field whose value is a credential.
type sink int

const (
	noSink     sink = iota
	sinkHeader      // http.Header.Set/Add of a credential header
	sinkBasic       // (*http.Request).SetBasicAuth, url.UserPassword: the password
	sinkOAuth2      // oauth2.Config / clientcredentials.Config ClientSecret
	sinkURL         // http.NewRequest, http.Get, url.Parse…: a URL
	sinkDSN         // sql.Open: a data source name
)

// context is what the type checker tells about where a value goes.
type context struct {
	// name is the variable, constant, field, map key, parameter or function
	// the value is assigned to, compared with or returned from.
	name   string
	sink   sink
	header string // for sinkHeader: the header's name
	// envName: the value is the name of an environment variable
	// (os.Getenv's argument); headerName: the name of an HTTP header.
	envName, headerName bool
}

// contextOf finds where the value of s goes.
func (c *checker) contextOf(s *site) context {
	var ctx context
	p, child := s.parent()
	switch p := p.(type) {
	case *ast.ValueSpec:
		if spec, i := c.valueSpecOf(s); spec != nil {
			ctx.name = spec.Names[i].Name
		}
	case *ast.AssignStmt:
		if len(p.Lhs) == len(p.Rhs) {
			for i, r := range p.Rhs {
				if r == child {
					ctx.name = c.exprName(p.Lhs[i])
				}
			}
		}
	case *ast.KeyValueExpr:
		if p.Value == child {
			c.keyContext(s, p, &ctx)
		}
	case *ast.CallExpr:
		c.callContext(p, child, &ctx)
	case *ast.BinaryExpr:
		if p.Op == token.EQL || p.Op == token.NEQ {
			other := p.X
			if p.X == child {
				other = p.Y
			}
			ctx.name = c.exprName(other)
		}
	case *ast.ReturnStmt:
		// func (c *Config) Password() string { return "…" }
		for i := len(s.stack) - 1; i >= 0; i-- {
			if _, ok := s.stack[i].(*ast.FuncLit); ok {
				break
			}
			if fd, ok := s.stack[i].(*ast.FuncDecl); ok {
				if len(p.Results) == 1 {
					ctx.name = fd.Name.Name
				}
				break
			}
		}
	}
	return ctx
}

// exprName is the name an assignment's left side or a comparison's operand
// gives: x, cfg.Password, m["password"].
func (c *checker) exprName(e ast.Expr) string {
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		if x.Name != "_" {
			return x.Name
		}
	case *ast.SelectorExpr:
		return x.Sel.Name
	case *ast.StarExpr:
		return c.exprName(x.X)
	case *ast.IndexExpr:
		return c.keyName(x.Index)
	}
	return ""
}

// keyName is the name a constant map key gives its value, when the key is
// a name (client_secret, api-key, db.password) rather than a sentence or a
// path.
func (c *checker) keyName(key ast.Expr) string {
	tv, ok := c.pass.TypesInfo.Types[key]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return ""
	}
	if k := constant.StringVal(tv.Value); keyLike.MatchString(k) {
		return k
	}
	return ""
}

var keyLike = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_.-]{0,63}$`)

// oauth2Configs are the packages whose Config type holds a ClientSecret.
// Matched by path so that secretvet does not depend on them.
var oauth2Configs = map[string]bool{
	"golang.org/x/oauth2":                   true,
	"golang.org/x/oauth2/clientcredentials": true,
}

// keyContext handles a value in a composite literal: a struct field (by
// name, and oauth2's ClientSecret) or a map entry (by its key).
func (c *checker) keyContext(s *site, kv *ast.KeyValueExpr, ctx *context) {
	var lit *ast.CompositeLit
	for i := len(s.stack) - 1; i > 0; i-- {
		if s.stack[i] == kv {
			lit, _ = s.stack[i-1].(*ast.CompositeLit)
			break
		}
	}
	if lit == nil {
		return
	}
	t := c.pass.TypesInfo.TypeOf(lit)
	if t == nil {
		return // type information may be incomplete
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	switch t.Underlying().(type) {
	case *types.Struct:
		key, ok := kv.Key.(*ast.Ident)
		if !ok {
			return
		}
		ctx.name = key.Name
		if n, ok := types.Unalias(t).(*types.Named); ok && key.Name == "ClientSecret" &&
			n.Obj().Name() == "Config" && n.Obj().Pkg() != nil && oauth2Configs[n.Obj().Pkg().Path()] {
			ctx.sink = sinkOAuth2
		}
	case *types.Map:
		ctx.name = c.keyName(kv.Key)
	}
}

// callContext handles a value passed to a function: the well-known sinks by
// package and name, else the parameter's name.
func (c *checker) callContext(call *ast.CallExpr, child ast.Node, ctx *context) {
	idx := -1
	for i, a := range call.Args {
		if a == child {
			idx = i
		}
	}
	if idx < 0 {
		return
	}
	fn, ok := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
	if !ok {
		return
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok {
		return
	}
	path := ""
	if fn.Pkg() != nil {
		path = fn.Pkg().Path()
	}
	recv := ""
	if r := sig.Recv(); r != nil {
		t := r.Type()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := types.Unalias(t).(*types.Named); ok {
			recv = n.Obj().Name()
		}
	}
	name := fn.Name()
	switch {
	case (path == "os" || path == "syscall") && idx == 0 &&
		(name == "Getenv" || name == "LookupEnv" || name == "Setenv" || name == "Unsetenv"):
		ctx.envName = true
		return
	case path == "net/http" && recv == "Header":
		if idx == 0 {
			ctx.headerName = true
			return
		}
		if (name == "Set" || name == "Add") && idx == 1 && len(call.Args) == 2 {
			if tv, ok := c.pass.TypesInfo.Types[call.Args[0]]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
				if h := constant.StringVal(tv.Value); credentialHeader(h) {
					ctx.sink, ctx.header = sinkHeader, h
				}
			}
			return
		}
	case path == "net/http" && recv == "Request" && name == "SetBasicAuth" && idx == 1,
		path == "net/url" && recv == "" && name == "UserPassword" && idx == 1:
		ctx.sink = sinkBasic
		return
	case path == "net/http" && idx == 0 && (name == "Get" || name == "Head" || name == "Post" || name == "PostForm"),
		path == "net/http" && recv == "" && name == "NewRequest" && idx == 1,
		path == "net/http" && recv == "" && name == "NewRequestWithContext" && idx == 2,
		path == "net/url" && recv == "" && (name == "Parse" || name == "ParseRequestURI") && idx == 0:
		ctx.sink = sinkURL
		return
	case path == "database/sql" && recv == "" && name == "Open" && idx == 1:
		ctx.sink = sinkDSN
		return
	}
	params := sig.Params()
	switch {
	case sig.Variadic() && idx >= params.Len()-1:
		ctx.name = params.At(params.Len() - 1).Name()
	case idx < params.Len():
		ctx.name = params.At(idx).Name()
	}
}

// contextFinding is a secret found by where a value goes rather than by
// what it looks like.
type contextFinding struct {
	id, description, secret string
	// name for the remediation and the environment variable.
	name string
}

// The analyzer's own rules. Their IDs are stable: suppressions and
// baselines refer to them.
const (
	ruleHeader     = "go-authorization-header"
	ruleBasic      = "go-basic-auth-password"
	ruleOAuth2     = "go-oauth2-client-secret"
	ruleURL        = "go-url-password"
	ruleDSN        = "go-dsn-password"
	ruleCredential = "go-hardcoded-credential"
)

// contextRule applies the type-aware checks to value v going to ctx.
func contextRule(v string, ctx context) *contextFinding {
	switch ctx.sink {
	case sinkHeader:
		if cred, ok := headerCredential(v); ok {
			return &contextFinding{ruleHeader, "Literal credential in the HTTP " + ctx.header + " header", cred, headerVar(ctx.header)}
		}
		return nil
	case sinkBasic:
		if !notASecret(v, false) {
			return &contextFinding{ruleBasic, "Literal password for HTTP basic authentication", v, "basicAuthPassword"}
		}
		return nil
	case sinkOAuth2:
		if !notASecret(v, false) {
			return &contextFinding{ruleOAuth2, "Literal OAuth2 client secret", v, "oauthClientSecret"}
		}
		return nil
	case sinkDSN:
		if p, ok := dsnPassword(v); ok {
			return &contextFinding{ruleDSN, "Database connection string with a literal password", p, "dbPassword"}
		}
		return nil
	}
	if p, ok := urlPassword(v); ok {
		return &contextFinding{ruleURL, "URL with a literal password", p, passwordVar(ctx.name)}
	}
	if dsnName(ctx.name) || connectionString(v) {
		if p, ok := dsnPassword(v); ok {
			return &contextFinding{ruleDSN, "Database connection string with a literal password", p, passwordVar(ctx.name)}
		}
	}
	if ctx.name != "" && secretName(ctx.name) {
		cred := v
		if c, ok := headerCredential(v); ok {
			cred = c // "Bearer abc…": the credential is abc…
		}
		if !notASecret(cred, true) {
			return &contextFinding{ruleCredential, "Literal value in " + ctx.name + ", a secret by its name", cred, ctx.name}
		}
	}
	return nil
}

// headerVar names the variable for a header's credential: API_TOKEN for
// Authorization, API_KEY for X-API-Key.
func headerVar(header string) string {
	ws := words(header)
	if len(ws) > 1 && ws[0] == "x" {
		ws = ws[1:]
	}
	switch strings.Join(ws, "_") {
	case "authorization", "proxy_authorization":
		return "API_TOKEN"
	}
	return strings.ToUpper(strings.Join(ws, "_"))
}

// passwordVar names the variable for a password found in a URL or
// connection string assigned to name: dbURL → dbPassword.
func passwordVar(name string) string {
	var keep []string
	for _, w := range words(name) {
		switch w {
		case "url", "uri", "dsn", "addr", "address", "endpoint", "conn", "connection", "string", "str", "source", "data":
			continue
		}
		keep = append(keep, w)
	}
	return strings.Join(append(keep, "password"), "_")
}

// dsnName reports names of connection strings: dsn, connString,
// databaseURL, DB_CONNECTION_STRING.
func dsnName(name string) bool {
	ws := words(name)
	has := func(w string) bool {
		for _, x := range ws {
			if x == w {
				return true
			}
		}
		return false
	}
	return has("dsn") || ((has("conn") || has("connection")) && (has("string") || has("str"))) ||
		((has("db") || has("database")) && (has("url") || has("uri")))
}

// connectionString reports key=value connection strings (libpq, SQL Server,
// ODBC): they name a host or a database as well as a password.
func connectionString(v string) bool {
	if strings.Count(v, "=") < 2 {
		return false
	}
	lower := strings.ToLower(v)
	for _, k := range []string{"host=", "server=", "data source=", "dbname=", "database=", "user=", "user id=", "uid="} {
		if strings.Contains(lower, k) {
			return true
		}
	}
	return false
}
