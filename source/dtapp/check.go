package dtapp

import (
	"fmt"
	"path"
	"sort"
	"strings"

	"github.com/secretvet/secretvet/finding"
	"github.com/secretvet/secretvet/fragment"
)

// Rule ids of the dt-app checks.
const (
	RuleMissingScope          = "dtapp-missing-scope"
	RuleUnusedPrivilegedScope = "dtapp-unused-privileged-scope"
	RuleScopeWithoutComment   = "dtapp-scope-without-comment"
	RuleSourceMapsShipped     = "dtapp-source-maps-shipped"
)

// sourceDirs are the folders whose code runs as the app.
var sourceDirs = []string{"api/", "ui/", "actions/"}

// call is one SDK call found in the project's code.
type call struct {
	path      string // relative to the project
	line, col int
	client    string
	method    string
	scope     string
	lineText  string
	callSpan  [2]int
}

// Check reviews one dt-app project. root is the project's folder as
// findings name it (slash-separated, "" for the current folder); files maps
// paths relative to root (slash-separated) to their content: the app config
// (see ConfigNames) and the code under api/, ui/ and actions/. Other files
// are ignored. Without an app config that has an app id there is no
// project and no finding. An app config that cannot be read is returned as
// skipped, with its reason.
func Check(root string, files map[string][]byte) ([]finding.Finding, []finding.Skipped) {
	var cfg *appConfig
	for _, n := range ConfigNames {
		data, ok := files[n]
		if !ok {
			continue
		}
		c, err := parseConfig(n, data)
		if err != nil {
			return nil, []finding.Skipped{{Path: join(root, n), Reason: "dt-app checks not run: " + err.Error()}}
		}
		cfg = c
		break
	}
	if cfg == nil || cfg.id == "" {
		return nil, nil
	}
	calls := findCalls(files)
	r := &review{root: root, cfg: cfg}
	r.missing(calls)
	r.unused(calls)
	r.comments()
	r.sourceMaps()
	return r.out, nil
}

// findCalls lists the SDK calls in the project's code, in path order.
func findCalls(files map[string][]byte) []call {
	var paths []string
	for p := range files {
		if isSource(p) {
			paths = append(paths, p)
		}
	}
	sort.Strings(paths)
	var out []call
	for _, p := range paths {
		text := string(files[p])
		var lines *fragment.Lines
		for _, m := range sdkCall.FindAllStringSubmatchIndex(text, -1) {
			if lines == nil {
				lines = fragment.NewLines(text)
			}
			client, method := text[m[2]:m[3]], text[m[4]:m[5]]
			pos := lines.Locate(m[0])
			s, e := fragment.LineBounds(text, m[0])
			out = append(out, call{path: p, line: pos.Line, col: pos.Column, client: client, method: method,
				scope: sdkClients[client].scopeFor(method), lineText: text[s:e], callSpan: [2]int{m[0] - s, m[5] - s}})
		}
	}
	return out
}

// isSource: JS or TS code under api/, ui/ or actions/, not a test.
func isSource(p string) bool {
	in := false
	for _, d := range sourceDirs {
		in = in || strings.HasPrefix(p, d)
	}
	if !in || strings.Contains(p, "/node_modules/") {
		return false
	}
	base := path.Base(p)
	if strings.Contains(base, ".test.") || strings.Contains(base, ".spec.") {
		return false
	}
	switch path.Ext(base) {
	case ".ts", ".tsx", ".js", ".jsx", ".mjs", ".cjs", ".mts", ".cts":
		return true
	}
	return false
}

func join(root, p string) string {
	if root == "" || root == "." {
		return p
	}
	return strings.TrimSuffix(root, "/") + "/" + p
}

// review collects the findings of one project.
type review struct {
	root string
	cfg  *appConfig
	out  []finding.Finding
}

// missing raises one finding per needed scope that is not declared, at the
// first call that needs it.
func (r *review) missing(calls []call) {
	seen := map[string]bool{}
	for _, c := range calls {
		if c.scope == "" || seen[c.scope] || r.cfg.declares(c.scope) {
			continue
		}
		seen[c.scope] = true
		n := 0
		for _, d := range calls {
			if d.scope == c.scope {
				n++
			}
		}
		name, why := c.scope, fmt.Sprintf("%s.%s", c.client, c.method)
		if c.scope == storageRead {
			name = "storage:<table>:read"
		}
		f := finding.Finding{
			RuleID:      RuleMissingScope,
			Description: fmt.Sprintf("%s.%s needs the scope %s, which app.config of %s does not declare (%d call(s) need it): the call fails at run time", c.client, c.method, name, r.cfg.id, n),
			Severity:    finding.Medium,
			Path:        join(r.root, c.path),
			Line:        c.line, Column: c.col, EndLine: c.line, EndColumn: c.col + c.callSpan[1] - c.callSpan[0],
			LineText: c.lineText, SecretInLine: [2]int{-1, -1},
			Remediation: finding.Remediation{
				Summary:     fmt.Sprintf("Declare %s in app.scopes of %s, with the reason in its comment.", name, r.cfg.path),
				Replacement: fmt.Sprintf(`{ "name": %q, "comment": "%s" }`, name, "used by "+why),
				Language:    "json",
			},
		}
		if c.scope == storageRead {
			f.Remediation.Steps = []string{"Declare the storage:<table>:read scope of each table the DQL reads (storage:logs:read, storage:events:read, …) and storage:buckets:read."}
		}
		r.add(f, c.scope)
	}
}

