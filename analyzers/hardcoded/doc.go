// Package hardcoded defines an Analyzer that reports secrets hard-coded in
// Go string constants.
//
// # Analyzer hardcoded
//
// hardcoded: report secrets hard-coded in Go string constants
//
// The hardcoded analyzer hands every string constant of a package to
// secretvet's rules engine, the same rules `secretvet scan` runs (gitleaks'
// rules plus secretvet's Dynatrace token family). It sees a value the way
// the compiler does, after constant folding, so a token split over
// constants and joined with +, a named constant, or a constant from another
// package is seen whole:
//
//	const pub, sec = "HBRPOIGF…", "RJNVGFYG…"
//	var token = "dt0c01." + pub + "." + sec // reported here, as a whole token
//
// A constant is reported where it is declared, not at every use; a use is
// reported only when the constant comes from another package or the value
// is assembled by concatenation at the use.
//
// Type information also tells where a literal goes, which no line scanner
// can know. These places are reported even when no token rule matches:
//
//   - go-authorization-header: a constant passed as the value of an
//     Authorization (or API key) header: http.Header.Set/Add,
//     req.Header.Set;
//   - go-basic-auth-password: the password of (*http.Request).SetBasicAuth
//     or url.UserPassword;
//   - go-oauth2-client-secret: ClientSecret of an oauth2.Config or
//     clientcredentials.Config composite literal;
//   - go-url-password: a URL with user:password, anywhere, and in
//     particular one passed to http.NewRequest, http.Get, url.Parse;
//   - go-dsn-password: a database connection string with a password passed
//     to sql.Open (URL, MySQL and key=value forms), or assigned to a name
//     like dsn;
//   - go-hardcoded-credential: a value assigned to a variable, constant,
//     struct field, map key or parameter whose name says it is a secret
//     (password, secret, token, apiKey, clientSecret, privateKey…). Names
//     are split on camelCase and snake_case and matched word by word, so
//     "tokenURL", "secretName", "passwordMinLength" and "tokenFetchErrors"
//     are not secrets.
//
// These checks stay quiet for values that are not secrets: placeholders
// (changeme, xxx, <…>, ${…}, {{…}}, "your-token-here"), values shorter than
// 8 bytes, environment variable names (DT_API_TOKEN), header names, format
// strings, URLs without credentials, paths, UUIDs, identifier-like words,
// and (for the name-based check) values of low entropy.
//
// A diagnostic reads
//
//	<rule-id>: <description> (<redacted secret>); <remediation>
//
// Its category is the rule ID. Where the result compiles, it carries a fix
// that replaces the literal with a run-time lookup, os.Getenv("API_TOKEN"),
// the variable named after the identifier (apiToken → API_TOKEN) or after
// the rule (DT_API_TOKEN), and adds the "os" import. A single `const` turns
// into a `var`. A value used where Go requires a constant gets no fix.
// Apply fixes with `go vet -vettool=$(which secretvet) -fix ./...` or
// `go fix -fixtool=$(which secretvet) ./...`; then set the variable from the
// Dynatrace Credential Vault (or the deployment's secret store).
//
// To accept a value, put `//secretvet:allow <reason>`, `//nolint:secretvet`
// or `gitleaks:allow` in a comment on its line, or alone on the line above.
package hardcoded
