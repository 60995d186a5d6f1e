// Package suppress is the pipeline stage that drops the findings a user has
// accepted and reports the acceptances that no longer match anything.
//
// Three ways to accept a finding:
//
//   - an inline marker on the physical line of the secret: secretvet:allow,
//     gitleaks:allow or //nolint:secretvet, optionally followed by a reason;
//   - an ignore file (.secretvetignore at the scan root, or a path given by
//     flag): one "<fingerprint> [path=<glob>] <reason>" entry per line, or a
//     gitleaks-style "[commit:]file:rule:line <reason>" entry;
//   - a baseline (--baseline FILE) written by WriteBaseline, or a gitleaks
//     JSON report.
//
// Entries key on the content fingerprint (a hash of rule and secret), not on
// the position: an accepted secret stays accepted when its line moves, or
// after a rebase or a squash, and a different secret put on the same line is
// reported (gitleaks issue #2239). The baseline holds fingerprints and rule
// ids only, sorted, with no line numbers, secrets or timestamps, so it
// changes only when the set of accepted secrets changes. Entries that matched
// no finding in a scan are returned as stale so that the files can be pruned.
package suppress
