package history_test

import (
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/go-git/go-git/v5"
	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/filemode"
	"github.com/go-git/go-git/v5/plumbing/object"

	"github.com/secretvet/secretvet/finding"
	"github.com/secretvet/secretvet/pipeline"
	"github.com/secretvet/secretvet/rules"
)

// tokens makes fake Dynatrace API tokens from a fixed seed: format-valid,
// never a literal in this file.
type tokens struct{ rnd *rand.Rand }

func newTokens(seed int64) *tokens { return &tokens{rand.New(rand.NewSource(seed))} }

func (g *tokens) b32(n int) string {
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
	b := make([]byte, n)
	for i := range b {
		b[i] = alphabet[g.rnd.Intn(len(alphabet))]
	}
	return string(b)
}

func (g *tokens) next() string { return "dt0c01." + g.b32(24) + "." + g.b32(64) }

// repo builds a repository in a temporary folder with go-git, one commit an
// hour from a fixed date.
type repo struct {
	t   *testing.T
	dir string
	r   *git.Repository
	wt  *git.Worktree
	n   int
}

var epoch = time.Date(2024, 3, 1, 9, 0, 0, 0, time.UTC)

func newRepo(t *testing.T) *repo {
	t.Helper()
	dir := t.TempDir()
	r, err := git.PlainInit(dir, false)
	if err != nil {
		t.Fatal(err)
	}
	wt, err := r.Worktree()
	if err != nil {
		t.Fatal(err)
	}
	return &repo{t: t, dir: dir, r: r, wt: wt}
}

func (r *repo) write(path, content string) {
	r.t.Helper()
	p := filepath.Join(r.dir, filepath.FromSlash(path))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		r.t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		r.t.Fatal(err)
	}
	if _, err := r.wt.Add(path); err != nil {
		r.t.Fatal(err)
	}
}

func (r *repo) remove(path string) {
	r.t.Helper()
	if _, err := r.wt.Remove(path); err != nil {
		r.t.Fatal(err)
	}
}

func (r *repo) commit(msg string) plumbing.Hash {
	r.t.Helper()
	r.n++
	sig := &object.Signature{Name: "Ada", Email: "ada@example.org", When: epoch.Add(time.Duration(r.n) * time.Hour)}
	h, err := r.wt.Commit(msg, &git.CommitOptions{Author: sig, Committer: sig, AllowEmptyCommits: true})
	if err != nil {
		r.t.Fatal(err)
	}
	return h
}

// commitFile commits one file (dir/name) on top of HEAD by writing the
// blob, trees and commit objects directly: for names that go-git's
// worktree refuses (a newline in a file name).
func (r *repo) commitFile(path, content string) plumbing.Hash {
	r.t.Helper()
	st := r.r.Storer
	blob := st.NewEncodedObject()
	blob.SetType(plumbing.BlobObject)
	w, _ := blob.Writer()
	w.Write([]byte(content))
	w.Close()
	bh, err := st.SetEncodedObject(blob)
	if err != nil {
		r.t.Fatal(err)
	}
	return r.commitBlob(path, bh)
}

// commitBlob commits blob bh (which may be written by hand) at dir/name on
// top of HEAD.
func (r *repo) commitBlob(path string, bh plumbing.Hash) plumbing.Hash {
	r.t.Helper()
	st := r.r.Storer
	put := func(o interface {
		Encode(plumbing.EncodedObject) error
	}) plumbing.Hash {
		obj := st.NewEncodedObject()
		if err := o.Encode(obj); err != nil {
			r.t.Fatal(err)
		}
		h, err := st.SetEncodedObject(obj)
		if err != nil {
			r.t.Fatal(err)
		}
		return h
	}
	head, err := r.r.Head()
	if err != nil {
		r.t.Fatal(err)
	}
	parent, err := r.r.CommitObject(head.Hash())
	if err != nil {
		r.t.Fatal(err)
	}
	root, err := parent.Tree()
	if err != nil {
		r.t.Fatal(err)
	}
	dir, name, _ := strings.Cut(path, "/")
	sub := put(&object.Tree{Entries: []object.TreeEntry{{Name: name, Mode: filemode.Regular, Hash: bh}}})
	entries := append([]object.TreeEntry{{Name: dir, Mode: filemode.Dir, Hash: sub}}, root.Entries...)
	sort.Slice(entries, func(i, j int) bool { return entries[i].Name < entries[j].Name })
	r.n++
	sig := object.Signature{Name: "Ada", Email: "ada@example.org", When: epoch.Add(time.Duration(r.n) * time.Hour)}
	c := put(&object.Commit{Author: sig, Committer: sig, Message: "odd file", TreeHash: put(&object.Tree{Entries: entries}), ParentHashes: []plumbing.Hash{head.Hash()}})
	if err := st.SetReference(plumbing.NewHashReference(head.Name(), c)); err != nil {
		r.t.Fatal(err)
	}
	return c
}

func scanner(t *testing.T) *pipeline.Scanner {
	t.Helper()
	cfg, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	return &pipeline.Scanner{Engine: rules.New(cfg, rules.Options{})}
}

func byPath(fs []finding.Finding) map[string][]finding.Finding {
	m := map[string][]finding.Finding{}
	for _, f := range fs {
		m[f.Path] = append(m[f.Path], f)
	}
	return m
}

func paths(fs []finding.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Path)
	}
	return out
}

func hasSkip(sk []finding.Skipped, path, reasonPart string) bool {
	for _, s := range sk {
		if (path == "" || s.Path == path) && strings.Contains(s.Reason, reasonPart) {
			return true
		}
	}
	return false
}

// counter counts how often each blob is scanned.
type counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *counter) hook(blob, _ string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.n == nil {
		c.n = map[string]int{}
	}
	c.n[blob]++
}

// gitBin runs the git binary in dir, with a user configured; tests that
// need it (shallow clones, worktrees, submodules) skip without it.
func gitBin(t *testing.T, dir string, args ...string) string {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git binary")
	}
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=Ada", "GIT_AUTHOR_EMAIL=ada@example.org",
		"GIT_COMMITTER_NAME=Ada", "GIT_COMMITTER_EMAIL=ada@example.org", "GIT_CONFIG_NOSYSTEM=1", "HOME="+t.TempDir())
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("git %v: %v\n%s", args, err, out)
	}
	return strings.TrimSpace(string(out))
}

func mustRef(t *testing.T, r *repo, name string) *plumbing.Reference {
	t.Helper()
	head, err := r.r.Head()
	if err != nil {
		t.Fatal(err)
	}
	return plumbing.NewHashReference(plumbing.ReferenceName(name), head.Hash())
}
