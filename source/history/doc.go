// Package history is the git source: it scans a repository's history, or
// what is staged for the next commit, in process (go-git; no git binary).
//
// A history scan walks the selected commits (every ref by default, a
// branch, or a range A..B: what B adds to A) oldest first and diffs each
// against its first parent to find the blobs it adds or modifies. Each
// distinct blob is read and scanned once, however many commits and paths
// share it, and only while it is being scanned; a secret is reported once
// per path, at the oldest commit that introduced it, with whether the tip
// still holds it (the exposure starts at that commit, even when the file no
// longer has it). A staged scan compares the index with HEAD's tree and
// reads only the blobs that differ.
//
// Damaged and partial repositories are scanned as far as they can be read:
// missing or corrupt objects, shallow clones, submodules, LFS pointers and
// binary blobs become skipped entries with their reason, never a failure.
package history
