package report

import (
	"cmp"
	"io"
	"slices"

	"github.com/secretvet/secretvet/finding"
)

// Options control how a report is rendered.
type Options struct {
	// ShowSecrets prints secrets in clear text; redacted otherwise.
	ShowSecrets bool
	// Color enables ANSI colours (text format only).
	Color bool
	// ToolName and ToolVersion identify the tool (SARIF driver).
	ToolName, ToolVersion string
	// Root is the base that absolute paths are made relative to for URIs.
	Root string
}

// RenderFunc is a format's Render function: it writes a scan result in
// that format.
type RenderFunc func(w io.Writer, r *finding.Result, o Options) error

// SecretText is the text that stands for f's secret in a report: the secret
// itself only when the user asked for it, the redacted form otherwise.
func SecretText(f *finding.Finding, o Options) string {
	if o.ShowSecrets && f.Secret != "" {
		return f.Secret
	}
	if f.Redacted != "" {
		return f.Redacted
	}
	return finding.Redact(f.Secret)
}

// Ordered returns a copy of r whose lists are in a deterministic order
// (findings by path, member, line, column, rule; skipped by path, member;
// stale by source, fingerprint) and never nil, so that two runs over the same
// input give byte-identical reports. A nil r gives an empty result.
func Ordered(r *finding.Result) finding.Result {
	var out finding.Result
	if r == nil {
		r = &out
	}
	out.Stats = r.Stats
	out.Findings = slices.Clone(r.Findings)
	if out.Findings == nil {
		out.Findings = []finding.Finding{}
	}
	slices.SortStableFunc(out.Findings, finding.Compare)
	out.Skipped = slices.Clone(r.Skipped)
	if out.Skipped == nil {
		out.Skipped = []finding.Skipped{}
	}
	slices.SortStableFunc(out.Skipped, func(a, b finding.Skipped) int {
		return cmp.Or(cmp.Compare(a.Path, b.Path), cmp.Compare(a.Member, b.Member))
	})
	out.Stale = slices.Clone(r.Stale)
	if out.Stale == nil {
		out.Stale = []finding.Stale{}
	}
	slices.SortStableFunc(out.Stale, func(a, b finding.Stale) int {
		return cmp.Or(cmp.Compare(a.Source, b.Source), cmp.Compare(a.Fingerprint, b.Fingerprint))
	})
	return out
}
