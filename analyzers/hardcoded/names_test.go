package hardcoded

import (
	"strings"
	"testing"
)

func TestWords(t *testing.T) {
	for in, want := range map[string]string{
		"apiToken":         "api token",
		"API_TOKEN":        "api token",
		"APIToken":         "api token",
		"api-token":        "api token",
		"clientSecret":     "client secret",
		"X-API-Key":        "x api key",
		"v2Token":          "v2 token",
		"tokenFetchErrors": "token fetch errors",
	} {
		if got := strings.Join(words(in), " "); got != want {
			t.Errorf("words(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSecretName(t *testing.T) {
	for name, want := range map[string]bool{
		"password": true, "dbPassword": true, "DB_PASSWORD": true, "apiKey": true,
		"APIKey": true, "clientSecret": true, "client_secret": true, "privateKey": true,
		"authToken": true, "defaultToken": true, "accessKeyID": false,
		"tokenURL": false, "secretName": false, "passwordMinLength": false,
		"tokenFetchErrors": false, "key": false, "monkey": false, "keyboard": false,
		"fakeToken": false, "tokenHash": false, "bypass": false, "passThrough": false,
	} {
		if got := secretName(name); got != want {
			t.Errorf("secretName(%q) = %v, want %v", name, got, want)
		}
	}
}

// fake returns a random-looking value made at run time, so that no secret
// literal sits in this file (the project vets itself).
func fake(n int) string {
	const alphabet = "tbAh7ziru8vvqMXbE8q6VnUq"
	return strings.Repeat(alphabet[:n/2], 2)[:n/2] + strings.ToUpper(alphabet[n/2:n])
}

func TestNotASecret(t *testing.T) {
	for v, want := range map[string]bool{
		"short":                                true,
		"changeme123":                          true,
		"DT_API_TOKEN":                         true,
		"PASSWORD":                             true,
		"X-Auth-Token":                         true,
		"Bearer %s":                            true,
		"https://example.net/x":                true,
		"/etc/ssl/private/key.pem":             true,
		"public_tokens.route":                  true,
		"550e8400-e29b-41d4-a716-446655440000": true,
		"aaaaaaaaaaaa":                         true,
		"abcdef0123456789":                     true,
		"100-continue":                         true,
		"p@ssw0rd2024":                         true,
		"pa?sword":                             true,
		fake(12):                               false,
		fake(24):                               false,
		strings.ToUpper(fake(16)):              false, // upper case and digits, no underscore: no variable name
	} {
		if got := notASecret(v, true); got != want {
			t.Errorf("notASecret(%q) = %v, want %v", v, got, want)
		}
	}
}

func TestCredentialsIn(t *testing.T) {
	pw := fake(12)
	for v, want := range map[string]string{
		"postgres://app:" + pw + "@db:5432/app":           pw,
		"app:" + pw + "@tcp(db:3306)/app":                 pw,
		"host=db user=app password='" + pw + "' dbname=x": pw,
		"Server=db;User Id=app;Pwd=" + pw + ";":           pw,
		"postgres://app@db:5432/app":                      "",
		"host=db user=app password=${DB_PASSWORD}":        "",
		"postgres://postgres:postgres@localhost/x":        "",
	} {
		got, _ := dsnPassword(v)
		if got != want {
			t.Errorf("dsnPassword(%q) = %q, want %q", v, got, want)
		}
	}
	if c, ok := headerCredential("Bearer " + pw); !ok || c != pw {
		t.Errorf("headerCredential: %q %v", c, ok)
	}
	if _, ok := headerCredential("Bearer <token>"); ok {
		t.Error("headerCredential accepted a placeholder")
	}
}
