package history

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/secretvet/secretvet/pipeline"
)

// rs builds line ranges from pairs of first and last lines.
func rs(pairs ...int) []pipeline.LineRange {
	out := []pipeline.LineRange{}
	for i := 0; i+1 < len(pairs); i += 2 {
		out = append(out, pipeline.LineRange{First: pairs[i], Last: pairs[i+1]})
	}
	return out
}

func numbered(n int) []string {
	var ls []string
	for i := 1; i <= n; i++ {
		ls = append(ls, fmt.Sprintf("line %d", i))
	}
	return ls
}

func join(ls []string) []byte { return []byte(strings.Join(ls, "\n") + "\n") }

func TestChangedLines(t *testing.T) {
	old := numbered(40)
	var oldSet lineSet
	oldSet.fill(join(old))
	cases := []struct {
		name string
		edit func([]string) []string
		want []pipeline.LineRange
	}{
		{"unchanged", func(ls []string) []string { return ls }, rs()},
		{"one line changed in the middle", func(ls []string) []string {
			ls[19] = "new"
			return ls
		}, rs(17, 23)},
		{"first and last lines changed: context clipped to the file", func(ls []string) []string {
			ls[0], ls[39] = "new first", "new last"
			return ls
		}, rs(1, 4, 37, 40)},
		{"changes closer than twice the context merge", func(ls []string) []string {
			ls[9], ls[16] = "new a", "new b"
			return ls
		}, rs(7, 20)},
		{"lines only deleted or moved: nothing new", func(ls []string) []string {
			ls = slices.Delete(ls, 5, 9)
			ls[0], ls[1] = ls[1], ls[0]
			return ls
		}, rs()},
		{"appended", func(ls []string) []string { return append(ls, "tail") }, rs(38, 41)},
	}
	for _, c := range cases {
		got := changedLines(join(c.edit(slices.Clone(old))), &oldSet)
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
	// A file without a final newline: its last line still counts.
	var small lineSet
	small.fill([]byte("line 1\nline 2\nline 3"))
	got := changedLines([]byte("line 1\nline 2\nchanged"), &small)
	if !slices.Equal(got, rs(1, 3)) {
		t.Errorf("no final newline: %v", got)
	}
}

// TestLineSetRefill: a set refilled with a smaller file forgets the lines
// of the larger one it held before.
func TestLineSetRefill(t *testing.T) {
	var s lineSet
	s.fill(join(numbered(500)))
	s.fill([]byte("only line\n"))
	got := changedLines(join(numbered(3)), &s)
	if !slices.Equal(got, rs(1, 3)) {
		t.Errorf("after a refill, the old lines still count as present: %v", got)
	}
}
