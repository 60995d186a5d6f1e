package monaco

import (
	"regexp"
	"strings"
	"unicode"
)

// secretKey is a parameter key that names a secret (the list from the
// Dynatrace research notes, section 6.2).
var secretKey = regexp.MustCompile(`(?i)(token|secret|password|passwd|apikey|api_key|client_secret|routing_key|webhook|credential)`)

// notSecretSuffix is a key that names something about a secret, not the
// secret itself: tokenEndpoint, secretName, credentialId, credentialScope,
// passwordPolicy. A webhook's URL is the secret, so webhookUrl stays.
var notSecretSuffix = regexp.MustCompile(`(?i)(name|id|ids|type|scope|scopes|endpoint|url|uri|expiry|expiration|expiresin|ttl|length|policy|header|description|enabled)$`)

// looksSecretKey tells whether a parameter or member key names a secret.
func looksSecretKey(key string) bool {
	if !secretKey.MatchString(key) {
		return false
	}
	if strings.Contains(strings.ToLower(key), "webhook") {
		return true
	}
	return !notSecretSuffix.MatchString(key)
}

// placeholder is a Go-template action ({{ .name }}, {{ .Env.X }}) or an
// environment reference ($X, ${X}).
var placeholder = regexp.MustCompile(`\{\{[^{}]*\}\}|\$\{[A-Za-z_][A-Za-z0-9_]*\}|\$[A-Za-z_][A-Za-z0-9_]*`)

// vaultID is a Credential Vault reference: the right thing to commit.
var vaultID = regexp.MustCompile(`^CREDENTIALS_VAULT-[0-9A-Fa-f]{16}$`)

// isLiteral tells whether a value is literal text: not empty, not only
// placeholders, not a Credential Vault ID.
func isLiteral(v string) bool {
	rest := strings.TrimSpace(placeholder.ReplaceAllString(v, ""))
	if rest == "" {
		return false
	}
	return !vaultID.MatchString(strings.TrimSpace(v))
}

// envVarName is what an auth entry's name should be.
var envVarName = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// dtToken is any Dynatrace token or token identifier (dt0c01.ABC…).
var dtToken = regexp.MustCompile(`(?i)\bdt0[a-z][0-9]{2}\.[a-z0-9]`)

// tokenShaped tells whether the name of an auth entry, which must be the
// name of an environment variable, looks like a token instead: a Dynatrace
// token, anything that is not a variable name (dots, dashes, slashes), or a
// long run that mixes upper case, lower case and digits without the
// underscores of an UPPER_SNAKE name.
func tokenShaped(name string) bool {
	name = strings.TrimSpace(name)
	if name == "" {
		return false
	}
	if dtToken.MatchString(name) {
		return true
	}
	if !envVarName.MatchString(name) {
		return len(name) >= 16 && !strings.ContainsAny(name, " \t")
	}
	if len(name) < 20 || strings.Contains(name, "_") {
		return false
	}
	var up, low, dig bool
	for _, r := range name {
		up = up || unicode.IsUpper(r)
		low = low || unicode.IsLower(r)
		dig = dig || unicode.IsDigit(r)
	}
	return up && low && dig
}
