package rules

import "encoding/base64"

// mayDecode reports whether a decoding round could expose anything in text:
// whether gitleaks' codec would find at least one encoded segment that
// decodes to something. It walks the text once by hand, the way the codec's
// pattern (percent | unicode escapes | hex | base64, leftmost first) does,
// and tries each candidate's decoder. Most source files have no such
// segment, and then the engine skips the codec and its costly whole-text
// regular expression altogether. It may say yes where the codec finds
// nothing (it ignores the codec's filter of adjacent segments), never the
// reverse.
func mayDecode(text string) bool {
	n := len(text)
	for i := 0; i < n; {
		c := text[i]
		switch {
		case c == '%' && i+2 < n && isHex(text[i+1]) && isHex(text[i+2]):
			if printable(hexByte(text[i+1], text[i+2])) {
				return true
			}
			// The codec's segment runs to the last %XX on the line, and
			// fails as a whole if any of them is not printable; a later
			// one starts its own candidate, so move on by one.
			i++
			continue
		case c == 'U' && unicodeCodePointAt(text, i) > 0:
			return true // the codec returns unicode segments even undecoded
		case c == '\\' && unicodeEscapeAt(text, i) > 0:
			return true
		}
		if !isBase64Class(c) {
			i++
			continue
		}
		// hex then base64: both greedy runs from i
		j := i
		for j < n && isBase64Class(text[j]) {
			j++
		}
		h := i
		for h < n && isHex(text[h]) {
			h++
		}
		switch {
		case h-i >= 32:
			if hexDecodes(text[i:h]) {
				return true
			}
			i = h
		case j-i >= 16:
			k := j
			for k < n && k-j < 2 && text[k] == '=' {
				k++
			}
			if base64Decodes(text[i:k]) {
				return true
			}
			i = k
		default:
			// A shorter run cannot hold a long enough hex or base64
			// candidate later on either, but the codec's pattern restarts
			// at each of its bytes, and "U+XXXX " may start at one.
			for k := i + 1; k < j; k++ {
				if text[k] == 'U' && unicodeCodePointAt(text, k) > 0 {
					return true
				}
			}
			i = j
		}
	}
	return false
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func hexVal(c byte) byte {
	switch {
	case c <= '9':
		return c - '0'
	case c <= 'F':
		return c - 'A' + 10
	}
	return c - 'a' + 10
}

func hexByte(a, b byte) byte { return hexVal(a)<<4 | hexVal(b) }

// printable is the codec's test for decoded bytes.
func printable(b byte) bool { return '\x08' < b && b < '\x7f' }

func isBase64Class(c byte) bool {
	return c == '_' || c == '/' || c == '+' || c == '-' ||
		'0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// unicodeCodePointAt returns the length of "U+XXXX" followed by white space
// or the end of text at i, or 0.
func unicodeCodePointAt(text string, i int) int {
	if i+6 > len(text) || text[i+1] != '+' {
		return 0
	}
	for k := i + 2; k < i+6; k++ {
		if !isHex(text[k]) {
			return 0
		}
	}
	if i+6 == len(text) {
		return 6
	}
	switch text[i+6] {
	case ' ', '\t', '\n', '\f', '\r':
		return 7
	}
	return 0
}

// unicodeEscapeAt returns the length of `\uXXXX` or `\\uXXXX` (u in either
// case) at i, or 0.
func unicodeEscapeAt(text string, i int) int {
	for _, k := range []int{2, 1} {
		if i+k+5 > len(text) {
			continue
		}
		ok := true
		for b := 0; b < k; b++ {
			ok = ok && text[i+b] == '\\'
		}
		if u := text[i+k]; !ok || (u != 'u' && u != 'U') {
			continue
		}
		for h := i + k + 1; h < i+k+5; h++ {
			ok = ok && isHex(text[h])
		}
		if ok {
			return k + 5
		}
	}
	return 0
}

// hexDecodes mirrors the codec's hex decoder: even length, at least one
// digit, every byte printable.
func hexDecodes(s string) bool {
	if len(s)%2 != 0 {
		return false
	}
	digit := false
	for i := 0; i < len(s); i++ {
		digit = digit || '0' <= s[i] && s[i] <= '9'
	}
	if !digit {
		return false
	}
	for i := 0; i < len(s); i += 2 {
		if !printable(hexByte(s[i], s[i+1])) {
			return false
		}
	}
	return true
}

// base64Decodes mirrors the codec's base64 decoder: at least one of
// 0-9 + / - _, and a standard or raw-URL decoding that is all printable.
func base64Decodes(s string) bool {
	likely := false
	for i := 0; i < len(s) && !likely; i++ {
		c := s[i]
		likely = '0' <= c && c <= '9' || c == '+' || c == '/' || c == '-' || c == '_'
	}
	if !likely {
		return false
	}
	for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.RawURLEncoding} {
		if b, err := enc.DecodeString(s); err == nil && allPrintable(b) {
			return true
		}
	}
	return false
}

func allPrintable(b []byte) bool {
	for _, c := range b {
		if !printable(c) {
			return false
		}
	}
	return true
}
