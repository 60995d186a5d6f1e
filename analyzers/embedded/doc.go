// Package embedded defines an Analyzer that reports secrets in the files a
// Go package embeds with //go:embed.
//
// # Analyzer embedded
//
// embedded: report secrets in files embedded with //go:embed
//
// A file embedded in a Go program ships inside the binary: whoever has the
// binary can read it (strings(1) is enough). The embedded analyzer reads the
// //go:embed directives of the package (files, globs, directories, quoted
// names and the all: prefix, with the go command's rules: files in an
// embedded directory whose names start with . or _ are left out unless the
// pattern has all:, and so are directories holding another module) and
// scans each embedded file the way `secretvet scan` does: a Dynatrace
// notebook, dashboard or workflow is scanned as a document, a bundle with
// its source map as a bundle, an archive member by member.
//
// A diagnostic is reported at the secret's line and column in the embedded
// file itself, with the JSON pointer of the string inside a document:
//
//	static/notebook.json:5:84: dynatrace-api-token: Dynatrace access token (dt0c01): … at /sections/1/state/input/value (dt0c01.HBRPOIGF….********); read the secret from the Credential Vault in the notebook code section instead of a literal.
//
// Embedded files are inputs of the package's build, so go vet runs again
// when they change. Diagnostics carry no fix: the remediation depends on
// the kind of file.
//
// To accept a value, put secretvet:allow <reason> (or gitleaks:allow, or
// nolint:secretvet) on its line or the line above, in whatever comment
// syntax the file has.
package embedded
