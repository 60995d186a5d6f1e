package history_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/go-git/go-git/v5"

	"github.com/secretvet/secretvet/source/history"
)

// repack moves every object of r into one pack (OFS or REF deltas, as go-git
// writes them) and deletes the loose objects, as git gc does.
func repack(t *testing.T, r *repo, refDeltas bool) {
	t.Helper()
	if err := r.r.RepackObjects(&git.RepackConfig{UseRefDeltas: refDeltas}); err != nil {
		t.Fatal(err)
	}
	objects := filepath.Join(r.dir, ".git", "objects")
	dirs, _ := filepath.Glob(filepath.Join(objects, "[0-9a-f][0-9a-f]"))
	for _, d := range dirs {
		if err := os.RemoveAll(d); err != nil {
			t.Fatal(err)
		}
	}
	if packs, _ := filepath.Glob(filepath.Join(objects, "pack", "*.pack")); len(packs) != 1 {
		t.Fatalf("%d packs after repacking, want 1", len(packs))
	}
}

// summary is what a history scan reports, in a comparable form.
func summary(t *testing.T, dir string) []string {
	t.Helper()
	res, err := history.Scan(context.Background(), open(t, dir), scanner(t), history.Options{MaxFileSize: 64 << 10})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, f := range res.Findings {
		out = append(out, fmt.Sprintf("%s %s:%d %.7s present=%v", f.RuleID, f.Path, f.Line, f.Commit, *f.StillPresent))
	}
	for _, s := range res.Skipped {
		out = append(out, "skipped "+s.Path+": "+s.Reason)
	}
	slices.Sort(out)
	return out
}

// versionedRepo commits many versions of a few files, so that a pack
// stores most of them as deltas, with secrets added, kept, moved and
// removed along the way, a binary file and a file over the size limit.
func versionedRepo(t *testing.T) *repo {
	g := newTokens(3)
	r := newRepo(t)
	lines := make([]string, 400)
	for i := range lines {
		lines[i] = fmt.Sprintf("export const setting%d = \"value %d\";", i, i)
	}
	r.write("big.bin", "\x00\x01"+strings.Repeat("z", 70<<10))
	for v := range 12 {
		lines[v*30] = fmt.Sprintf("export const setting%d = \"version %d\";", v*30, v)
		switch v {
		case 2:
			lines[10] = "export const token = \"" + g.next() + "\";"
		case 5:
			lines[11] = "export const other = \"" + g.next() + "\";"
		case 8:
			lines[10] = "export const token = process.env.TOKEN;"
		}
		r.write("src/config.ts", strings.Join(lines, "\n")+"\n")
		r.write("docs/notes.md", fmt.Sprintf("# Notes v%d\n\n%s\n", v, strings.Repeat("Some words about the release.\n", 50+v)))
		if v == 6 {
			r.write("deploy/.env", "DT_API_TOKEN="+g.next()+"\n")
		}
		r.commit(fmt.Sprintf("version %d", v))
	}
	return r
}

// TestPackedHistoryReadsLikeLooseObjects: reading blobs straight from the
// pack (through OFS and REF delta chains) gives exactly the findings and
// skipped entries that reading loose objects through go-git gives.
func TestPackedHistoryReadsLikeLooseObjects(t *testing.T) {
	for _, refDeltas := range []bool{false, true} {
		r := versionedRepo(t)
		loose := summary(t, r.dir)
		if len(loose) < 4 {
			t.Fatalf("the story should give findings and a skipped file: %v", loose)
		}
		repack(t, r, refDeltas)
		packed := summary(t, r.dir)
		if !slices.Equal(loose, packed) {
			t.Errorf("ref deltas %v: packed history reads differently\nloose:  %q\npacked: %q", refDeltas, loose, packed)
		}
	}
}

// TestCorruptPackIsReportedNotFatal: a pack with damaged bytes gives
// skipped entries that say so, and the scan goes on.
func TestCorruptPackIsReportedNotFatal(t *testing.T) {
	r := versionedRepo(t)
	repack(t, r, false)
	packs, _ := filepath.Glob(filepath.Join(r.dir, ".git", "objects", "pack", "*.pack"))
	b, err := os.ReadFile(packs[0])
	if err != nil {
		t.Fatal(err)
	}
	for i := len(b) / 3; i < len(b)/3+64 && i < len(b); i++ {
		b[i] ^= 0x5a
	}
	if err := os.WriteFile(packs[0], b, 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := history.Scan(context.Background(), open(t, r.dir), scanner(t), history.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Skipped) == 0 {
		t.Fatalf("damaged pack: nothing reported as skipped")
	}
	for _, s := range res.Skipped {
		if s.Reason == "" {
			t.Errorf("skipped %s without a reason", s.Path)
		}
	}
}
