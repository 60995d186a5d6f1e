package hardcoded

import (
	"strings"
	"unicode"
)

// words splits an identifier or key into lower-case words at case changes,
// digits-to-letters changes and any non-alphanumeric character: apiToken,
// API_TOKEN, api-token and APIToken all give [api token].
func words(name string) []string {
	var out []string
	rs := []rune(name)
	start := -1
	flush := func(end int) {
		if start >= 0 && end > start {
			out = append(out, strings.ToLower(string(rs[start:end])))
		}
		start = -1
	}
	for i, r := range rs {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			flush(i)
			continue
		}
		if start < 0 {
			start = i
			continue
		}
		prev := rs[i-1]
		nextLower := i+1 < len(rs) && unicode.IsLower(rs[i+1])
		switch {
		case unicode.IsUpper(r) && (unicode.IsLower(prev) || unicode.IsDigit(prev)):
			flush(i) // fooBar, v2Token
			start = i
		case unicode.IsUpper(r) && unicode.IsUpper(prev) && nextLower:
			flush(i) // APIToken → API|Token
			start = i
		}
	}
	flush(len(rs))
	return out
}

// secretWords are the words that make a name a secret's name on their own.
var secretWords = map[string]bool{
	"password": true, "passwd": true, "pwd": true, "passphrase": true,
	"secret": true, "secrets": true, "token": true, "tokens": true,
	"apikey": true, "apitoken": true, "credential": true, "credentials": true,
	"creds": true, "cred": true, "bearer": true, "privatekey": true,
	"accesskey": true, "secretkey": true, "clientsecret": true, "authtoken": true,
}

// keyQualifiers are the words that make "key" a secret: apiKey, accessKey,
// privateKey, signingKey… ("key" alone is a map key or a cache key).
var keyQualifiers = map[string]bool{
	"api": true, "access": true, "private": true, "secret": true, "signing": true,
	"encryption": true, "master": true, "session": true, "app": true, "auth": true,
	"license": true, "subscription": true, "hmac": true,
}

// notSecretAfter are words that, after the secret word, make the name the
// name of something about a secret rather than the secret itself:
// tokenURL, secretName, passwordMinLength, tokenFetchErrors, tokenKey.
var notSecretAfter = map[string]bool{
	"name": true, "names": true, "file": true, "filename": true, "files": true, "path": true,
	"paths": true, "dir": true, "url": true, "uri": true, "endpoint": true, "host": true,
	"header": true, "headers": true, "type": true, "types": true, "kind": true, "prefix": true,
	"suffix": true, "key": true, "keys": true, "env": true, "var": true, "variable": true,
	"field": true, "fields": true, "param": true, "parameter": true, "label": true, "id": true,
	"ids": true, "format": true, "fmt": true, "pattern": true, "regex": true, "regexp": true,
	"re": true, "length": true, "len": true, "size": true, "count": true, "max": true,
	"min": true, "limit": true, "expiry": true, "expires": true, "expiration": true,
	"ttl": true, "timeout": true, "duration": true, "age": true, "lifetime": true,
	"interval": true, "route": true, "metric": true, "metrics": true, "error": true,
	"errors": true, "err": true, "msg": true, "message": true, "hash": true, "hashed": true,
	"digest": true, "checksum": true, "sum": true, "policy": true, "mode": true,
	"scope": true, "scopes": true, "placeholder": true, "flag": true, "option": true,
	"opt": true, "index": true, "idx": true, "position": true, "pos": true, "offset": true,
	"store": true, "storage": true, "provider": true, "source": true, "manager": true,
	"service": true, "handler": true, "validator": true, "generator": true, "required": true,
	"enabled": true, "hint": true, "prompt": true, "title": true, "desc": true,
	"description": true, "help": true, "usage": true, "column": true, "table": true,
	"attr": true, "attribute": true, "property": true, "prop": true, "tag": true,
	"schema": true, "cmd": true, "command": true, "method": true, "cookie": true,
	"query": true, "arg": true, "argument": true, "input": true, "output": true,
	"event": true, "events": true, "status": true, "state": true, "response": true,
	"request": true, "reset": true, "policies": true, "rule": true, "rules": true,
	"annotation": true, "ref": true, "reference": true, "selector": true,
	"template": true, "pool": true, "cache": true,
	"separator": true, "delimiter": true, "sep": true, "location": true, "kid": true,
}

// notSecretBefore are words that, anywhere in the name, say the value is not
// a real secret: invalidToken, fakePassword, exampleAPIKey.
var notSecretBefore = map[string]bool{
	"invalid": true, "fake": true, "dummy": true, "mock": true, "example": true,
	"sample": true, "expired": true, "bad": true, "wrong": true, "no": true,
	"empty": true, "placeholder": true, "redacted": true, "masked": true, "public": true,
}

// secretName reports whether a name is a secret's name: it has a secret word
// (whole word; "key" only after api, access, private…) and no word after it
// that makes it a name about the secret.
func secretName(name string) bool {
	ws := words(name)
	for _, w := range ws {
		if notSecretBefore[w] {
			return false
		}
	}
	last := -1
	for i, w := range ws {
		switch {
		case secretWords[w]:
			last = i
		case (w == "key" || w == "keys") && i > 0 && keyQualifiers[ws[i-1]]:
			last = i
		}
	}
	if last < 0 {
		return false
	}
	for _, w := range ws[last+1:] {
		if notSecretAfter[w] {
			return false
		}
	}
	return true
}
