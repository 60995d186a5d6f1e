package suppress

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/secretvet/secretvet/finding"
)

// BaselineVersion is the version of the baseline format WriteBaseline
// writes and LoadBaseline reads.
const BaselineVersion = 1

const baselineTool = "secretvet"

// baselineFile is the on-disk baseline. It holds no secret, no line number
// and no timestamp, so it changes only when the set of accepted secrets does.
type baselineFile struct {
	Version      int             `json:"version"`
	Tool         string          `json:"tool"`
	Fingerprints []baselineEntry `json:"fingerprints"`
}

type baselineEntry struct {
	Fingerprint string `json:"fingerprint"`
	Rule        string `json:"rule"`
}

// WriteBaseline writes a baseline accepting every finding in fs: one entry
// per fingerprint, sorted by fingerprint, one entry per line, ending with a
// newline. The same findings in any order give the same bytes. Findings
// with neither fingerprint nor secret cannot be accepted and are left out.
func WriteBaseline(w io.Writer, fs []finding.Finding) error {
	rules := map[string]string{}
	for i := range fs {
		fp := fingerprintOf(&fs[i])
		if fp == "" {
			continue
		}
		// The fingerprint hashes the rule, so one fingerprint has one rule;
		// keep the smallest to stay independent of order all the same.
		if r, ok := rules[fp]; !ok || fs[i].RuleID < r {
			rules[fp] = fs[i].RuleID
		}
	}
	fps := make([]string, 0, len(rules))
	for fp := range rules {
		fps = append(fps, fp)
	}
	sort.Strings(fps)

	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "{\n  \"version\": %d,\n  \"tool\": %q,\n  \"fingerprints\": [", BaselineVersion, baselineTool)
	for i, fp := range fps {
		line, err := json.Marshal(baselineEntry{Fingerprint: fp, Rule: rules[fp]})
		if err != nil {
			return fmt.Errorf("write baseline: %w", err)
		}
		if i > 0 {
			bw.WriteString(",")
		}
		bw.WriteString("\n    ")
		bw.Write(line)
	}
	if len(fps) > 0 {
		bw.WriteString("\n  ")
	}
	bw.WriteString("]\n}\n")
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write baseline: %w", err)
	}
	return nil
}

// LoadBaseline reads a baseline written by WriteBaseline, or a gitleaks JSON
// report (an array of findings). The user named the file, so a missing file
// is an error.
func LoadBaseline(path string) (*Set, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("baseline: %w", err)
	}
	set, err := ParseBaseline(data, path)
	if err != nil {
		return nil, fmt.Errorf("baseline %s: %w", path, err)
	}
	return set, nil
}

// ParseBaseline reads a baseline from data; name is the file name used in
// stale reports.
func ParseBaseline(data []byte, name string) (*Set, error) {
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	trimmed := bytes.TrimSpace(data)
	if len(trimmed) > 0 && trimmed[0] == '[' {
		return parseGitleaksReport(trimmed, name)
	}
	var b baselineFile
	if err := json.Unmarshal(trimmed, &b); err != nil {
		return nil, fmt.Errorf("not a secretvet baseline nor a gitleaks JSON report: %w", err)
	}
	if b.Version != BaselineVersion {
		return nil, fmt.Errorf("baseline version %d, this secretvet reads version %d", b.Version, BaselineVersion)
	}
	if b.Tool != "" && b.Tool != baselineTool {
		return nil, fmt.Errorf("baseline written by %q, not %s", b.Tool, baselineTool)
	}
	set := &Set{}
	seen := map[string]bool{}
	for i, be := range b.Fingerprints {
		fp := strings.ToLower(be.Fingerprint)
		if !isHex(fp) || len(fp) != fingerprintLen {
			return nil, fmt.Errorf("entry %d: %q is not a fingerprint", i+1, be.Fingerprint)
		}
		if seen[fp] {
			continue
		}
		seen[fp] = true
		set.entries = append(set.entries, entry{source: name, fingerprint: fp, reason: baselineReason(be.Rule)})
	}
	return set, nil
}

func baselineReason(rule string) string {
	if rule == "" {
		return "in baseline"
	}
	return "in baseline (rule " + rule + ")"
}

// gitleaksFinding is the part of a gitleaks JSON report finding that
// identifies it.
type gitleaksFinding struct {
	RuleID    string
	Secret    string
	File      string
	StartLine int
	Commit    string
}

// parseGitleaksReport turns a gitleaks report into entries. A finding with
// its secret in clear becomes a content fingerprint (secretvet runs the
// gitleaks rules under the same ids, so the fingerprints agree). A redacted
// one (gitleaks --redact) has lost its content and can only be matched by
// position, as gitleaks itself does.
func parseGitleaksReport(data []byte, name string) (*Set, error) {
	var report []gitleaksFinding
	if err := json.Unmarshal(data, &report); err != nil {
		return nil, fmt.Errorf("gitleaks report: %w", err)
	}
	set := &Set{}
	seen := map[string]bool{}
	for i, g := range report {
		if g.RuleID == "" {
			return nil, fmt.Errorf("gitleaks report finding %d has no RuleID", i+1)
		}
		e := entry{source: name, reason: "in gitleaks baseline (rule " + g.RuleID + ")"}
		var key string
		if g.Secret != "" && !gitleaksRedacted(g.Secret) {
			e.fingerprint = finding.Fingerprint(g.RuleID, g.Secret)
			key = e.fingerprint
		} else {
			if g.File == "" || g.StartLine < 1 {
				return nil, fmt.Errorf("gitleaks report finding %d is redacted and has no File and StartLine to match by", i+1)
			}
			e.position = &position{commit: g.Commit, path: normalizePath(g.File), rule: g.RuleID, line: g.StartLine}
			key = e.position.String()
		}
		if seen[key] {
			continue
		}
		seen[key] = true
		set.entries = append(set.entries, e)
	}
	return set, nil
}

// gitleaksRedacted reports whether gitleaks --redact has masked a secret:
// fully ("REDACTED") or partly (a prefix followed by "...").
func gitleaksRedacted(secret string) bool {
	return secret == "REDACTED" || strings.HasSuffix(secret, "...")
}
