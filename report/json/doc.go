// Package jsonreport renders a scan result as one indented JSON object,
// {"findings": [...], "skipped": [...], "stale": [...], "stats": {...}},
// the machine-readable contract of secretvet (see the design, "JSON output").
// Field names come from the JSON tags of the finding package; this package
// adds the secret, redacted unless the user asked to see it.
package jsonreport
