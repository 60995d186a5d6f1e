package document

import (
	"strings"

	"github.com/secretvet/secretvet/fragment"
)

// RuleLiteralAuthHeader is the rule id of a finding raised for a literal
// credential header in a workflow HTTP task (see SensitiveHeaders).
const RuleLiteralAuthHeader = "dynatrace-workflow-literal-auth-header"

// HeaderFinding is a workflow HTTP header that carries a literal credential:
// Dynatrace advises against any static Authorization header, because every
// header value is shown in the workflow monitor.
type HeaderFinding struct {
	Fragment fragment.Fragment // the header value; Locate(0) is where it starts
	Header   string            // the header name as written
}

// SensitiveHeaders returns the header fragments of frags (as returned by
// Extract) whose name is sensitive (see IsSensitiveHeader) and whose value
// is literal: not empty and not only Jinja expressions ("{{ ... }}"),
// optionally after an auth scheme ("Bearer {{ ... }}" is not literal).
// The pipeline raises RuleLiteralAuthHeader for each, whether or not a
// token rule matches the value.
//
// Header fragments are those of kind fragment.WorkflowHTTP whose pointer
// runs through "/input/headers/" and whose title is
// "task <name>: header <Header>".
func SensitiveHeaders(frags []fragment.Fragment) []HeaderFinding {
	var out []HeaderFinding
	for _, f := range frags {
		if f.Origin.Kind != fragment.WorkflowHTTP || !strings.Contains(f.Origin.Pointer, "/input/headers/") {
			continue
		}
		i := strings.LastIndex(f.Origin.Title, headerTitle)
		if i < 0 {
			continue
		}
		name := f.Origin.Title[i+len(headerTitle):]
		if IsSensitiveHeader(name) && IsLiteralHeaderValue(f.Text) {
			out = append(out, HeaderFinding{Fragment: f, Header: name})
		}
	}
	return out
}

// IsSensitiveHeader tells whether an HTTP header name carries credentials:
// Authorization, Proxy-Authorization, Api-Token, X-API-Key, X-Auth-Token,
// Cookie, or any name holding "token", "secret", "key", "password" or
// "auth" (case-insensitive), except keys that are not credentials such as
// Idempotency-Key.
func IsSensitiveHeader(name string) bool {
	n := strings.ToLower(strings.TrimSpace(name))
	switch n {
	case "idempotency-key", "x-idempotency-key", "keep-alive":
		return false
	}
	for _, w := range []string{"auth", "token", "secret", "key", "password", "passwd", "cookie"} {
		if strings.Contains(n, w) {
			return true
		}
	}
	return false
}

// IsLiteralHeaderValue tells whether a header value holds literal text
// once Jinja expressions ("{{ ... }}") and a leading auth scheme word are
// taken out.
func IsLiteralHeaderValue(v string) bool {
	var b strings.Builder
	for {
		i := strings.Index(v, "{{")
		if i < 0 {
			break
		}
		j := strings.Index(v[i+2:], "}}")
		if j < 0 {
			break // an unclosed "{{" is literal text
		}
		b.WriteString(v[:i])
		b.WriteByte(' ')
		v = v[i+2+j+2:]
	}
	b.WriteString(v)
	rest := strings.TrimSpace(b.String())
	if word, after, found := strings.Cut(rest, " "); found || rest == word {
		switch strings.ToLower(word) {
		case "bearer", "basic", "token", "api-token", "apitoken", "digest", "sso-token":
			rest = strings.TrimSpace(after)
		}
	}
	return rest != ""
}
