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
// longer has it). A new version of a plain-text file is scanned only in
// the lines its previous version did not have, with three lines of
// context, as gitleaks reads git log -p; archives, notebooks and other
// documents are scanned whole. A staged scan compares the index with
// HEAD's tree and reads only the blobs that differ.
//
// Commits and trees are read through go-git. Blobs are read straight from
// the pack files (go-git's index decoder and delta patcher), and through
// go-git when they are loose. The walk gathers the blobs to scan in
// batches and hands them to the workers file by file, each file's
// versions newest first: git stores the newest version whole and the
// older ones as deltas of it, so each delta is applied once, to the
// version just read, and a small cache per worker is enough. Memory is bounded by the caches, not by the
// history: every cache has a size limit, and a history scan sets a soft
// heap limit.
//
// Damaged and partial repositories are scanned as far as they can be read:
// missing or corrupt objects, shallow clones, submodules, LFS pointers and
// binary blobs become skipped entries with their reason, never a failure.
package history
