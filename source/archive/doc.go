// Package archive expands zip-family archives (zip, jar, the dt-app
// out/artifact.zip), tar and gzip (tar.gz, tgz, a single .gz file) into
// members held in memory, recursing into nested archives up to a depth limit.
// Members are never written to disk, so a hostile name (../, an absolute
// path) can do no harm; such members are scanned like the others and also
// reported as a finding.Skipped saying their path is unsafe, so that a person
// learns the archive is suspicious.
//
// Every member that is not scanned is reported with its reason: encrypted,
// symlink, binary, unsupported compression, damaged, too large, suspected
// zip bomb, nested too deep. Directories are not members and are passed over
// without a report.
//
// Sizes in archive headers are never trusted: every member is read through a
// limit on its uncompressed size, on the uncompressed/compressed ratio and on
// the bytes read by the whole walk (nested archives included), so a zip bomb
// costs at most the limits, not the claimed size.
package archive
