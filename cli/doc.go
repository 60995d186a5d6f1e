// Package cli is the secretvet command line: `scan`, `baseline`, `rules`
// and `version` (and `git` in time). It parses flags, loads the rule set
// (a user's .secretvet.toml or .gitleaks.toml is picked up at the scan
// root), runs the pipeline, applies suppression and renders a report.
//
// Exit status: 0 nothing found, 1 findings, 2 error or bad usage.
package cli
