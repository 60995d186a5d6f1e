// Package sinks passes literals to functions and fields that take
// credentials: the type checker knows, whatever the value looks like.
package sinks

import (
	"context"
	"database/sql"
	"net/http"
	"net/url"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/clientcredentials"
)

func headers(req *http.Request) {
	req.Header.Set("Authorization", "Bearer 4QLl9QCGmbWuyUbmgHY5kMQC") // want `^go-authorization-header: Literal credential in the HTTP Authorization header \(4QLl\*{8}\); read API_TOKEN from the environment`
	h := http.Header{}
	h.Add("X-API-Key", "tbAh7ziru8vvqMXbE8q6VnUq") // want `go-authorization-header: Literal credential in the HTTP X-API-Key header`
	// not credentials: the header name, another header, a variable
	h.Set("Authorization", req.Header.Get("Authorization"))
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("Authorization", "Bearer ${API_TOKEN}")
}

func basicAuth(req *http.Request) *url.Userinfo {
	req.SetBasicAuth("deploy-bot", "2Hu5TgTqaUZs") // want `go-basic-auth-password: Literal password for HTTP basic authentication`
	return url.UserPassword("svc", "nkTZj1ATSNby") // want `go-basic-auth-password: `
}

func urls(ctx context.Context) {
	http.NewRequestWithContext(ctx, "POST", "https://deploy:Zq8rT2vLx9Wp@ci.example.net/hook", nil) // want `url-basic-auth-password: Password in a URL.s userinfo .*\(Zq\*{8}\)`
	http.Get("https://ci.example.net/status")                                                       // no credentials
	url.Parse("https://user:changeme@ci.example.net/")                                              // placeholder
}

func databases() {
	sql.Open("postgres", "host=db user=app password=Kx7mQ2rT9vLp dbname=app sslmode=disable") // want `go-dsn-password: Database connection string with a literal password`
	sql.Open("mysql", "app:Kx7mQ2rT9vLp@tcp(db:3306)/app?parseTime=true")                     // want `go-dsn-password: `
	sql.Open("sqlite3", "file:test.db?cache=shared")
}

var conf = oauth2.Config{
	ClientID:     "secretvet-demo",
	ClientSecret: "mQ7xT2kL9pRw4vZs", // want `go-oauth2-client-secret: Literal OAuth2 client secret`
	Endpoint:     oauth2.Endpoint{TokenURL: "https://sso.example.net/sso/oauth2/token"},
}

var cc = &clientcredentials.Config{
	ClientID:     "secretvet-demo",
	ClientSecret: "Vb3nM8qW2eRt6yUi", // want `go-oauth2-client-secret: `
	TokenURL:     "https://sso.example.net/sso/oauth2/token",
}
