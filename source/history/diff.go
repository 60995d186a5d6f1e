package history

import (
	"fmt"
	"path"

	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/filemode"
	"github.com/go-git/go-git/v5/plumbing/object"
	"github.com/go-git/go-git/v5/plumbing/storer"
)

// change is a blob a commit records at a path that its first parent does
// not have there: an added or modified file.
type change struct {
	path string
	blob plumbing.Hash
	// before is the parent's blob at the same path (zero when added).
	before plumbing.Hash
	// submodule marks a commit entry (gitlink): the content lives in
	// another repository.
	submodule bool
}

// trees reads and decodes trees, keeping the recently used ones: a commit's
// trees are its child's parent trees, so most of a diff is already decoded.
type trees struct {
	s     storer.EncodedObjectStorer
	cache map[plumbing.Hash]*object.Tree
}

const treeCacheSize = 8192

func newTrees(s storer.EncodedObjectStorer) *trees {
	return &trees{s: s, cache: map[plumbing.Hash]*object.Tree{}}
}

func (t *trees) get(h plumbing.Hash) (*object.Tree, error) {
	if tr, ok := t.cache[h]; ok {
		return tr, nil
	}
	tr, err := object.GetTree(t.s, h)
	if err != nil {
		return nil, fmt.Errorf("tree %s: %w", short(h), objectErr(err))
	}
	if len(t.cache) >= treeCacheSize {
		clear(t.cache)
	}
	t.cache[h] = tr
	return tr, nil
}

// diff calls emit for every blob of tree b that tree a (zero: none, a root
// commit) does not have at the same path. Subtrees with the same hash are
// not entered, so a commit that touches one file reads only the trees on
// that file's path. A tree that cannot be read is reported through bad and
// left out.
func (t *trees) diff(a, b plumbing.Hash, prefix string, emit func(change), bad func(path string, err error)) {
	if a == b {
		return
	}
	tb, err := t.get(b)
	if err != nil {
		bad(dirName(prefix), err)
		return
	}
	var old map[string]object.TreeEntry
	if !a.IsZero() {
		ta, err := t.get(a)
		if err != nil {
			bad(dirName(prefix), err)
		} else {
			old = make(map[string]object.TreeEntry, len(ta.Entries))
			for _, e := range ta.Entries {
				old[e.Name] = e
			}
		}
	}
	for _, e := range tb.Entries {
		p := path.Join(prefix, e.Name)
		o, had := old[e.Name]
		if had && o.Hash == e.Hash && o.Mode == e.Mode {
			continue
		}
		switch e.Mode {
		case filemode.Dir:
			var before plumbing.Hash
			if had && o.Mode == filemode.Dir {
				before = o.Hash
			}
			t.diff(before, e.Hash, p, emit, bad)
		case filemode.Submodule:
			emit(change{path: p, blob: e.Hash, submodule: true})
		default: // regular, executable, symlink (its target path is text too)
			if had && o.Hash == e.Hash {
				continue // mode change only
			}
			c := change{path: p, blob: e.Hash}
			if had && o.Mode.IsFile() {
				c.before = o.Hash
			}
			emit(c)
		}
	}
}

// files calls emit for every blob of tree h (the whole tree).
func (t *trees) files(h plumbing.Hash, emit func(change), bad func(path string, err error)) {
	t.diff(plumbing.ZeroHash, h, "", emit, bad)
}

func dirName(prefix string) string {
	if prefix == "" {
		return "."
	}
	return prefix
}
