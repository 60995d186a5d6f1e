package history

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/filemode"
	"github.com/go-git/go-git/v5/plumbing/object"

	"github.com/secretvet/secretvet/finding"
	"github.com/secretvet/secretvet/fragment"
	"github.com/secretvet/secretvet/pipeline"
	"github.com/secretvet/secretvet/source/files"
)

// ErrBare is returned by Staged for a repository without a worktree.
var ErrBare = errors.New("a bare repository has no index (nothing is staged)")

// Staged scans what `git commit` is about to record: the blobs of the index
// that differ from HEAD's tree (all of them before the first commit). Only
// those blobs are read, and only the trees on their paths: directories
// whose staged content is HEAD's, as the index's cache tree records, are
// not even listed. Findings are at their line in the staged content, with
// paths relative to the repository's top folder; a secret the file already
// held in HEAD is not reported (the commit does not add it).
//
// In a hook, git may point GIT_INDEX_FILE at a temporary index (`git commit
// -a`, `git commit <paths>`); that index is the one read, as long as it
// belongs to this repository.
func Staged(ctx context.Context, r *Repo, s *pipeline.Scanner, o Options) (*finding.Result, error) {
	start := time.Now()
	if r.bare {
		return nil, ErrBare
	}
	idx, err := r.index()
	if err != nil {
		return nil, err
	}
	sc := newScan(r, s, o)
	defer sc.close()
	meta := r.objects(16 << 20)
	defer meta.Close()

	head := &headTree{tr: newTrees(meta), dirs: map[string]*object.Tree{}}
	if h, err := r.head(); err == nil {
		c, err := object.GetCommit(meta, h)
		if err != nil {
			return nil, fmt.Errorf("HEAD commit %s: %w", short(h), objectErr(err))
		}
		head.root = c.TreeHash
	}
	same := head.unchanged(idx.cache)

	sc.startWorkers(ctx)
	for _, e := range idx.entries {
		if ctx.Err() != nil {
			break
		}
		if under(e.name, same) {
			continue
		}
		if e.stage != 0 {
			sc.skip(finding.Skipped{Path: e.name, Reason: "unmerged (conflict not resolved): not scanned"})
			continue
		}
		if e.intentToAdd {
			continue
		}
		before, err := head.blob(e.name)
		if err != nil {
			sc.skip(finding.Skipped{Path: e.name, Reason: fmt.Sprintf("HEAD: %v; scanned as a new file", err)})
		}
		if e.hash == before {
			continue
		}
		switch e.mode {
		case filemode.Submodule:
			sc.skip(finding.Skipped{Path: e.name, Reason: ReasonSubmodule})
			continue
		case filemode.Dir: // a sparse index's directory entry
			sc.skip(finding.Skipped{Path: e.name, Reason: "sparse index directory: not scanned"})
			continue
		}
		if s.Engine.PathAllowed(e.name, "") {
			sc.skip(finding.Skipped{Path: e.name, Reason: files.ReasonAllowlist})
			continue
		}
		sc.dispatch(job{blob: e.hash, before: before, origin: fragment.Origin{Path: e.name}})
	}
	sc.wait()
	return sc.result(start), ctx.Err()
}

// headTree reads HEAD's tree one directory at a time, as needed.
type headTree struct {
	tr   *trees
	root plumbing.Hash // zero before the first commit
	dirs map[string]*object.Tree
}

// dir returns HEAD's tree of folder dir ("" the top), nil when HEAD has no
// such folder.
func (h *headTree) dir(dir string) (*object.Tree, error) {
	if t, ok := h.dirs[dir]; ok {
		return t, nil
	}
	var hash plumbing.Hash
	if dir == "" {
		hash = h.root
	} else {
		parentDir, base := "", dir
		if i := strings.LastIndexByte(dir, '/'); i >= 0 {
			parentDir, base = dir[:i], dir[i+1:]
		}
		parent, err := h.dir(parentDir)
		if err != nil {
			return nil, err
		}
		if parent != nil {
			if e := entryOf(parent, base); e != nil && e.Mode == filemode.Dir {
				hash = e.Hash
			}
		}
	}
	var t *object.Tree
	if !hash.IsZero() {
		var err error
		if t, err = h.tr.get(hash); err != nil {
			return nil, err
		}
	}
	h.dirs[dir] = t
	return t, nil
}

