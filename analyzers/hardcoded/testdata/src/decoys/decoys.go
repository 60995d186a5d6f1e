// Package decoys holds values that look like secrets, or sit where secrets
// go, and are not: nothing here may be reported.
package decoys

import (
	"fmt"
	"net/http"
	"net/url"
	"os"
)

// Hashes and identifiers.
const (
	emptySHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
	commitID    = "4be0655f1a2b3c4d5e6f708192a3b4c5d6e7f809"
	requestID   = "550e8400-e29b-41d4-a716-446655440000"
	tokenHash   = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
	apiKeyUUID  = "6ba7b810-9dad-11d1-80b4-00c04fd430c8"
)

// Environment variable and header names.
const (
	tokenEnv     = "DT_API_TOKEN"
	authHeader   = "Authorization"
	tokenHeader  = "X-Auth-Token"
	password     = "DB_PASSWORD"
	secretHeader = "X-Vault-Token"
)

// Placeholders and templates.
var (
	apiToken     = "your-token-here"
	dbPassword   = "changeme-please"
	clientSecret = "${CLIENT_SECRET}"
	bearerToken  = "{{ .Values.token }}"
	accessKey    = "<access-key>"
	secretKey    = "xxxxxxxxxxxxxxxx"
	authToken    = "REPLACE_WITH_YOUR_TOKEN"
	testPassword = "password1234"
)

// Short, low-entropy, words, formats, paths, URLs without credentials.
var (
	pwd           = "hunter2"
	adminPassword = "aaaaaaaa1111"
	tokenSecret   = "correcthorsebatterystaple"
	tokenFormat   = "Bearer %s"
	passwordFmt   = "%s:%s@%s"
	privateKey    = "/etc/ssl/private/server.key"
	secretsDir    = "./config/secrets"
	tokenURL      = "https://sso.example.net/sso/oauth2/token"
	apiSecret     = "https://ci.example.net/secrets/deploy"
	keyPassphrase = "abcdef0123456789"
)

func lookups(req *http.Request) {
	token := os.Getenv("DT_API_TOKEN")
	if v, ok := os.LookupEnv("DT_PLATFORM_TOKEN_FILE"); ok {
		token = v
	}
	req.Header.Set("Authorization", "Api-Token "+token)
	req.Header.Set("X-Request-Id", requestID)
	req.SetBasicAuth("deploy", os.Getenv("DEPLOY_PASSWORD"))
	fmt.Println(emptySHA256, commitID, tokenHash, apiKeyUUID, tokenEnv, authHeader, tokenHeader,
		password, secretHeader, apiToken, dbPassword, clientSecret, bearerToken, accessKey,
		secretKey, authToken, testPassword, pwd, adminPassword, tokenSecret, tokenFormat,
		passwordFmt, privateKey, secretsDir, tokenURL, apiSecret, keyPassphrase)
}

// Words and numbers, and passwords that spell "password".
func hasToken(v, token string) bool { return v == token }

var expect = hasToken("Expect", "100-continue")

var jane = url.UserPassword("jane", "p@ssword")

var janeURL, _ = url.Parse("http://jane:pa%3Fsword@example.net")
