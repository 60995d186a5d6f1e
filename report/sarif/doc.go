// Package sarif renders a scan result as SARIF 2.1.0, in the shape GitHub
// code scanning accepts: one run, one rule entry per rule ID (duplicates are
// rejected), relative artifact URIs under %SRCROOT%, a security-severity per
// rule, and partial fingerprints that follow the secret, not the line, so
// that an alert survives code moving around it.
package sarif
