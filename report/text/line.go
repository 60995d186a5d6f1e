package text

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/secretvet/secretvet/finding"
	"github.com/secretvet/secretvet/report"
)

// context is how many bytes of the line are shown on each side of the
// secret: enough to recognise the place, short enough for a minified
// bundle whose one line is a megabyte.
const context = 60

// maskedLine returns the physical line of f with the secret replaced by its
// redacted form (or, with ShowSecrets, highlighted), cut to a window around
// the secret. It reports false when the line cannot be shown safely: no
// line, or the secret cannot be located in it (a secret that spans lines),
// in which case printing the line could reveal part of the secret.
func maskedLine(f *finding.Finding, o report.Options) (string, bool) {
	line := strings.TrimRight(f.LineText, "\r\n")
	if line == "" {
		return "", false
	}
	start, end := f.SecretInLine[0], f.SecretInLine[1]
	if start < 0 || start >= end || end > len(line) {
		start = -1
		if f.Secret != "" {
			start = strings.Index(line, f.Secret)
			end = start + len(f.Secret)
		}
	}
	if start < 0 {
		if o.ShowSecrets {
			return clean(cut(line, 2*context, false)), true
		}
		return "", false
	}
	secret := report.SecretText(f, o)
	before, after := line[:start], line[end:]
	if f.Secret != "" && !o.ShowSecrets {
		// The same secret may stand twice on the line. Mask before cutting,
		// so that a cut cannot leave a piece of the secret unmasked.
		before = strings.ReplaceAll(before, f.Secret, secret)
		after = strings.ReplaceAll(after, f.Secret, secret)
		// Another secret on the same line (found by another finding,
		// suppressed, or found by no rule at all) must not be shown
		// through this one's context: mask every token-like run.
		before, after = maskTokens(before), maskTokens(after)
	}
	style := red
	if o.ShowSecrets {
		style = "1;" + red
	}
	mark := clean(secret)
	if o.Color {
		mark = "\x1b[" + style + "m" + mark + "\x1b[0m"
	}
	// Indentation says nothing about the place and pushes the secret right.
	before = strings.TrimLeft(before, " \t")
	return clean(cut(before, context, true)) + mark + clean(cut(after, context, false)), true
}

// cut keeps at most n bytes of s, at its end (tail) or its start, on a rune
// boundary, marking the cut with an ellipsis.
func cut(s string, n int, tail bool) string {
	if len(s) <= n {
		return s
	}
	if tail {
		i := len(s) - n
		for i < len(s) && !utf8.RuneStart(s[i]) {
			i++
		}
		return "…" + s[i:]
	}
	i := n
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i] + "…"
}

// clean makes untrusted text safe for a terminal: invalid UTF-8 and control
// characters (escape sequences could rewrite the screen or hide a finding)
// become visible replacements; tabs become spaces.
func clean(s string) string {
	if !strings.ContainsFunc(s, needsCleaning) {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\t':
			return ' '
		case r == utf8.RuneError || unicode.IsControl(r):
			return '�'
		}
		return r
	}, s)
}

func needsCleaning(r rune) bool {
	return r == utf8.RuneError || unicode.IsControl(r)
}

// maskTokens hides every run of token characters long and random enough to
// be a secret (20 bytes or more, over 3.5 bits of entropy a byte), keeping
// its first four bytes, as Redact does.
func maskTokens(s string) string {
	var b strings.Builder
	i := 0
	for i < len(s) {
		if !isTokenByte(s[i]) {
			b.WriteByte(s[i])
			i++
			continue
		}
		j := i
		for j < len(s) && isTokenByte(s[j]) {
			j++
		}
		run := s[i:j]
		if len(run) >= 20 && entropy(run) > 3.5 && !strings.Contains(run, "********") {
			run = run[:4] + "********"
		}
		b.WriteString(run)
		i = j
	}
	return b.String()
}

func isTokenByte(c byte) bool {
	return c == '_' || c == '-' || c == '+' || c == '/' || c == '=' || c == '.' ||
		'0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

func entropy(s string) float64 {
	var n [256]int
	for i := 0; i < len(s); i++ {
		n[s[i]]++
	}
	h := 0.0
	for _, c := range n {
		if c > 0 {
			p := float64(c) / float64(len(s))
			h -= p * math.Log2(p)
		}
	}
	return h
}
