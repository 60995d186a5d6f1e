package archive

import (
	"testing"

	"github.com/secretvet/secretvet/finding"
)

// FuzzWalk checks that no input panics Walk or makes it break its limits.
// Seeds live in testdata/fuzz/FuzzWalk (zips, nested, tar.gz, truncated),
// so plain go test runs them.
func FuzzWalk(f *testing.F) {
	f.Add([]byte("PK\x03\x04"))
	f.Add([]byte("\x1f\x8b"))
	l := Limits{MaxDepth: 3, MaxMemberSize: 1 << 20, MaxTotal: 4 << 20, MaxMembers: 1000}
	f.Fuzz(func(t *testing.T, data []byte) {
		var total int64
		err := Walk("fuzz.zip", data, l,
			func(m Member) {
				if int64(len(m.Data)) > l.MaxMemberSize {
					t.Errorf("member %q has %d bytes, over the limit", m.Name, len(m.Data))
				}
				total += int64(len(m.Data))
			},
			func(s finding.Skipped) {
				if s.Path != "fuzz.zip" || s.Reason == "" {
					t.Errorf("bad skip %+v", s)
				}
			})
		if total > l.MaxTotal {
			t.Errorf("emitted %d bytes, over the total limit", total)
		}
		if err != nil && err.Error() == "" {
			t.Error("empty error message")
		}
	})
}