// unused raises every declared privileged scope that no known call needs.
func (r *review) unused(calls []call) {
	for _, s := range r.cfg.scopes {
		if !privileged(s.name) {
			continue
		}
		used := false
		for _, c := range calls {
			used = used || satisfies(s.name, c.scope)
		}
		if used {
			continue
		}
		f := r.atScope(s, RuleUnusedPrivilegedScope, finding.Medium,
			fmt.Sprintf("The app %s declares the privileged scope %s, and no code under api/, ui/ or actions/ calls an SDK function that needs it: review it (least privilege)", r.cfg.id, s.name))
		f.Remediation = finding.Remediation{
			Summary: fmt.Sprintf("Remove %s from app.scopes unless the app needs it: every user who runs the app lends it this permission.", s.name),
			Steps: []string{
				"If the app needs it through a call this check does not know (fetch to a platform API, another SDK client), say which in the scope's comment and keep it.",
				"Prefer the read scope when the app only reads.",
			},
		}
		r.add(f, s.name)
	}
}

// comments raises every scope without a justification.
func (r *review) comments() {
	for _, s := range r.cfg.scopes {
		if strings.TrimSpace(s.comment) != "" {
			continue
		}
		what := "has no comment"
		if s.hasComment {
			what = "has an empty comment"
		}
		f := r.atScope(s, RuleScopeWithoutComment, finding.Low,
			fmt.Sprintf("The scope %s of the app %s %s: the comment is the justification shown in permission reviews", s.name, r.cfg.id, what))
		f.Remediation = finding.Remediation{
			Summary:     "Say in the scope's comment why the app needs it.",
			Replacement: fmt.Sprintf(`{ "name": %q, "comment": "<what the app does with it>" }`, s.name),
			Language:    "json",
		}
		r.add(f, s.name)
	}
}

// sourceMaps raises build.sourceMaps true or 'all'.
func (r *review) sourceMaps() {
	if r.cfg.sourceMaps == "" {
		return
	}
	s := &scope{name: "build.sourceMaps", at: r.cfg.sourceAt}
	what := "the app's own sources"
	if r.cfg.sourceMaps == "all" {
		what = "the app's sources and those of node_modules"
	}
	f := r.atScope(s, RuleSourceMapsShipped, finding.Medium,
		fmt.Sprintf("build.sourceMaps is %s in %s: the built app ships source maps whose sourcesContent holds %s, readable by anyone who can load the app", r.cfg.sourceMaps, r.cfg.path, what))
	f.Remediation = finding.Remediation{
		Summary:     "Do not ship source maps with the app build; keep them for development.",
		Replacement: `"build": { "sourceMaps": false }`,
		Language:    "json",
		Steps:       []string{"Check the shipped dist/ and out/artifact.zip: a secret in the source is in the map too."},
	}
	r.add(f, r.cfg.data[s.at.start:s.at.end])
}

// atScope makes a finding placed on a scope's value in the app config.
func (r *review) atScope(s *scope, rule string, sev finding.Severity, desc string) finding.Finding {
	p, q := r.cfg.lines.Locate(s.at.start), r.cfg.lines.Locate(s.at.end)
	ls, le := fragment.LineBounds(r.cfg.data, s.at.start)
	f := finding.Finding{
		RuleID: rule, Description: desc, Severity: sev,
		Path: join(r.root, r.cfg.path),
		Line: p.Line, Column: p.Column, EndLine: q.Line, EndColumn: q.Column,
		LineText: r.cfg.data[ls:le], SecretInLine: [2]int{s.at.start - ls, min(s.at.end, le) - ls},
	}
	return f
}

// add completes f with what every dt-app finding has: the scope as its
// "secret" (nothing here is secret; the scope makes the fingerprint).
func (r *review) add(f finding.Finding, secret string) {
	f.Secret, f.Redacted = secret, secret
	f.Tags = []string{"dt-app", "least-privilege"}
	if f.RuleID == RuleSourceMapsShipped {
		f.Tags = []string{"dt-app", "source-maps"}
	}
	f.Fingerprint = finding.Fingerprint(f.RuleID, secret)
	r.out = append(r.out, f)
}
