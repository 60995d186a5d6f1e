package rules

import (
	"math/rand"
	"slices"
	"strings"
	"testing"

	"github.com/zricethezav/gitleaks/v8/detect/codec"
)

// TestCodecMatchesGitleaks checks the hand-written codec against gitleaks'
// own, round after round, on texts built from pieces of every encoding: the
// decoded text, which matches overlap decoded text, where they map back to,
// their line and their tags must all be the same.
func TestCodecMatchesGitleaks(t *testing.T) {
	pieces := []string{
		"abc", " ", "\n", "%41", "%0a", "%2F%3D", "x%25y", "U+0041 ", "U+00e9", "U+0042\n", `\u0041`, `\\u0042`, `\U004a`,
		"0123456789abcdef", "6162636465666768696a6b6c6d6e6f70", "ZHQwYzAxLmV4YW1wbGU=", "dGVzdA",
		"very_long_identifier_name", "QUJDREVGR0hJSktMTU5PUA==", "=", "-", "_", "/", "+", "x9", "U+", "%",
		"key=", `"`, "TestWalkDeterministic", "ffffffffffffffffffffffffffffffff", "JTQxJTQyJTQz",
		"NjE2MjYzNjQ2NTY2Njc2ODY5NmE2YjZjNmQ2ZTZmNzA=", "YUdWc2JHOGdkMjl5YkdRPQ==", "é", "\x00",
	}
	r := rand.New(rand.NewSource(3))
	segmentsSeen := 0
	for n := 0; n < 4000; n++ {
		var b strings.Builder
		for k := r.Intn(10) + 1; k > 0; k-- {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		text := b.String()
		gText, mText := text, text
		var gSegs []*codec.EncodedSegment
		var mSegs []*segment
		gDec := codec.NewDecoder()
		for round := 1; round <= 3; round++ {
			gText, gSegs = gDec.Decode(gText, gSegs)
			mText, mSegs = decodeRound(mText, mSegs)
			if gText != mText || len(gSegs) != len(mSegs) {
				t.Fatalf("%q round %d: gitleaks %q (%d segments), secretvet %q (%d segments)",
					text, round, gText, len(gSegs), mText, len(mSegs))
			}
			if len(mSegs) == 0 {
				break
			}
			segmentsSeen++
			d := &decoded{text: mText, segs: mSegs}
			for k := 0; k < 20; k++ {
				s := r.Intn(len(mText) + 1)
				e := s + r.Intn(len(mText)-s+1)
				gs := codec.SegmentsWithDecodedOverlap(gSegs, s, e)
				ms := d.overlapping(s, e)
				if len(gs) != len(ms) {
					t.Fatalf("%q round %d [%d,%d): overlap %d vs %d", text, round, s, e, len(gs), len(ms))
				}
				if len(ms) == 0 {
					continue
				}
				gi := codec.AdjustMatchIndex(gs, []int{s, e})
				if ms0, ms1 := d.toOriginal(ms, s, e); gi[0] != ms0 || gi[1] != ms1 {
					t.Fatalf("%q round %d [%d,%d): original %v vs [%d,%d)", text, round, s, e, gi, ms0, ms1)
				}
				if gl, ml := codec.CurrentLine(gs, mText), d.line(ms); gl != ml {
					t.Fatalf("%q round %d [%d,%d): line %q vs %q", text, round, s, e, gl, ml)
				}
				var gTags []string
				for _, tag := range codec.Tags(gs) {
					if k, ok := strings.CutPrefix(tag, "decoded:"); ok {
						gTags = append(gTags, k)
					}
				}
				if mTags := d.tags(ms); !slices.Equal(gTags, mTags) {
					t.Fatalf("%q round %d: tags %v vs %v", text, round, gTags, mTags)
				}
			}
		}
	}
	if segmentsSeen < 1000 {
		t.Fatalf("only %d rounds decoded anything: the test exercises too little", segmentsSeen)
	}
}
