package rules

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/zricethezav/gitleaks/v8/detect/codec"
)

// TestMayDecodeNeverMissesASegment checks mayDecode against gitleaks' codec:
// whenever the codec finds a segment, mayDecode must say yes (it is the
// gate in front of the codec).
func TestMayDecodeNeverMissesASegment(t *testing.T) {
	pieces := []string{
		"abc", " ", "\n", "%41", "%0a", "%2F%3D", "U+0041 ", "U+00e9", `\u0041`, `\\u0042`, `\U004a`,
		"0123456789abcdef", "6162636465666768696a6b6c6d6e6f70", "ZHQwYzAxLmV4YW1wbGU=", "dGVzdA",
		"very_long_identifier_name", "QUJDREVGR0hJSktMTU5PUA==", "=", "-", "_", "/", "+", "x9", "U+", "%",
		"key=", `"`, "TestWalkDeterministic", "ffffffffffffffffffffffffffffffff",
	}
	r := rand.New(rand.NewSource(1))
	yes := 0
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := r.Intn(8) + 1; k > 0; k-- {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		text := b.String()
		_, segs := codec.NewDecoder().Decode(text, nil)
		got := mayDecode(text)
		if len(segs) > 0 && !got {
			t.Fatalf("codec decodes %q but mayDecode says no", text)
		}
		if got {
			yes++
		}
	}
	if yes == 0 {
		t.Fatal("mayDecode never said yes: the test exercises nothing")
	}
	for _, s := range []string{"package main\n\nfunc main() {}\n", "TestWalkDeterministicAndConcurrent(t)"} {
		if mayDecode(s) {
			t.Errorf("mayDecode(%q) = true, want false (nothing decodes)", s)
		}
	}
}
