package jsonreport

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/secretvet/secretvet/finding"
	"github.com/secretvet/secretvet/report"
)

// document is the top-level object. Every list is always an array, never
// null, so that consumers can iterate without a check.
type document struct {
	Findings []jsonFinding     `json:"findings"`
	Skipped  []finding.Skipped `json:"skipped"`
	Stale    []finding.Stale   `json:"stale"`
	Stats    finding.Stats     `json:"stats"`
}

// jsonFinding is a finding with its secret: finding.Finding keeps the secret
// out of JSON on purpose, so that only a report, which knows the user's
// choice, decides what text stands for it.
type jsonFinding struct {
	finding.Finding
	Secret string `json:"secret"`
}

// Render writes r to w as indented JSON.
func Render(w io.Writer, r *finding.Result, o report.Options) error {
	res := report.Ordered(r)
	doc := document{
		Findings: make([]jsonFinding, len(res.Findings)),
		Skipped:  res.Skipped,
		Stale:    res.Stale,
		Stats:    res.Stats,
	}
	for i := range res.Findings {
		f := &res.Findings[i]
		doc.Findings[i] = jsonFinding{Finding: *f, Secret: report.SecretText(f, o)}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	// Remediation snippets hold <, > and & (shell, templates); keep them
	// readable.
	enc.SetEscapeHTML(false)
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("json report: %w", err)
	}
	return nil
}
