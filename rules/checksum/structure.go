package checksum

import (
	"encoding/base64"
	"encoding/json"
	"strconv"
	"strings"
)

// Base64Bytes reports whether s is standard base64 (with padding) of
// exactly n bytes. Azure storage account keys are 64 random bytes
// (88 characters); Service Bus and Event Hubs shared access keys and
// WireGuard keys are 32 bytes (44 characters). A string of the right
// length that does not decode, or decodes to another length, was not
// made by the key generator.
func Base64Bytes(s string, n int) bool {
	if len(s) != base64.StdEncoding.EncodedLen(n) {
		return false
	}
	b, err := base64.StdEncoding.Strict().DecodeString(s)
	return err == nil && len(b) == n
}

// DiscordBotToken reports whether tok has the structure of a Discord bot
// token: three dot-separated base64url parts, the first of which decodes to
// the bot's user ID (a snowflake: 17 to 20 decimal digits). Discord's
// developer documentation describes the token as carrying the bot's ID;
// the other two parts (a timestamp and an HMAC) cannot be checked offline.
func DiscordBotToken(tok string) bool {
	parts := strings.Split(tok, ".")
	if len(parts) != 3 {
		return false
	}
	id, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(parts[0], "="))
	if err != nil || len(id) < 17 || len(id) > 20 {
		return false
	}
	v, err := strconv.ParseUint(string(id), 10, 64)
	return err == nil && v > 0 && id[0] != '0'
}

// BasicAuthBase64 reports whether s is standard base64 of "user:password"
// with a non-empty password, both printable: the "auth" value of a Docker
// config.json (~/.docker/config.json "auths") and of an HTTP Basic
// Authorization header.
func BasicAuthBase64(s string) bool {
	b, err := base64.StdEncoding.DecodeString(s)
	if err != nil {
		b, err = base64.RawStdEncoding.DecodeString(strings.TrimRight(s, "="))
		if err != nil {
			return false
		}
	}
	user, pass, ok := strings.Cut(string(b), ":")
	if !ok || pass == "" {
		return false
	}
	for _, r := range user + pass {
		if r < 0x20 || r == 0x7f || r == 0xfffd {
			return false
		}
	}
	return true
}

// JWT reports whether tok is a JSON Web Token: three base64url parts, the
// first a JSON object that names its algorithm ("alg"), the second a JSON
// object, the third non-empty (a signature).
func JWT(tok string) bool {
	parts := strings.Split(tok, ".")
	if len(parts) != 3 || parts[2] == "" {
		return false
	}
	var head map[string]any
	if !decodeJSONPart(parts[0], &head) {
		return false
	}
	if alg, ok := head["alg"].(string); !ok || alg == "" || strings.EqualFold(alg, "none") {
		return false
	}
	var claims map[string]any
	return decodeJSONPart(parts[1], &claims)
}

func decodeJSONPart(p string, v any) bool {
	b, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(p, "="))
	if err != nil {
		return false
	}
	return json.Unmarshal(b, v) == nil
}

// GitHubInstallationToken reports whether tok is a GitHub App installation
// token in the stateless format GitHub rolls out from April 2026:
// "ghs_", the app ID (decimal), "_", and a JWT signed by GitHub ("Notice
// about upcoming new format for GitHub App installation tokens", GitHub
// changelog, 2026).
func GitHubInstallationToken(tok string) bool {
	rest, ok := strings.CutPrefix(tok, "ghs_")
	if !ok {
		return false
	}
	app, jwt, ok := strings.Cut(rest, "_")
	if !ok || app == "" || app[0] == '0' {
		return false
	}
	if _, err := strconv.ParseUint(app, 10, 64); err != nil {
		return false
	}
	return JWT(jwt)
}
