package sourcemap

import (
	"testing"
)

// FuzzSourceMap checks that no input panics Extract, Parse or Original, and
// that every fragment can be located at each of its offsets. Seeds live in
// testdata/fuzz/FuzzSourceMap, so plain go test runs them.
func FuzzSourceMap(f *testing.F) {
	f.Add([]byte(flatMap))
	f.Fuzz(func(t *testing.T, data []byte) {
		frags, _ := Extract("fuzz.map", "", data)
		for i := range frags {
			fr := &frags[i]
			for off := 0; off <= len(fr.Text) && off < 4096; off++ {
				p := fr.Locate(off)
				if p.Line < 1 || p.Column < 1 || p.InnerLine < 1 || p.InnerColumn < 1 {
					t.Fatalf("fragment %d: Locate(%d) = %+v", i, off, p)
				}
			}
		}
		m, err := Parse(data)
		if m == nil {
			if err == nil {
				t.Fatal("Parse returned neither a map nor an error")
			}
			return
		}
		for line := 1; line <= 3; line++ {
			for col := 1; col <= 40; col += 7 {
				if src, l, c, ok := m.Original(line, col); ok && (l < 1 || c < 1) {
					t.Fatalf("Original(%d, %d) = %q %d:%d", line, col, src, l, c)
				}
			}
		}
		_ = IsSourceMap("fuzz.map", data)
	})
}
