// Package names holds values that are secrets by the name they are given:
// variables, constants, struct fields, map keys, parameters, comparisons
// and getters. Names are matched word by word.
package names

type Config struct {
	Password   string
	APIKey     string
	TokenURL   string
	SecretName string
}

var cfg = Config{
	Password:   "Wq9rT4vLx2Zp",             // want `^go-hardcoded-credential: Literal value in Password, a secret by its name \(Wq\*{8}\); read PASSWORD from the environment`
	APIKey:     "tbAh7ziru8vvqMXbE8q6VnUq", // want `go-hardcoded-credential: Literal value in APIKey`
	TokenURL:   "https://sso.example.net/sso/oauth2/token",
	SecretName: "prod-db-credentials",
}

var creds = map[string]string{
	"client_secret": "2Hu5TgTqaUZsSjIMaq8Yrv5L", // want `go-hardcoded-credential: Literal value in client_secret`
	"client_id":     "2Hu5TgTqaUZsSjIMaq8Yrv5L",
}

var dbPassword = "Kx7mQ2rT9vLp" // want `go-hardcoded-credential: Literal value in dbPassword`

func login(user, password string) bool { return user != "" && password != "" }

func callers(c *Config) bool {
	c.Password = "Zp8Kq2Lm5Rt7"              // want `go-hardcoded-credential: Literal value in Password`
	return login("admin", "Qw3eR5tY7uI9") || // want `go-hardcoded-credential: Literal value in password`
		c.APIKey == "nkTZj1ATSNbylmpUdccrNgey" // want `go-hardcoded-credential: Literal value in APIKey`
}

func defaultToken() string {
	return "4QLl9QCGmbWuyUbmgHY5kMQC" // want `go-hardcoded-credential: Literal value in defaultToken`
}

// A vague name: the variable is named after the place.
type Finding struct{ Secret string }

var f = Finding{Secret: "Wq9rT4vLx2Zp"} // want `go-hardcoded-credential: Literal value in Secret.*; read APP_SECRET from the environment`

// Names about secrets, not secrets.
var (
	tokenFetchErrors  = "token_fetch_errors"
	passwordMinLength = "at least 12 characters"
	secretKeyPath     = "testdata/keys/signing.pem"
	tokenEndpoint     = "https://sso.example.net/sso/oauth2/token"
	monkey            = "Zp8Kq2Lm5Rt7" // "key" only counts after api, access, private…
	keyboardLayout    = "Zp8Kq2Lm5Rt7"
)

const routeTokens = "public_tokens.route"
