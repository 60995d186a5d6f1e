package finding

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"
)

// Severity of a finding.
type Severity string

// Severities, in SARIF terms: error is a secret that grants access.
const (
	High   Severity = "high"
	Medium Severity = "medium"
	Low    Severity = "low"
)

// Finding is one secret in one place.
type Finding struct {
	RuleID      string   `json:"rule"`
	Description string   `json:"description"`
	Severity    Severity `json:"severity,omitempty"`
	Tags        []string `json:"tags,omitempty"`

	// Confidence that the match is a real secret: "high" (a provider's
	// prefix or a validated checksum), "medium" (a token shape next to the
	// provider's name), "low" (a generic rule).
	Confidence string `json:"confidence,omitempty"`

	// Physical location: 1-based; end exclusive (EndColumn is the column just
	// after the last byte of the secret).
	Path      string `json:"path"`
	Line      int    `json:"line"`
	Column    int    `json:"column"`
	EndLine   int    `json:"end_line"`
	EndColumn int    `json:"end_column"`

	// Where inside a document or archive.
	Member  string  `json:"member,omitempty"`
	Pointer string  `json:"pointer,omitempty"`
	Kind    string  `json:"kind,omitempty"`
	Title   string  `json:"title,omitempty"`
	Origin  *Origin `json:"origin,omitempty"`

	// History.
	Commit       string `json:"commit,omitempty"`
	Author       string `json:"author,omitempty"`
	Email        string `json:"email,omitempty"`
	Date         string `json:"date,omitempty"`
	StillPresent *bool  `json:"still_present,omitempty"`

	Fingerprint string `json:"fingerprint"`
	// Secret is the secret in clear text. Reports print Redacted unless the
	// user asked to see secrets; never log Secret.
	Secret   string  `json:"-"`
	Redacted string  `json:"-"`
	Entropy  float64 `json:"entropy,omitempty"`
	// LineText is the physical line that holds the secret, for text reports.
	LineText string `json:"-"`
	// SecretInLine is the byte span of the secret within LineText, or -1.
	SecretInLine [2]int `json:"-"`

	Remediation Remediation `json:"remediation"`

	// Places lists the other places where the same secret was found (same
	// fingerprint): a reused secret must be rotated everywhere.
	AlsoAt []string `json:"also_at,omitempty"`
}

// Origin is the place behind the physical one: the original source file of
// a source map, or the line of the embedded code block.
type Origin struct {
	Path   string `json:"path"` // "" for code embedded in the same file
	Line   int    `json:"line"`
	Column int    `json:"column"`
}

// Remediation says what should replace the secret, in the language of the
// place where it was found.
type Remediation struct {
	// Summary is one sentence: what to do.
	Summary string `json:"summary"`
	// Replacement is the code or configuration that should stand where the
	// secret stands now (a Credential Vault lookup, an environment
	// parameter…), in the language of the place.
	Replacement string `json:"replacement,omitempty"`
	// Language of Replacement ("js", "go", "yaml", "shell", …).
	Language string `json:"language,omitempty"`
	// Steps are further things to do: rotate, add a scope, …
	Steps []string `json:"steps,omitempty"`
}

// Fingerprint is the content fingerprint of a secret found by a rule: stable
// across line moves, rebases and squashes because it hashes only the rule and
// the secret. It is safe to store (it does not reveal the secret).
func Fingerprint(ruleID, secret string) string {
	h := sha256.New()
	h.Write([]byte("secretvet/v1\x00"))
	h.Write([]byte(ruleID))
	h.Write([]byte{0})
	h.Write([]byte(secret))
	return hex.EncodeToString(h.Sum(nil))[:32]
}

// Location returns "path:line:column" (with the archive member when there is
// one), the way editors and terminals link to a place.
func (f *Finding) Location() string {
	var b strings.Builder
	b.WriteString(f.Path)
	if f.Member != "" {
		b.WriteString("!")
		b.WriteString(f.Member)
	}
	b.WriteString(":")
	b.WriteString(strconv.Itoa(f.Line))
	b.WriteString(":")
	b.WriteString(strconv.Itoa(f.Column))
	return b.String()
}
