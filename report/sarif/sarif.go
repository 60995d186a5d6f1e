package sarif

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"path"
	"slices"
	"strings"

	"github.com/secretvet/secretvet/finding"
	"github.com/secretvet/secretvet/report"
)

const (
	schemaURI      = "https://json.schemastore.org/sarif-2.1.0.json"
	informationURI = "https://github.com/secretvet/secretvet"
	// fingerprintKey names our content fingerprint (rule + secret) among
	// partialFingerprints; versioned so that a change of the hash is a new
	// key, not a silent mismatch.
	fingerprintKey = "secretvet/v1"
)

// Render writes r to w as a SARIF 2.1.0 log.
func Render(w io.Writer, r *finding.Result, o report.Options) error {
	res := report.Ordered(r)
	rules, index := buildRules(res.Findings)
	name := cmp.Or(o.ToolName, "secretvet")
	rn := run{
		Tool: tool{Driver: driver{
			Name: name, Version: o.ToolVersion, InformationURI: informationURI, Rules: rules,
		}},
		Invocations: []invocation{{ExecutionSuccessful: true, ToolExecutionNotifications: notifications(res, o)}},
		ColumnKind:  "unicodeCodePoints",
		Results:     make([]result, 0, len(res.Findings)),
	}
	if u := rootURI(o.Root); u != "" {
		rn.OriginalURIBaseIDs = map[string]artifactLocation{srcRoot: {URI: u}}
	}
	for i := range res.Findings {
		f := &res.Findings[i]
		rn.Results = append(rn.Results, resultFor(f, ruleID(f), index[ruleID(f)], o))
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(log{Schema: schemaURI, Version: "2.1.0", Runs: []run{rn}}); err != nil {
		return fmt.Errorf("sarif report: %w", err)
	}
	return nil
}

func ruleID(f *finding.Finding) string { return cmp.Or(f.RuleID, "unknown") }

// severity of a finding; a rule that does not say is high, because what it
// found is a credential.
func severity(f *finding.Finding) finding.Severity {
	switch f.Severity {
	case finding.Medium, finding.Low:
		return f.Severity
	}
	return finding.High
}

var rank = map[finding.Severity]int{finding.Low: 1, finding.Medium: 2, finding.High: 3}

// securitySeverity is GitHub's 0-10 score: above 7 is high, above 4 medium.
var securitySeverity = map[finding.Severity]string{finding.High: "8.9", finding.Medium: "5.5", finding.Low: "3.0"}

// ruleInfo gathers what the findings of one rule say about it.
type ruleInfo struct {
	id, description  string
	severity         finding.Severity
	confidence       string
	tags             []string
	summaries, steps []string
}

// buildRules returns one rule per rule ID, sorted by ID (GitHub rejects a
// run that lists a rule twice), and the index of each ID.
func buildRules(fs []finding.Finding) ([]rule, map[string]int) {
	infos := map[string]*ruleInfo{}
	for i := range fs {
		f := &fs[i]
		id := ruleID(f)
		ri := infos[id]
		if ri == nil {
			ri = &ruleInfo{id: id, severity: finding.Low}
			infos[id] = ri
		}
		ri.description = cmp.Or(ri.description, f.Description)
		ri.confidence = cmp.Or(ri.confidence, f.Confidence)
		if s := severity(f); rank[s] > rank[ri.severity] {
			ri.severity = s
		}
		ri.tags = appendNew(ri.tags, f.Tags...)
		ri.summaries = appendNew(ri.summaries, f.Remediation.Summary)
		ri.steps = appendNew(ri.steps, f.Remediation.Steps...)
	}
	ids := make([]string, 0, len(infos))
	for id := range infos {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	rules := make([]rule, len(ids))
	index := make(map[string]int, len(ids))
	for i, id := range ids {
		rules[i] = infos[id].rule()
		index[id] = i
	}
	return rules, index
}

func (ri *ruleInfo) rule() rule {
	desc := cmp.Or(ri.description, "Secret matched by rule "+ri.id)
	tags := []string{"security", "secret", "external/cwe/cwe-798"}
	extra := slices.Clone(ri.tags)
	slices.Sort(extra)
	tags = appendNew(tags, extra...)
	// SARIF's precision is the rule's confidence (low for generic rules,
	// the noisy ones); findings made before confidence existed say high.
	precision := "high"
	switch ri.confidence {
	case "medium", "low":
		precision = ri.confidence
	}
	text, markdown := ri.help(desc)
	return rule{
		ID:               ri.id,
		ShortDescription: message{Text: desc},
		FullDescription: message{Text: desc + ": a hard-coded secret matched by rule " + ri.id +
			". Anyone who can read the source or its history can use it."},
		Help: message{Text: text, Markdown: markdown},
		Properties: map[string]any{
			"tags":              tags,
			"security-severity": securitySeverity[ri.severity],
			"precision":         precision,
			"problem.severity":  level(ri.severity),
		},
	}
}

// help generalises the remediation of the rule's findings: the advice that
// holds for every place, plus what the findings suggested. The replacement
// snippet is specific to each place and stays in the result message.
func (ri *ruleInfo) help(desc string) (text, markdown string) {
	items := []string{
		"Treat the secret as compromised: revoke or rotate it. Deleting it from the code does not delete it from the history.",
		"Keep secrets out of the source: store the secret in a secret store (for Dynatrace, the Credential Vault) and reference it from the code or configuration.",
	}
	items = appendNew(items, ri.summaries...)
	items = appendNew(items, ri.steps...)
	var t, m strings.Builder
	fmt.Fprintf(&t, "%s (rule %s).\n", desc, ri.id)
	fmt.Fprintf(&m, "**%s** (rule `%s`)\n\n", desc, ri.id)
	for _, it := range items {
		fmt.Fprintf(&t, "- %s\n", it)
		fmt.Fprintf(&m, "- %s\n", it)
	}
	const each = "Each result suggests the replacement for the place where the secret was found."
	t.WriteString(each)
	m.WriteString("\n" + each)
	return t.String(), m.String()
}

func level(s finding.Severity) string {
	if s == finding.High {
		return "error"
	}
	return "warning"
}

func resultFor(f *finding.Finding, id string, idx int, o report.Options) result {
	msg := fmt.Sprintf("%s: %s", cmp.Or(f.Description, id), report.SecretText(f, o))
	if s := f.Remediation.Summary; s != "" {
		msg += ". " + s
	}
	if n := len(f.AlsoAt); n > 0 {
		msg += fmt.Sprintf(" The same secret is also in %d other place(s); rotate it.", n)
	}
	res := result{
		RuleID:     id,
		RuleIndex:  idx,
		Level:      level(severity(f)),
		Message:    message{Text: msg},
		Locations:  []location{locationFor(f, o)},
		Properties: properties(f),
	}
	if f.Fingerprint != "" {
		res.PartialFingerprints = map[string]string{fingerprintKey: f.Fingerprint}
	}
	return res
}

func locationFor(f *finding.Finding, o report.Options) location {
	pl := &physicalLocation{ArtifactLocation: artifactFor(f.Path, o.Root)}
	if f.Line >= 1 {
		rg := &region{StartLine: f.Line, EndLine: max(f.EndLine, f.Line)}
		if f.Column >= 1 {
			rg.StartColumn = charColumn(f.LineText, f.Column)
		}
		if f.EndColumn >= 1 {
			rg.EndColumn = f.EndColumn
			if rg.EndLine == f.Line {
				rg.EndColumn = charColumn(f.LineText, f.EndColumn)
			}
			if rg.EndLine == rg.StartLine && rg.EndColumn < rg.StartColumn {
				rg.EndColumn = 0 // inconsistent input: keep the start only
			}
		}
		pl.Region = rg
	}
	loc := location{PhysicalLocation: pl}
	if f.Member != "" {
		loc.LogicalLocations = append(loc.LogicalLocations,
			logicalLocation{Name: path.Base(f.Member), FullyQualifiedName: f.Member})
	}
	if f.Pointer != "" {
		name := f.Title
		if name == "" {
			name = f.Pointer[strings.LastIndexByte(f.Pointer, '/')+1:]
		}
		loc.LogicalLocations = append(loc.LogicalLocations,
			logicalLocation{Name: name, FullyQualifiedName: f.Pointer})
	}
	return loc
}

// properties carries what SARIF has no place for: where inside a document,
// archive or history the secret is.
func properties(f *finding.Finding) map[string]any {
	p := map[string]any{}
	set := func(k, v string) {
		if v != "" {
			p[k] = v
		}
	}
	set("member", f.Member)
	set("pointer", f.Pointer)
	set("kind", f.Kind)
	set("title", f.Title)
	set("commit", f.Commit)
	set("author", f.Author)
	set("date", f.Date)
	if f.Origin != nil {
		p["origin"] = f.Origin
	}
	if f.StillPresent != nil {
		p["stillPresent"] = *f.StillPresent
	}
	if len(f.AlsoAt) > 0 {
		p["alsoAt"] = f.AlsoAt
	}
	if len(p) == 0 {
		return nil
	}
	return p
}

// notifications reports what was not scanned, and suppression entries that
// matched nothing, as notes: the scan still succeeded.
func notifications(res finding.Result, o report.Options) []notification {
	var ns []notification
	for _, s := range res.Skipped {
		where := s.Path
		if s.Member != "" {
			where += "!" + s.Member
		}
		ns = append(ns, notification{
			Level:     "note",
			Message:   message{Text: fmt.Sprintf("skipped %s: %s", where, s.Reason)},
			Locations: []location{{PhysicalLocation: &physicalLocation{ArtifactLocation: artifactFor(s.Path, o.Root)}}},
		})
	}
	for _, s := range res.Stale {
		text := fmt.Sprintf("stale suppression %s in %s matched nothing", s.Fingerprint, s.Source)
		if s.Reason != "" {
			text += " (" + s.Reason + ")"
		}
		ns = append(ns, notification{Level: "note", Message: message{Text: text}})
	}
	return ns
}

// appendNew appends the non-empty values of vs that list does not hold yet.
func appendNew(list []string, vs ...string) []string {
	for _, v := range vs {
		if v != "" && !slices.Contains(list, v) {
			list = append(list, v)
		}
	}
	return list
}
