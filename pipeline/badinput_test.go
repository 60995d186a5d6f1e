package pipeline

import (
	"strings"
	"testing"
)

// TestHugeSingleLineBundle: a 50 MB minified bundle on one line (the size of
// a real vendor chunk) is scanned, not skipped, and a token in its middle is
// found at the right column. The bundle is generated minified-style code:
// short names, integrity hashes, data URIs, chunk maps.
func TestHugeSingleLineBundle(t *testing.T) {
	if testing.Short() {
		t.Skip("50 MB input")
	}
	chunk := `function(e,t,n){"use strict";var r=n(12),o=n(7);e.exports={a:r.x,b:o.y,integrity:"sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC",` +
		`src:"data:font/woff2;base64,d09GMgABAAAAAAS0AA0AAAAACYQAAARcAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAP0ZGVE0cGh4GYACCQhEICoZMhQgLEAABNgIkAxwEIAWDcwc",` +
		`chunks:{123:"a1b2c3d4e5f6",456:"0f9e8d7c6b5a"}}},`
	var b strings.Builder
	const size = 50 << 20
	b.Grow(size + 256)
	tok := fakeToken("dt0c01", 9)
	for b.Len() < size/2 {
		b.WriteString(chunk)
	}
	col := b.Len() + len(`const k="`) + 1
	b.WriteString(`const k="` + tok + `";`)
	for b.Len() < size {
		b.WriteString(chunk)
	}
	out := scanner(t).File("dist/ui/vendor.js", []byte(b.String()))
	var found bool
	for _, f := range out.Findings {
		if f.RuleID == "dynatrace-api-token" {
			found = true
			if f.Line != 1 || f.Column != col {
				t.Errorf("token at %d:%d, want 1:%d", f.Line, f.Column, col)
			}
		} else {
			t.Errorf("noise in a minified bundle: %s %q", f.RuleID, f.Redacted)
		}
	}
	if !found {
		t.Fatal("the token in the middle of the bundle was not found")
	}
}
