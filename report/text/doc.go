// Package text renders a scan result for a person at a terminal: findings
// grouped by file, each with its place, the line with the secret masked, and
// what to write instead; then what was skipped, suppression entries that
// matched nothing, and a one-line summary. Every string that comes from the
// scanned input is stripped of control characters before it reaches the
// terminal.
package text
