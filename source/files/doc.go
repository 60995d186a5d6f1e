// Package files is the file-system front door of `secretvet scan [PATH ...]`:
// it walks files, folders and standard input ("-") and hands over each file
// to scan, whole, with a display path; everything it does not scan (git
// metadata, binary files, files too large, symbolic links, special files,
// unreadable paths) is reported as a finding.Skipped with its reason.
//
// The walk never follows a symbolic link below a root, so it cannot loop,
// and never opens a special file it finds (a named pipe would block).
// Several readers work in parallel; memory is bounded by the number of
// readers times the largest file, not by the size of the tree.
//
// Turning a file into fragments (archives, Dynatrace documents, source maps)
// is the caller's business; this package only finds and reads.
package files
