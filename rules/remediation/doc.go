// Package remediation says what should take a found secret's place, in the
// language of the place where it was found: a Credential Vault lookup in a
// Dynatrace app or ad-hoc function, the HTTP action's Authentication in a
// workflow, a `type: environment` parameter in Monaco, `${{ secrets.X }}` in
// GitHub Actions, a build secret mount in a Dockerfile, os.Getenv in Go, and
// so on. Every remediation ends with the step that cannot be skipped: rotate
// the secret, because it was exposed (for a history finding, since when).
//
// The package knows places, not files: it is given the rule, the path (and
// archive member), the fragment kind and, when known, the name the secret was
// assigned to, and it returns a finding.Remediation. It reads nothing from
// disk and imports only the finding and fragment models, so every front door
// (the scanner, the go/analysis analyzers) gives the same advice.
package remediation
