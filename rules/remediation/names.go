package remediation

import (
	"strings"
	"unicode"
)

// credential is the shape of the secret, which decides the Credential Vault
// type and what the lookup destructures.
type credential int

const (
	token    credential = iota // TOKEN credential: { token }
	userPass                   // USERNAME_PASSWORD credential: { username, password }
)

// credentialOf says whether the rule or the name speak of a password or basic
// authentication; everything else is a token.
func credentialOf(ruleID, name string) credential {
	s := strings.ToLower(ruleID + " " + name)
	for _, w := range []string{"password", "passwd", "pwd", "basic", "auth-user", "username"} {
		if strings.Contains(s, w) {
			return userPass
		}
	}
	return token
}

// envOverrides are default variable names where the rule ID alone would give
// a poor one. Everything else derives from the rule ID.
var envOverrides = map[string]string{
	"generic-api-key":         "API_KEY",
	"aws-access-token":        "AWS_ACCESS_KEY_ID", // the rule matches the key ID (AKIA…)
	"github-pat":              "GH_TOKEN",
	"github-fine-grained-pat": "GH_TOKEN",
	"npm-access-token":        "NPM_TOKEN",
	"curl-auth-header":        "API_TOKEN",
	"curl-auth-user":          "API_PASSWORD",
	"jwt":                     "AUTH_TOKEN",
	"jwt-base64":              "AUTH_TOKEN",
}

// defaultEnv is the variable name a rule's secret gets when the place does
// not name it: DT_API_TOKEN for dynatrace-api-token, OPENAI_API_KEY for
// openai-api-key.
func defaultEnv(ruleID string) string {
	id := strings.ToLower(strings.TrimSpace(ruleID))
	if v, ok := envOverrides[id]; ok {
		return v
	}
	switch {
	case id == "":
		return "SECRET"
	case strings.HasPrefix(id, "dynatrace-"):
		id = "dt-" + strings.TrimPrefix(id, "dynatrace-")
	case strings.HasPrefix(id, "generic-"):
		id = strings.TrimPrefix(id, "generic-")
	}
	if s := upperSnake(id); s != "" {
		return s
	}
	return "SECRET"
}

// vagueNames are names that say nothing about the secret (a header name, a
// JSON field such as "value"): the rule's default says more.
var vagueNames = map[string]bool{
	"TOKEN": true, "KEY": true, "SECRET": true, "VALUE": true, "AUTHORIZATION": true,
	"AUTH": true, "BEARER": true, "DEFAULT": true, "DATA": true, "HEADER": true,
	"HEADERS": true, "URL": true, "PAYLOAD": true, "BODY": true, "INPUT": true,
	"SCRIPT": true, "CONTENT": true, "TEXT": true, "MARKDOWN": true, "QUERY": true,
	"CODE": true, "X": true, "S": true, "T": true, "V": true, "SOURCE": true, "RESULT": true,
}

// envName is the environment variable (or secret) name for a place: the
// assigned name in UPPER_SNAKE, unless it is vague, else the rule default.
func envName(ruleID, name string) string {
	if i := strings.LastIndexAny(name, "/"); i >= 0 {
		name = name[i+1:]
	}
	n := upperSnake(name)
	if n == "" || vagueNames[n] {
		return defaultEnv(ruleID)
	}
	if n[0] >= '0' && n[0] <= '9' {
		n = "SECRET_" + n
	}
	return n
}

// upperSnake turns apiToken, api-token, api.token, APIToken and API_TOKEN
// into API_TOKEN. Anything that is not a letter or digit separates words.
func upperSnake(s string) string {
	var words []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			words = append(words, string(cur))
			cur = cur[:0]
		}
	}
	rs := []rune(s)
	for i, r := range rs {
		switch {
		case r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if unicode.IsUpper(r) && len(cur) > 0 {
				prev := rs[i-1]
				nextLower := i+1 < len(rs) && unicode.IsLower(rs[i+1])
				// fooBar → foo|Bar; APIToken → API|Token
				if unicode.IsLower(prev) || unicode.IsDigit(prev) || (unicode.IsUpper(prev) && nextLower) {
					flush()
				}
			}
			cur = append(cur, unicode.ToUpper(r))
		default:
			flush()
		}
	}
	flush()
	return strings.Join(words, "_")
}

// lowerSnake is upperSnake in lower case: a Terraform variable name.
func lowerSnake(s string) string { return strings.ToLower(upperSnake(s)) }

// kebab is upperSnake as lower-case-with-dashes: a Kubernetes or Jenkins ID.
func kebab(s string) string { return strings.ReplaceAll(lowerSnake(s), "_", "-") }

// lowerCamel turns DT_API_TOKEN into dtApiToken: a template parameter name.
func lowerCamel(s string) string {
	words := strings.Split(lowerSnake(s), "_")
	for i := 1; i < len(words); i++ {
		if words[i] != "" {
			words[i] = strings.ToUpper(words[i][:1]) + words[i][1:]
		}
	}
	return strings.Join(words, "")
}

// identifier reports whether s is usable as is as a variable or parameter
// name in the C-like languages and Go templates: a letter, then letters,
// digits or underscores.
func identifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		ok := r == '_' || (r < unicode.MaxASCII && unicode.IsLetter(r)) || (i > 0 && r < unicode.MaxASCII && unicode.IsDigit(r))
		if !ok {
			return false
		}
	}
	return true
}

// varName is the local variable a program reads the secret into: the
// assigned name when it is a lower-case identifier (apiToken), else token
// or password.
func varName(name string, c credential) string {
	if i := strings.LastIndexAny(name, "/."); i >= 0 {
		name = name[i+1:]
	}
	if identifier(name) && unicode.IsLower(rune(name[0])) && !vagueNames[strings.ToUpper(name)] {
		return name
	}
	if c == userPass {
		return "password"
	}
	return "token"
}

// configKey is the key a configuration file holds the secret under: the
// assigned name as written (its last part when it is a dotted or slashed
// path of nested keys, unless dotted keys are flat as in .properties), else
// the variable name in lower snake case.
func configKey(name, env string, flatDots bool) string {
	seps := "/."
	if flatDots {
		seps = "/"
	}
	if i := strings.LastIndexAny(name, seps); i >= 0 {
		name = name[i+1:]
	}
	if name != "" && !strings.ContainsAny(name, " \t\n\"'=:") {
		return name
	}
	return lowerSnake(env)
}