// blob returns HEAD's blob at name, zero when HEAD has none there.
func (h *headTree) blob(name string) (plumbing.Hash, error) {
	dir, base := "", name
	if i := strings.LastIndexByte(name, '/'); i >= 0 {
		dir, base = name[:i], name[i+1:]
	}
	t, err := h.dir(dir)
	if err != nil || t == nil {
		return plumbing.ZeroHash, err
	}
	if e := entryOf(t, base); e != nil && e.Mode != filemode.Dir {
		return e.Hash, nil
	}
	return plumbing.ZeroHash, nil
}

func entryOf(t *object.Tree, name string) *object.TreeEntry {
	for i := range t.Entries {
		if t.Entries[i].Name == name {
			return &t.Entries[i]
		}
	}
	return nil
}

// unchanged returns the folders whose staged content is exactly HEAD's,
// from the index's cache tree: a valid node whose tree is HEAD's tree at
// the same path. Only the trees of the other folders' parents are read.
func (h *headTree) unchanged(nodes []cacheNode) map[string]bool {
	same := map[string]bool{}
	if len(nodes) == 0 || h.root.IsZero() {
		return same
	}
	var walk func(i int, dir string, head plumbing.Hash) int
	walk = func(i int, dir string, head plumbing.Hash) int {
		n := nodes[i]
		i++
		if n.entries >= 0 && !head.IsZero() && n.hash == head {
			same[dir] = true
			return skipNodes(nodes, i, n.subtrees)
		}
		var t *object.Tree
		if !head.IsZero() {
			t, _ = h.dir(dir)
		}
		for c := 0; c < n.subtrees && i < len(nodes); c++ {
			child := nodes[i]
			var ch plumbing.Hash
			if t != nil {
				if e := entryOf(t, child.name); e != nil && e.Mode == filemode.Dir {
					ch = e.Hash
				}
			}
			sub := child.name
			if dir != "" {
				sub = dir + "/" + child.name
			}
			i = walk(i, sub, ch)
		}
		return i
	}
	walk(0, "", h.root)
	return same
}

// skipNodes returns the position after k subtrees starting at i.
func skipNodes(nodes []cacheNode, i, k int) int {
	for c := 0; c < k && i < len(nodes); c++ {
		n := nodes[i]
		i = skipNodes(nodes, i+1, n.subtrees)
	}
	return i
}

// under reports whether name is in one of the folders of same ("" is the
// top folder).
func under(name string, same map[string]bool) bool {
	if len(same) == 0 {
		return false
	}
	if same[""] {
		return true
	}
	for i := 0; i < len(name); i++ {
		if name[i] == '/' && same[name[:i]] {
			return true
		}
	}
	return false
}

// index reads the index: the one GIT_INDEX_FILE names when it lies in this
// repository's git folder (hooks of `git commit -a`), else the worktree's.
func (r *Repo) index() (*gitIndex, error) {
	p := filepath.Join(r.gitDir, "index")
	if env := os.Getenv("GIT_INDEX_FILE"); env != "" {
		if abs, err := filepath.Abs(env); err == nil && within(abs, r.gitDir) {
			p = abs
		}
	}
	b, err := os.ReadFile(p)
	if errors.Is(err, os.ErrNotExist) {
		return &gitIndex{}, nil // nothing was ever staged
	}
	if err != nil {
		return nil, fmt.Errorf("reading the index: %w", err)
	}
	idx, err := parseIndex(b)
	if err != nil {
		return nil, fmt.Errorf("reading the index %s: %w", p, err)
	}
	return idx, nil
}

// within reports whether path is dir or below it (symbolic links in either
// resolved).
func within(path, dir string) bool {
	real := func(p string) string {
		if q, err := filepath.EvalSymlinks(p); err == nil {
			return q
		}
		return p
	}
	rel, err := filepath.Rel(real(dir), real(filepath.Dir(path)))
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}
