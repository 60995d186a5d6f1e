// Package oauth2 stands in for golang.org/x/oauth2: the analyzer matches its
// Config by package path and type name.
package oauth2

type Endpoint struct{ AuthURL, TokenURL string }

type Config struct {
	ClientID     string
	ClientSecret string
	Endpoint     Endpoint
	Scopes       []string
}
