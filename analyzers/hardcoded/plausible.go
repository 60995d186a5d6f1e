package hardcoded

import (
	"math"
	"net/url"
	"regexp"
	"strings"
)

// minSecretLen is the shortest value the analyzer looks at: shorter strings
// are not handed to the engine, and the context checks ignore them.
const minSecretLen = 8

// placeholderWords, found anywhere in a value (case ignored), mark a value
// someone wrote to be replaced, or a test value that says what it is.
var placeholderWords = []string{
	"changeme", "change_me", "change-me", "replace", "your-", "your_", "yourtoken",
	"yourpassword", "yoursecret", "xxxx", "****", "....", "example", "sample",
	"dummy", "fake", "placeholder", "redacted", "todo", "fixme", "insert",
	"password", "passwd", "secret", "token", "notreal", "not-real", "not_real",
	"undefined", "null", "none", "test",
	// sequences people type for a value that does not matter
	"abcdef", "123456", "qwerty", "asdfgh",
}

var (
	envVarName  = regexp.MustCompile(`^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$|^[A-Z]+$`)
	headerName  = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+$`)
	formatVerb  = regexp.MustCompile(`%[-+# 0-9.*]*[vTtbcdoOqxXUeEfFgGsp]`)
	uuid        = regexp.MustCompile(`^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`)
	wordsOnly   = regexp.MustCompile(`^[A-Za-z]+(?:[-_./: ][A-Za-z]+)*$`)
	templateRef = regexp.MustCompile(`\$\{|\{\{|\$\(|%\(|<[^<>]*>`)
)

// placeholder reports whether v is a value meant to be replaced, or
// obviously a fake. Spelling games do not hide the word: p@ssw0rd and
// pa?sword are placeholders too.
func placeholder(v string) bool {
	if templateRef.MatchString(v) {
		return true
	}
	lower := strings.ToLower(v)
	for _, w := range placeholderWords {
		if strings.Contains(lower, w) {
			return true
		}
	}
	letters := strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' {
			return r
		}
		if l, ok := leet[r]; ok {
			return l
		}
		return -1
	}, lower)
	for _, w := range []string{"pass", "sword", "secret", "token", "changeme", "example", "admin"} {
		if strings.Contains(letters, w) {
			return true
		}
	}
	// one character repeated: "aaaaaaaa", "00000000"
	return strings.Count(v, v[:1]) == len(v)
}

// leet maps the digits and signs people write for letters.
var leet = map[rune]rune{'@': 'a', '4': 'a', '3': 'e', '1': 'i', '!': 'i', '0': 'o', '$': 's', '5': 's', '7': 't'}

// notASecret reports the values that are obviously not secrets whatever
// name they have: too short, placeholders, environment variable names,
// header names, format strings, URLs without credentials, paths, UUIDs,
// words, and (when needEntropy) values of low entropy.
func notASecret(v string, needEntropy bool) bool {
	switch {
	case len(v) < minSecretLen,
		placeholder(v),
		envVarName.MatchString(v),
		headerName.MatchString(v),
		formatVerb.MatchString(v),
		uuid.MatchString(v),
		strings.ContainsAny(v, " \t\r\n"), // sentences, lists, commands
		urlLike(v),
		pathLike(v),
		identifierLike(v):
		return true
	}
	return needEntropy && entropy(v) < entropyNeeded(len(v))
}

// urlLike reports a URL (with a scheme and a host). URLs with a password are
// reported by their own check, not as a secret value.
func urlLike(v string) bool {
	u, err := url.Parse(v)
	return err == nil && u.Scheme != "" && u.Host != ""
}

// pathLike reports file paths and URL paths: they start with /, ./, ../, ~/
// or a drive letter, or are words joined by slashes.
func pathLike(v string) bool {
	if strings.HasPrefix(v, "/") || strings.HasPrefix(v, "./") || strings.HasPrefix(v, "../") ||
		strings.HasPrefix(v, "~/") || (len(v) > 2 && v[1] == ':' && (v[2] == '\\' || v[2] == '/')) {
		return true
	}
	if !strings.ContainsAny(v, "/\\") {
		return false
	}
	for _, seg := range strings.FieldsFunc(v, func(r rune) bool { return r == '/' || r == '\\' }) {
		if !wordsOnly.MatchString(strings.TrimSuffix(seg, ".go")) && !identifierLike(seg) {
			return false
		}
	}
	return true
}

// identifierLike reports values made of words and numbers: letters
// joined by separators or camelCase, whose words are mostly longer than two
// letters ("public_tokens.route", "my-secret-password", "someIdentifier"),
// possibly with parts that are only digits ("100-continue", "utf-8"). A
// random mix has parts that mix letters and digits, or many one- and
// two-letter "words".
func identifierLike(v string) bool {
	var ws []string
	for _, part := range strings.FieldsFunc(v, func(r rune) bool { return strings.ContainsRune("-_./: ", r) }) {
		if strings.Trim(part, "0123456789") == "" {
			continue // a number
		}
		if !wordsOnly.MatchString(part) {
			return false
		}
		ws = append(ws, words(part)...)
	}
	if len(ws) == 0 {
		return !strings.ContainsAny(v, "0123456789") || strings.Trim(v, "0123456789-_./: ") == ""
	}
	short := 0
	for _, w := range ws {
		if len(w) <= 2 {
			short++
		}
	}
	return short*3 <= len(ws)
}

// entropy is the Shannon entropy of v in bits per byte.
func entropy(v string) float64 {
	var counts [256]int
	for i := 0; i < len(v); i++ {
		counts[v[i]]++
	}
	h, n := 0.0, float64(len(v))
	for _, c := range counts {
		if c > 0 {
			p := float64(c) / n
			h -= p * math.Log2(p)
		}
	}
	return h
}

// entropyNeeded is the entropy a value of length n needs to pass as a
// secret by its name alone: most of what n distinct bytes would give
// (log2 n), capped at 3 bits (hex keys have at most 4, and often less).
func entropyNeeded(n int) float64 {
	return math.Min(3.0, 0.8*math.Log2(float64(n)))
}
