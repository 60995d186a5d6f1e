// Package diag writes the analyzers' diagnostics the same way: the rule ID
// first (what suppression and baselines refer to), a short description, the
// secret redacted, and what to do about it.
package diag

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// DocsBase is where secretvet's documentation lives.
const DocsBase = "https://github.com/secretvet/secretvet/blob/main/docs/"

// Message is "<rule-id>: <description> (<redacted>); <remediation summary>".
// The description is cut to its first sentence: rule descriptions go on
// about rotation, which the remediation says anyway.
func Message(ruleID, description, redacted, summary string) string {
	var b strings.Builder
	b.WriteString(ruleID)
	b.WriteString(": ")
	b.WriteString(FirstSentence(description))
	if redacted != "" {
		b.WriteString(" (")
		b.WriteString(redacted)
		b.WriteString(")")
	}
	if summary != "" {
		b.WriteString("; ")
		b.WriteString(lowerFirst(summary))
	}
	return b.String()
}

// FirstSentence returns s up to its first full stop followed by a space,
// without the stop.
func FirstSentence(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.Index(s, ". "); i >= 0 {
		s = s[:i]
	}
	return strings.TrimSuffix(s, ".")
}

// lowerFirst lower-cases the first letter of a sentence that continues
// another, unless it starts an acronym or a name (API, DT_API_TOKEN).
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) {
		return s
	}
	if r2, _ := utf8.DecodeRuneInString(s[n:]); unicode.IsUpper(r2) || r2 == '_' {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}

// URL is the documentation of a rule: the analyzers' own rules (go-…) are
// described in go-vet.md, the engine's rules in rules.md.
func URL(ruleID string) string {
	if strings.HasPrefix(ruleID, "go-") {
		return DocsBase + "go-vet.md#" + ruleID
	}
	return DocsBase + "rules.md"
}
