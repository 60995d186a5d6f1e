// Package source holds no code: its subpackages are the front doors of a
// scan. Each one turns an input — files and folders, archives, Dynatrace
// documents, git history — into fragments (see package fragment) for the
// rules engine, and reports every input it could not scan as a
// finding.Skipped with its reason.
package source
