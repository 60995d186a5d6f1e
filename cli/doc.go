// Package cli is the secretvet command line: `scan`, `baseline`, `git`
// (history, --staged, --pre-push), `hook`, `rules` and `version`. It parses
// flags, loads the rule set (a user's .secretvet.toml or .gitleaks.toml is
// picked up at the scan root), runs the pipeline, applies suppression and
// renders a report. It is one driver among others: go vet runs the same
// engine through package analyzers.
//
// Exit status: 0 nothing found, 1 findings, 2 error or bad usage.
package cli
