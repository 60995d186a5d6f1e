package pipeline

import (
	"fmt"
	"path/filepath"

	"github.com/secretvet/secretvet/finding"
	"github.com/secretvet/secretvet/fragment"
	"github.com/secretvet/secretvet/rules"
	"github.com/secretvet/secretvet/rules/remediation"
	"github.com/secretvet/secretvet/source/files"
	"github.com/secretvet/secretvet/source/monaco"
)

// monaco scans data as a Monaco manifest, config or template if it is one
// (see package monaco) and reports whether it was. Besides what the rules
// find in its values, it raises the structural findings (a literal secret
// parameter, a literal credential in a template, a token as an auth name)
// where no rule found a secret in the same value.
func (s *Scanner) monaco(out *Output, physical string, o fragment.Origin, name string, data []byte) bool {
	res, ok, err := monaco.Extract(name, data, nearFiles(o))
	if err != nil {
		out.Skipped = append(out.Skipped, finding.Skipped{Path: o.Path, Member: o.Member,
			Reason: fmt.Sprintf("not parsed as a Monaco file, scanned as plain text: %v", err)})
		return false
	}
	if !ok {
		return false
	}
	for _, p := range res.Problems {
		out.Skipped = append(out.Skipped, finding.Skipped{Path: o.Path, Member: o.Member, Reason: fmt.Sprintf("Monaco %s read in part: %v", res.Kind, p)})
	}
	first := len(out.Findings)
	s.fragments(out, physical, o, res.Fragments)
	// A rule's finding in a parameter value is named after the parameter
	// (the line may say only "value:" or "default:").
	for i := first; i < len(out.Findings); i++ {
		f := &out.Findings[i]
		if key := res.Names[f.Pointer]; key != "" && f.Pointer != "" {
			f.Remediation = remediation.For(remediation.Place{RuleID: f.RuleID, Path: f.Path, Member: f.Member,
				Kind: fragment.Kind(f.Kind), Name: key, Commit: f.Commit, Date: f.Date})
		}
	}
	found := out.Findings[first:]
	var literals []finding.Finding
	for _, l := range res.Literals {
		fr := l.Fragment
		fr.Origin.Path, fr.Origin.Member = o.Path, o.Member
		fr.Origin.Commit, fr.Origin.Author, fr.Origin.Email, fr.Origin.Date = o.Commit, o.Author, o.Email, o.Date
		if covered(found, &fr) {
			continue
		}
		m := rules.Match{Rule: monacoRules[l.RuleID], End: len(fr.Text), Secret: fr.Text, SecretEnd: len(fr.Text)}
		f := Place(&fr, physical, m)
		f.Description = l.Description
		f.Remediation = remediation.For(remediation.Place{RuleID: f.RuleID, Path: f.Path, Member: f.Member,
			Kind: fr.Origin.Kind, Name: l.Key, Commit: f.Commit, Date: f.Date})
		literals = append(literals, f)
	}
	out.Findings = append(out.Findings, literals...)
	return true
}

// nearFiles gives Monaco the files next to a file on disk, for a template
// to find its config; none for archive members, git blobs and stdin.
func nearFiles(o fragment.Origin) monaco.Files {
	if o.Member != "" || o.Commit != "" || o.Path == "" || o.Path == files.StdinPath {
		return nil
	}
	return monaco.DirFiles(filepath.Dir(filepath.FromSlash(o.Path)))
}

// covered tells whether a rule already found a secret inside the value of
// fragment fr: then that finding says it, with the rule's own words.
func covered(fs []finding.Finding, fr *fragment.Fragment) bool {
	a, b := fr.Locate(0), fr.Locate(len(fr.Text))
	for _, f := range fs {
		if f.Path != fr.Origin.Path || f.Member != fr.Origin.Member {
			continue
		}
		if !before(f.Line, f.Column, a.Line, a.Column) && !before(b.Line, b.Column, f.Line, f.Column) {
			return true
		}
	}
	return false
}

func before(l1, c1, l2, c2 int) bool { return l1 < l2 || l1 == l2 && c1 < c2 }

var monacoRules = map[string]*rules.Rule{
	monaco.RuleLiteralSecretParameter: {
		ID: monaco.RuleLiteralSecretParameter, Description: "Literal secret in a Monaco parameter",
		Severity: "high", Confidence: "medium", Family: "dynatrace", Source: "secretvet",
	},
	monaco.RuleLiteralCredentialInTemplate: {
		ID: monaco.RuleLiteralCredentialInTemplate, Description: "Literal credential in a Monaco credential template",
		Severity: "high", Confidence: "high", Family: "dynatrace", Source: "secretvet",
	},
	monaco.RuleLiteralAuthSecret: {
		ID: monaco.RuleLiteralAuthSecret, Description: "Token in place of an environment variable name in a Monaco manifest",
		Severity: "high", Confidence: "medium", Family: "dynatrace", Source: "secretvet",
	},
}
