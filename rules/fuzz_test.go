package rules_test

import (
	"strings"
	"sync"
	"testing"

	"github.com/secretvet/secretvet/rules"
)

var (
	fuzzOnce   sync.Once
	fuzzEngine *rules.Engine
)

// FuzzScan feeds the engine arbitrary text: it must never panic, and every
// match must lie inside the text with its secret where it says.
func FuzzScan(f *testing.F) {
	for _, s := range []string{
		"", "\x00\xff\xfe", "api_key = \"abcdefghijklmnop1234\"\n", "%41%42%43", `\u0041\u0042`,
		"-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----",
		"dt0c01." + strings.Repeat("A", 24) + "." + strings.Repeat("B", 64),
		"token=" + strings.Repeat("QUJD", 20), "\n\n\nkey:\n", "U+0041 U+0042",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		fuzzOnce.Do(func() {
			cfg, err := rules.Default()
			if err != nil {
				t.Fatal(err)
			}
			fuzzEngine = rules.New(cfg, rules.Options{MaxDecodeDepth: 3})
		})
		for _, m := range fuzzEngine.Scan(rules.Target{Text: text, Path: "fuzz.txt"}) {
			if m.PathOnly {
				continue
			}
			if m.Start < 0 || m.End > len(text) || m.Start > m.End {
				t.Fatalf("match span [%d,%d) outside text of %d bytes", m.Start, m.End, len(text))
			}
			if m.SecretStart >= 0 && text[m.SecretStart:m.SecretEnd] != m.Secret {
				t.Fatalf("secret span holds %q, not %q", text[m.SecretStart:m.SecretEnd], m.Secret)
			}
		}
	})
}
