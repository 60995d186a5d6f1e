package hardcoded

import (
	"net/url"
	"regexp"
	"strings"
)

// urlPassword returns the password of a URL with user:password@, if the
// password looks like one.
func urlPassword(v string) (string, bool) {
	i := strings.Index(v, "://")
	if i <= 0 || !strings.Contains(v[i:], "@") {
		return "", false
	}
	u, err := url.Parse(v)
	if err != nil || u.User == nil {
		return "", false
	}
	pass, ok := u.User.Password()
	if !ok || notASecret(pass, false) {
		return "", false
	}
	return pass, true
}

var (
	// user:password@tcp(host:3306)/db, user:password@/db (go-sql-driver/mysql)
	mysqlDSN = regexp.MustCompile(`^[^:@/()\s]+:([^@\s]+)@(?:[a-z0-9]+\(|/)`)
	// password=secret, Password='secret'; pwd=secret (libpq, SQL Server, ODBC)
	kvPassword = regexp.MustCompile(`(?i)(?:^|[\s;])(?:password|pwd|passwd)\s*=\s*('[^']*'|"[^"]*"|[^\s;]+)`)
)

// dsnPassword returns the password in a database connection string: a URL
// (postgres://, sqlserver://, mongodb://…), the MySQL driver's form, or
// key=value pairs.
func dsnPassword(v string) (string, bool) {
	if p, ok := urlPassword(v); ok {
		return p, true
	}
	if m := mysqlDSN.FindStringSubmatch(v); m != nil && !notASecret(m[1], false) {
		return m[1], true
	}
	return kvDSNPassword(v)
}

// kvDSNPassword finds password=… in key=value connection strings.
func kvDSNPassword(v string) (string, bool) {
	m := kvPassword.FindStringSubmatch(v)
	if m == nil {
		return "", false
	}
	p := strings.Trim(m[1], `'"`)
	if notASecret(p, false) {
		return "", false
	}
	return p, true
}

// authSchemes are the schemes an Authorization header value starts with.
var authSchemes = []string{"bearer", "basic", "token", "api-token", "apitoken", "bot", "digest", "sso-key", "key", "dsn"}

// headerCredential returns the credential in an Authorization header value,
// without its scheme ("Bearer abc…" → "abc…").
func headerCredential(v string) (string, bool) {
	cred := strings.TrimSpace(v)
	if i := strings.IndexAny(cred, " \t"); i > 0 {
		scheme := strings.ToLower(cred[:i])
		for _, s := range authSchemes {
			if scheme == s {
				cred = strings.TrimSpace(cred[i+1:])
				break
			}
		}
	}
	if notASecret(cred, false) {
		return "", false
	}
	return cred, true
}

// credentialHeader reports whether an HTTP header carries a credential:
// Authorization, Proxy-Authorization, or a name with key, token, secret or
// password in it (X-API-Key, X-Auth-Token, X-Vault-Token).
func credentialHeader(name string) bool {
	switch strings.ToLower(name) {
	case "authorization", "proxy-authorization":
		return true
	}
	for _, w := range words(name) {
		switch w {
		case "key", "apikey", "token", "secret", "password", "passwd":
			return true
		}
	}
	return false
}
