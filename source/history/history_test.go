package history_test

import (
	"bytes"
	"compress/zlib"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-git/go-git/v5"
	"github.com/go-git/go-git/v5/plumbing"

	"github.com/secretvet/secretvet/report"
	"github.com/secretvet/secretvet/report/text"
	"github.com/secretvet/secretvet/source/history"
)

func open(t *testing.T, dir string) *history.Repo {
	t.Helper()
	r, err := history.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// story: a secret added then removed, another added and kept, one moved.
type story struct {
	r                *repo
	added, kept      string // commits
	gone, here       string // tokens
	addedRemovedBase string
}

func tellStory(t *testing.T) story {
	g := newTokens(1)
	s := story{r: newRepo(t), gone: g.next(), here: g.next()}
	s.r.write("a.ts", "export const a = 1;\n")
	s.r.commit("init")
	s.r.write("b.ts", "// config\nexport const t = \""+s.gone+"\";\n")
	s.added = s.r.commit("add b").String()
	s.r.remove("b.ts")
	s.addedRemovedBase = s.r.commit("remove b").String()
	s.r.write("c.ts", "export const u = \""+s.here+"\";\n")
	s.kept = s.r.commit("add c").String()
	return s
}

func TestHistoryAddedThenRemoved(t *testing.T) {
	s := tellStory(t)
	res, err := history.Scan(context.Background(), open(t, s.r.dir), scanner(t), history.Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := byPath(res.Findings)
	if len(res.Findings) != 2 || len(got["b.ts"]) != 1 || len(got["c.ts"]) != 1 {
		t.Fatalf("findings at %v, want one in b.ts and one in c.ts", paths(res.Findings))
	}
	b := got["b.ts"][0]
	if b.Commit != s.added || b.Line != 2 || b.StillPresent == nil || *b.StillPresent {
		t.Errorf("b.ts: commit %s line %d still_present %v; want %s, line 2, false", b.Commit, b.Line, b.StillPresent, s.added)
	}
	if b.Author != "Ada" || b.Email != "ada@example.org" || b.Date != "2024-03-01T11:00:00Z" {
		t.Errorf("b.ts: author %q <%s> date %q", b.Author, b.Email, b.Date)
	}
	if !strings.Contains(b.Remediation.Summary, "exposed since 2024-03-01 in "+s.added[:7]) {
		t.Errorf("remediation of a removed secret should say since when it is exposed: %q", b.Remediation.Summary)
	}
	c := got["c.ts"][0]
	if c.Commit != s.kept || c.StillPresent == nil || !*c.StillPresent {
		t.Errorf("c.ts: commit %s still_present %v; want %s, true", c.Commit, c.StillPresent, s.kept)
	}
	if c.Remediation.Replacement == "" {
		t.Errorf("c.ts still holds the secret: the remediation should say what replaces it")
	}
}

func TestHistoryRangeSeesOnlyWhatItAdds(t *testing.T) {
	s := tellStory(t)
	res, err := history.Scan(context.Background(), open(t, s.r.dir), scanner(t), history.Options{Range: s.addedRemovedBase + "..HEAD"})
	if err != nil {
		t.Fatal(err)
	}
	if p := paths(res.Findings); len(p) != 1 || p[0] != "c.ts" {
		t.Fatalf("range findings at %v, want only c.ts", p)
	}
	// A range that adds nothing.
	res, err = history.Scan(context.Background(), open(t, s.r.dir), scanner(t), history.Options{Range: "HEAD..HEAD"})
	if err != nil || len(res.Findings) != 0 {
		t.Fatalf("HEAD..HEAD: %v, %v", paths(res.Findings), err)
	}
	if _, err := history.Scan(context.Background(), open(t, s.r.dir), scanner(t), history.Options{Range: "nope..HEAD"}); err == nil {
		t.Error("a range over an unknown revision should be an error")
	}
}

func TestHistoryRangeDoesNotBlameTheRangeForOldSecrets(t *testing.T) {
	g := newTokens(2)
	r := newRepo(t)
	old := g.next()
	r.write("cfg.ts", "export const t = \""+old+"\";\n")
	base := r.commit("old secret").String()
	r.write("cfg.ts", "export const t = \""+old+"\";\nexport const n = 2;\n")
	r.commit("touch the file")
	res, err := history.Scan(context.Background(), open(t, r.dir), scanner(t), history.Options{Range: base + "..HEAD"})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Findings) != 0 {
		t.Fatalf("the range did not add the secret, yet found %v", paths(res.Findings))
	}
}

func TestHistoryOldestCommitWinsAndMovedSecretIsPresent(t *testing.T) {
	g := newTokens(3)
	r := newRepo(t)
	tok := g.next()
	r.write("app/cfg.ts", "export const t = \""+tok+"\";\n")
	first := r.commit("add").String()
	r.write("app/cfg.ts", "// header\nexport const t = \""+tok+"\";\n")
	r.commit("edit around the secret")
	r.write("app/other.ts", "export const t = \""+tok+"\";\n")
	r.remove("app/cfg.ts")
	r.commit("move it")
	res, err := history.Scan(context.Background(), open(t, r.dir), scanner(t), history.Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := byPath(res.Findings)
	if len(got["app/cfg.ts"]) != 1 || len(got["app/other.ts"]) != 1 {
		t.Fatalf("findings at %v, want one per path", paths(res.Findings))
	}
	f := got["app/cfg.ts"][0]
	if f.Commit != first || f.Line != 1 {
		t.Errorf("app/cfg.ts attributed to %s line %d, want the oldest commit %s at line 1", f.Commit, f.Line, first)
	}
	if f.StillPresent == nil || !*f.StillPresent {
		t.Errorf("the secret moved to another file of the tip: still_present must be true")
	}
	// Two distinct blobs: app/other.ts holds the first version of
	// app/cfg.ts. That blob is read again to place its secret at the new
	// path, but it is not a third file scanned.
	if res.Stats.Files != 2 {
		t.Errorf("stats count %d files scanned, want 2", res.Stats.Files)
	}
}

func TestHistoryScansEachBlobOnce(t *testing.T) {
	g := newTokens(4)
	r := newRepo(t)
	shared := "export const t = \"" + g.next() + "\";\n"
	r.write("keep.ts", shared)
	r.commit("c0")
	for i := range 6 {
		r.write("counter.txt", fmt.Sprintf("%d\n", i))
		r.write(fmt.Sprintf("copy%d/keep.ts", i%2), shared) // the same blob at other paths
		r.commit(fmt.Sprintf("c%d", i+1))
	}
	// a branch that shares everything
	if err := r.r.Storer.SetReference(mustRef(t, r, "refs/heads/side")); err != nil {
		t.Fatal(err)
	}
	var c counter
	res, err := history.Scan(context.Background(), open(t, r.dir), scanner(t), history.Options{OnScan: c.hook})
	if err != nil {
		t.Fatal(err)
	}
	// counter.txt: six versions, each read once; keep.ts's blob holds a
	// secret and is placed at each of its three paths.
	secretBlob := ""
	for blob, n := range c.n {
		switch {
		case n == 3 && secretBlob == "":
			secretBlob = blob
		case n != 1:
			t.Errorf("blob %s scanned %d times", blob[:7], n)
		}
	}
	if len(c.n) != 7 || secretBlob == "" {
		t.Errorf("scanned %d distinct blobs (%v), want 7, the secret one at its 3 paths", len(c.n), c.n)
	}
	if got := strings.Join(paths(res.Findings), " "); got != "copy0/keep.ts copy1/keep.ts keep.ts" {
		t.Errorf("findings at %q, want the secret at each of its paths", got)
	}
}

func TestHistoryCorruptObjectIsReported(t *testing.T) {
	g := newTokens(5)
	r := newRepo(t)
	r.write("a.ts", "export const a = \""+g.next()+"\";\n")
	r.write("lost.ts", "export const b = \""+g.next()+"\";\n")
	r.commit("two secrets")
	r.write("later.ts", "export const c = \""+g.next()+"\";\n")
	r.commit("third")
	// Delete the loose object of lost.ts's blob.
	head, _ := r.r.Head()
	c, _ := r.r.CommitObject(head.Hash())
	tree, _ := c.Tree()
	e, err := tree.FindEntry("lost.ts")
	if err != nil {
		t.Fatal(err)
	}
	h := e.Hash.String()
	if err := os.Remove(filepath.Join(r.dir, ".git", "objects", h[:2], h[2:])); err != nil {
		t.Fatal(err)
	}
	// And garble the loose object of later.ts's blob.
	e2, _ := tree.FindEntry("later.ts")
	h2 := e2.Hash.String()
	if err := os.WriteFile(filepath.Join(r.dir, ".git", "objects", h2[:2], h2[2:]), []byte("not zlib"), 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := history.Scan(context.Background(), open(t, r.dir), scanner(t), history.Options{})
	if err != nil {
		t.Fatalf("a damaged object must not fail the scan: %v", err)
	}
	if p := paths(res.Findings); len(p) != 1 || p[0] != "a.ts" {
		t.Errorf("findings at %v, want a.ts only", p)
	}
	if !hasSkip(res.Skipped, "lost.ts", "missing") {
		t.Errorf("the missing blob is not reported: %+v", res.Skipped)
	}
	if !hasSkip(res.Skipped, "later.ts", "not scanned") {
		t.Errorf("the corrupt blob is not reported: %+v", res.Skipped)
	}
}

func TestHistoryMissingCommitIsReported(t *testing.T) {
	g := newTokens(6)
	r := newRepo(t)
	r.write("a.ts", "export const a = \""+g.next()+"\";\n")
	first := r.commit("one").String()
	r.write("b.ts", "export const b = \""+g.next()+"\";\n")
	r.commit("two")
	if err := os.Remove(filepath.Join(r.dir, ".git", "objects", first[:2], first[2:])); err != nil {
		t.Fatal(err)
	}
	res, err := history.Scan(context.Background(), open(t, r.dir), scanner(t), history.Options{})
	if err != nil {
		t.Fatal(err)
	}
	// b.ts's commit is diffed as a root: both files are in its tree.
	if len(res.Findings) != 2 {
		t.Errorf("findings at %v, want a.ts and b.ts from the readable commit", paths(res.Findings))
	}
	if !hasSkip(res.Skipped, ".", first[:7]) {
		t.Errorf("the missing commit is not reported: %+v", res.Skipped)
	}
}

func TestHistorySkipsBinaryLFSAndLargeBlobs(t *testing.T) {
	g := newTokens(7)
	r := newRepo(t)
	r.write("assets/logo", "\x89PNG\r\n\x1a\n\x00\x00"+g.next())
	r.write("assets/model", "version https://git-lfs.github.com/spec/v1\noid sha256:"+strings.Repeat("ab", 32)+"\nsize 123\n")
	r.write("logo.png", "\x89PNG\r\n\x1a\n\x00\x00"+g.next())
	r.write("big.ts", "export const t = \""+g.next()+"\";\n"+strings.Repeat("// padding\n", 200))
	r.commit("assets")
	res, err := history.Scan(context.Background(), open(t, r.dir), scanner(t), history.Options{MaxFileSize: 1024})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Findings) != 0 {
		t.Errorf("findings %v, want none", paths(res.Findings))
	}
	for path, reason := range map[string]string{"assets/logo": "binary", "assets/model": history.ReasonLFS, "big.ts": "larger than 1 KiB", "logo.png": "allowlist"} {
		if !hasSkip(res.Skipped, path, reason) {
			t.Errorf("%s: no skipped entry with %q in %+v", path, reason, res.Skipped)
		}
	}
}

func TestHistoryBranchSinceAndMaxCommits(t *testing.T) {
	g := newTokens(8)
	r := newRepo(t)
	r.write("old.ts", "export const a = \""+g.next()+"\";\n")
	r.commit("old") // 10:00
	r.write("new.ts", "export const b = \""+g.next()+"\";\n")
	r.commit("new") // 11:00
	repo := open(t, r.dir)
	for _, tc := range []struct {
		name string
		o    history.Options
		want string
	}{
		{"since", history.Options{Since: epoch.Add(90 * 60e9)}, "new.ts"},
		{"max-commits", history.Options{MaxCommits: 1}, "new.ts"},
		{"branch", history.Options{Branch: "master"}, "new.ts old.ts"},
	} {
		res, err := history.Scan(context.Background(), repo, scanner(t), tc.o)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if got := strings.Join(paths(res.Findings), " "); got != tc.want {
			t.Errorf("%s: findings at %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestStagedSeesOnlyWhatIsStaged(t *testing.T) {
	g := newTokens(9)
	r := newRepo(t)
	old := g.next()
	r.write("a.ts", "export const a = 1;\n")
	r.write("cfg.ts", "export const t = \""+old+"\";\n")
	r.commit("init")
	fresh := g.next()
	r.write("d.ts", "// staged\n\nexport const v = \""+fresh+"\";\n")         // staged, new secret
	r.write("cfg.ts", "export const t = \""+old+"\";\nexport const n = 1;\n") // staged, old secret
	// in the worktree only, not staged
	if err := os.WriteFile(filepath.Join(r.dir, "e.ts"), []byte("export const w = \""+g.next()+"\";\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var c counter
	res, err := history.Staged(context.Background(), open(t, r.dir), scanner(t), history.Options{OnScan: c.hook})
	if err != nil {
		t.Fatal(err)
	}
	if p := paths(res.Findings); len(p) != 1 || p[0] != "d.ts" {
		t.Fatalf("staged findings at %v, want d.ts only", p)
	}
	if f := res.Findings[0]; f.Line != 3 || f.Commit != "" || f.StillPresent != nil {
		t.Errorf("d.ts finding at line %d commit %q still_present %v; want line 3, no commit", f.Line, f.Commit, f.StillPresent)
	}
	// d.ts and the new cfg.ts are read; a.ts is not (its blob is HEAD's).
	if res.Stats.Files != 2 {
		t.Errorf("scanned %d staged blobs, want 2", res.Stats.Files)
	}
}

func TestStagedBeforeFirstCommit(t *testing.T) {
	g := newTokens(10)
	r := newRepo(t)
	r.write("x/y.ts", "export const v = \""+g.next()+"\";\n")
	res, err := history.Staged(context.Background(), open(t, r.dir), scanner(t), history.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if p := paths(res.Findings); len(p) != 1 || p[0] != "x/y.ts" {
		t.Fatalf("findings %v, want x/y.ts", p)
	}
}

func TestOpenNotARepository(t *testing.T) {
	_, err := history.Open(t.TempDir())
	if !errors.Is(err, history.ErrNotRepository) {
		t.Fatalf("Open of a plain folder: %v, want ErrNotRepository", err)
	}
	if _, err := history.Open(filepath.Join(t.TempDir(), "missing")); err == nil {
		t.Fatal("Open of a missing folder should fail")
	}
}

func TestBareRepository(t *testing.T) {
	s := tellStory(t)
	bare := filepath.Join(t.TempDir(), "bare.git")
	if _, err := git.PlainClone(bare, true, &git.CloneOptions{URL: s.r.dir}); err != nil {
		t.Fatal(err)
	}
	repo := open(t, bare)
	if !repo.Bare() {
		t.Fatal("not seen as bare")
	}
	res, err := history.Scan(context.Background(), repo, scanner(t), history.Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := byPath(res.Findings)
	if len(got["b.ts"]) != 1 || len(got["c.ts"]) != 1 || *got["b.ts"][0].StillPresent || !*got["c.ts"][0].StillPresent {
		t.Fatalf("bare: findings %v", paths(res.Findings))
	}
	if _, err := history.Staged(context.Background(), repo, scanner(t), history.Options{}); !errors.Is(err, history.ErrBare) {
		t.Errorf("staged on a bare repository: %v, want ErrBare", err)
	}
}

// TestHistoryModifiedFileScannedWhereItChanged: a later version of a file is
// scanned in its new lines. A secret on an unchanged line stays at the
// commit that added it and is still present at the tip; a secret added in
// the middle of the file is found at its commit and line.
func TestHistoryModifiedFileScannedWhereItChanged(t *testing.T) {
	g := newTokens(7)
	old, added := g.next(), g.next()
	r := newRepo(t)
	lines := make([]string, 200)
	for i := range lines {
		lines[i] = fmt.Sprintf("export const v%d = %d;", i, i)
	}
	lines[1] = "export const old = \"" + old + "\";"
	r.write("config.ts", strings.Join(lines, "\n")+"\n")
	first := r.commit("add config").String()
	lines[99] = "export const added = \"" + added + "\";"
	lines[150] = "export const v150 = 151;"
	r.write("config.ts", strings.Join(lines, "\n")+"\n")
	second := r.commit("edit config").String()

	res, err := history.Scan(context.Background(), open(t, r.dir), scanner(t), history.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Findings) != 2 {
		t.Fatalf("%d findings at %v, want 2", len(res.Findings), paths(res.Findings))
	}
	for _, f := range res.Findings {
		want, line := first, 2
		if f.Secret == added {
			want, line = second, 100
		}
		if f.Commit != want || f.Line != line || f.StillPresent == nil || !*f.StillPresent {
			t.Errorf("%s…: commit %.7s line %d still_present %v; want %.7s line %d, still present",
				f.Redacted[:12], f.Commit, f.Line, f.StillPresent, want, line)
		}
	}
}

// TestHistoryManyRefsAndAPathWithANewline: 10,000 refs (packed, as git
// keeps them) to a handful of commits are walked once each; a file whose
// name holds a newline is scanned and reported under its real name, and
// the text report does not break its line on it.
func TestHistoryManyRefsAndAPathWithANewline(t *testing.T) {
	g := newTokens(11)
	r := newRepo(t)
	odd := "dir/first\nsecond.ts"
	tok := g.next()
	var commits []string
	for i := range 4 {
		r.write(fmt.Sprintf("f%d.ts", i), fmt.Sprintf("export const x = %d;\n", i))
		commits = append(commits, r.commit(fmt.Sprint("c", i)).String())
	}
	// git accepts the name; go-git's worktree does not, so the commit is
	// written object by object.
	commits = append(commits, r.commitFile(odd, "export const t = \""+tok+"\";\n").String())
	var packed strings.Builder
	packed.WriteString("# pack-refs with: peeled fully-peeled sorted \n")
	for i := range 10000 {
		fmt.Fprintf(&packed, "%s refs/tags/t%05d\n", commits[i%len(commits)], i)
	}
	if err := os.WriteFile(filepath.Join(r.dir, ".git", "packed-refs"), []byte(packed.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := history.Scan(context.Background(), open(t, r.dir), scanner(t), history.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Findings) != 1 || res.Findings[0].Path != odd || res.Findings[0].Commit != commits[4] {
		t.Fatalf("findings %q, want one in %q at %.7s", paths(res.Findings), odd, commits[4])
	}
	if res.Stats.Files != 5 {
		t.Errorf("%d blobs scanned, want 5 (each once, however many refs reach it)", res.Stats.Files)
	}
	var out strings.Builder
	if err := text.Render(&out, res, report.Options{}); err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(out.String(), "\n") {
		if strings.HasPrefix(line, "second.ts") {
			t.Errorf("the newline in the file name broke the report's line:\n%s", out.String())
		}
	}
}

// TestHistoryHugeLooseBlobIsSkippedUnread: a loose object whose header
// says 1 GB is reported as too large from its header alone (its body here
// is a few bytes: reading it would fail).
func TestHistoryHugeLooseBlobIsSkippedUnread(t *testing.T) {
	r := newRepo(t)
	r.write("a.ts", "export const a = 1;\n")
	r.commit("init")
	var obj bytes.Buffer
	zw := zlib.NewWriter(&obj)
	fmt.Fprintf(zw, "blob %d\x00tiny", 1<<30)
	zw.Close()
	h := plumbing.NewHash("00112233445566778899aabbccddeeff00112233")
	p := filepath.Join(r.dir, ".git", "objects", h.String()[:2], h.String()[2:])
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, obj.Bytes(), 0o444); err != nil {
		t.Fatal(err)
	}
	r.commitBlob("data/dump.sql", h)
	res, err := history.Scan(context.Background(), open(t, r.dir), scanner(t), history.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !hasSkip(res.Skipped, "data/dump.sql", "larger than") {
		t.Errorf("a 1 GB blob should be skipped as too large: %+v", res.Skipped)
	}
}

// TestHistoryMovedThenEditedSecretIsStillPresent: a secret moved to another
// file, which is then edited elsewhere, is still present at the tip: the
// finding at its first file says so too.
func TestHistoryMovedThenEditedSecretIsStillPresent(t *testing.T) {
	g := newTokens(21)
	tok := g.next()
	r := newRepo(t)
	r.write("old.ts", "export const t = \""+tok+"\";\n")
	r.commit("add")
	lines := []string{"// header", "export const t = \"" + tok + "\";"}
	for i := range 20 {
		lines = append(lines, fmt.Sprintf("export const v%d = %d;", i, i))
	}
	r.remove("old.ts")
	r.write("new.ts", strings.Join(lines, "\n")+"\n")
	r.commit("move")
	lines[20] = "export const v18 = 180;"
	r.write("new.ts", strings.Join(lines, "\n")+"\n")
	r.commit("edit far from the secret")
	res, err := history.Scan(context.Background(), open(t, r.dir), scanner(t), history.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Findings) != 2 {
		t.Fatalf("findings at %v, want old.ts and new.ts", paths(res.Findings))
	}
	for _, f := range res.Findings {
		if f.StillPresent == nil || !*f.StillPresent {
			t.Errorf("%s: the secret is still in new.ts at the tip: still_present must be true", f.Path)
		}
	}
}
