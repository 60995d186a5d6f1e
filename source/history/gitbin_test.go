package history_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/secretvet/secretvet/source/history"
)

// These tests build what go-git cannot: shallow clones, submodules and
// linked worktrees, with the git binary.

func TestShallowCloneIsScannedWithAWarning(t *testing.T) {
	s := tellStory(t)
	clone := filepath.Join(t.TempDir(), "shallow")
	gitBin(t, t.TempDir(), "clone", "-q", "--depth", "1", "file://"+s.r.dir, clone)
	res, err := history.Scan(context.Background(), open(t, clone), scanner(t), history.Options{})
	if err != nil {
		t.Fatal(err)
	}
	// Only the tip commit is there: c.ts is found in it, b.ts is gone.
	if p := paths(res.Findings); len(p) != 1 || p[0] != "c.ts" {
		t.Errorf("findings %v, want c.ts", p)
	}
	if !hasSkip(res.Skipped, ".", "shallow clone") {
		t.Errorf("no shallow-clone warning in %+v", res.Skipped)
	}
}

func TestSubmoduleEntryIsSkipped(t *testing.T) {
	s := tellStory(t)
	dir := t.TempDir()
	gitBin(t, dir, "init", "-q")
	os.WriteFile(filepath.Join(dir, "x.txt"), []byte("x\n"), 0o644)
	gitBin(t, dir, "add", "x.txt")
	gitBin(t, dir, "update-index", "--add", "--cacheinfo", "160000,"+s.kept+",vendor/lib")
	gitBin(t, dir, "commit", "-qm", "with a submodule")
	res, err := history.Scan(context.Background(), open(t, dir), scanner(t), history.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !hasSkip(res.Skipped, "vendor/lib", "submodule") {
		t.Errorf("submodule not reported: %+v", res.Skipped)
	}
}

func TestLinkedWorktree(t *testing.T) {
	s := tellStory(t)
	wt := filepath.Join(t.TempDir(), "wt")
	gitBin(t, s.r.dir, "worktree", "add", "-q", wt)
	repo := open(t, wt)
	res, err := history.Scan(context.Background(), repo, scanner(t), history.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(byPath(res.Findings)["b.ts"]) != 1 {
		t.Errorf("worktree history: findings %v", paths(res.Findings))
	}
	g := newTokens(11)
	os.WriteFile(filepath.Join(wt, "w.ts"), []byte("export const w = \""+g.next()+"\";\n"), 0o644)
	gitBin(t, wt, "add", "w.ts")
	res, err = history.Staged(context.Background(), repo, scanner(t), history.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if p := paths(res.Findings); len(p) != 1 || p[0] != "w.ts" {
		t.Errorf("worktree staged: findings %v, want w.ts (the worktree's own index)", p)
	}
	if filepath.Clean(repo.CommonDir()) != filepath.Join(s.r.dir, ".git") {
		t.Errorf("common dir %s", repo.CommonDir())
	}
}

func TestStagedHonoursGitIndexFile(t *testing.T) {
	g := newTokens(12)
	r := newRepo(t)
	r.write("a.ts", "export const a = 1;\n")
	r.commit("init")
	// `git commit -a` stages into a temporary index and points
	// GIT_INDEX_FILE at it; the hook must read that one.
	os.WriteFile(filepath.Join(r.dir, "a.ts"), []byte("export const a = \""+g.next()+"\";\n"), 0o644)
	tmp := filepath.Join(r.dir, ".git", "next-index.lock")
	t.Setenv("GIT_INDEX_FILE", tmp) // the git commands below inherit it
	gitBin(t, r.dir, "read-tree", "HEAD")
	gitBin(t, r.dir, "add", "a.ts")
	res, err := history.Staged(context.Background(), open(t, r.dir), scanner(t), history.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if p := paths(res.Findings); len(p) != 1 || p[0] != "a.ts" {
		t.Errorf("findings %v, want a.ts from GIT_INDEX_FILE", p)
	}
	// An index outside the repository is not trusted.
	t.Setenv("GIT_INDEX_FILE", filepath.Join(t.TempDir(), "index"))
	res, err = history.Staged(context.Background(), open(t, r.dir), scanner(t), history.Options{})
	if err != nil || len(res.Findings) != 0 {
		t.Errorf("foreign GIT_INDEX_FILE: findings %v, err %v; want the repository's own index (nothing staged)", paths(res.Findings), err)
	}
}
