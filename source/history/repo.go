package history

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/go-git/go-git/v5"
	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/cache"
	"github.com/go-git/go-git/v5/plumbing/object"
	"github.com/go-git/go-git/v5/plumbing/storer"
	"github.com/go-git/go-git/v5/storage/filesystem"
)

// ErrNotRepository is returned by Open for a path that is not in a git
// repository.
var ErrNotRepository = errors.New("not a git repository")

// Repo is an open git repository: a worktree (main or linked) or a bare
// repository.
type Repo struct {
	repo *git.Repository
	st   *filesystem.Storage
	// root is the worktree's top folder, or the bare repository's folder.
	root string
	// gitDir is the folder that holds this worktree's index and HEAD.
	gitDir string
	bare   bool
}

// Open opens the repository that holds path (path itself, or a folder
// above it). A bare repository, a linked worktree (.git is a file) and a
// submodule checkout all work.
func Open(path string) (*Repo, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if _, err := os.Stat(abs); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	// The folder itself first (a worktree's top or a bare repository),
	// then the folders above it.
	r, err := git.PlainOpenWithOptions(abs, &git.PlainOpenOptions{EnableDotGitCommonDir: true})
	if errors.Is(err, git.ErrRepositoryNotExists) {
		r, err = git.PlainOpenWithOptions(abs, &git.PlainOpenOptions{DetectDotGit: true, EnableDotGitCommonDir: true})
	}
	if err != nil {
		if errors.Is(err, git.ErrRepositoryNotExists) {
			return nil, fmt.Errorf("%s: %w", path, ErrNotRepository)
		}
		return nil, fmt.Errorf("%s: opening the repository: %w", path, err)
	}
	st, ok := r.Storer.(*filesystem.Storage)
	if !ok {
		return nil, fmt.Errorf("%s: unsupported repository storage %T", path, r.Storer)
	}
	out := &Repo{repo: r, st: st}
	wt, err := r.Worktree()
	switch {
	case errors.Is(err, git.ErrIsBareRepository):
		out.bare, out.root, out.gitDir = true, abs, abs
	case err != nil:
		return nil, fmt.Errorf("%s: %w", path, err)
	default:
		out.root = wt.Filesystem.Root()
		out.gitDir = dotGitDir(out.root)
	}
	return out, nil
}

// Root is the worktree's top folder (the bare repository's folder when
// Bare): where .secretvet.toml and .secretvetignore are looked for.
func (r *Repo) Root() string { return r.root }

// Bare reports whether the repository has no worktree (and so no index).
func (r *Repo) Bare() bool { return r.bare }

// CommonDir is the git folder shared by all worktrees (the one that holds
// objects, refs and hooks): the worktree's git folder, or where its
// commondir file points for a linked worktree.
func (r *Repo) CommonDir() string {
	b, err := os.ReadFile(filepath.Join(r.gitDir, "commondir"))
	if err != nil {
		return r.gitDir
	}
	dir := strings.TrimSpace(string(b))
	if !filepath.IsAbs(dir) {
		dir = filepath.Join(r.gitDir, dir)
	}
	return filepath.Clean(dir)
}

// dotGitDir returns the git folder of the worktree at root: root/.git, or
// where a .git file ("gitdir: …", a linked worktree or a submodule) points.
func dotGitDir(root string) string {
	p := filepath.Join(root, ".git")
	st, err := os.Stat(p)
	if err != nil || st.IsDir() {
		return p
	}
	b, err := os.ReadFile(p)
	if err != nil {
		return p
	}
	line, _, _ := strings.Cut(string(b), "\n")
	dir, ok := strings.CutPrefix(strings.TrimSpace(line), "gitdir:")
	if !ok {
		return p
	}
	dir = strings.TrimSpace(dir)
	if !filepath.IsAbs(dir) {
		dir = filepath.Join(root, dir)
	}
	return filepath.Clean(dir)
}

// objects opens a second, independent view of the object database: go-git
// storages are not safe for concurrent use, so each worker reads through
// its own. cacheSize bounds the objects (delta bases, trees) it keeps.
func (r *Repo) objects(cacheSize cache.FileSize) *filesystem.Storage {
	return filesystem.NewStorageWithOptions(r.st.Filesystem(), cache.NewObjectLRU(cacheSize),
		filesystem.Options{KeepDescriptors: true})
}

// resolve turns a revision (branch, tag, remote branch, hash, HEAD~2 …)
// into the commit it names, peeling annotated tags.
func (r *Repo) resolve(rev string) (plumbing.Hash, error) {
	h, err := r.repo.ResolveRevision(plumbing.Revision(rev))
	if err != nil {
		if len(rev) == 40 && plumbing.IsHash(rev) {
			return plumbing.NewHash(rev), nil
		}
		return plumbing.ZeroHash, fmt.Errorf("revision %q: %w", rev, err)
	}
	return peel(r.st, *h)
}

// peel follows annotated tags to the commit they name. It fails for tags of
// trees or blobs.
func peel(s storer.EncodedObjectStorer, h plumbing.Hash) (plumbing.Hash, error) {
	for range 10 {
		o, err := s.EncodedObject(plumbing.AnyObject, h)
		if err != nil {
			return plumbing.ZeroHash, fmt.Errorf("object %s: %w", short(h), err)
		}
		switch o.Type() {
		case plumbing.CommitObject:
			return h, nil
		case plumbing.TagObject:
			t, err := object.DecodeTag(s, o)
			if err != nil {
				return plumbing.ZeroHash, fmt.Errorf("tag %s: %w", short(h), err)
			}
			h = t.Target
		default:
			return plumbing.ZeroHash, fmt.Errorf("object %s is a %s, not a commit", short(h), o.Type())
		}
	}
	return plumbing.ZeroHash, fmt.Errorf("object %s: tags nested too deep", short(h))
}

// refTips returns the commits that refs point to: every ref (branches,
// tags, remote branches, notes, the stash) and HEAD when all is set, else
// the refs whose names start with one of prefixes. Refs that name no
// commit (a tag of a blob) are left out.
func (r *Repo) refTips(all bool, prefixes ...string) ([]plumbing.Hash, error) {
	it, err := r.repo.References()
	if err != nil {
		return nil, fmt.Errorf("listing refs: %w", err)
	}
	seen := map[plumbing.Hash]bool{}
	var tips []plumbing.Hash
	err = it.ForEach(func(ref *plumbing.Reference) error {
		if ref.Type() != plumbing.HashReference {
			return nil
		}
		name := ref.Name().String()
		ok := all
		for _, p := range prefixes {
			ok = ok || strings.HasPrefix(name, p)
		}
		if !ok {
			return nil
		}
		h, err := peel(r.st, ref.Hash())
		if err != nil || seen[h] {
			return nil
		}
		seen[h] = true
		tips = append(tips, h)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("listing refs: %w", err)
	}
	if all {
		if h, err := r.head(); err == nil && !seen[h] {
			tips = append(tips, h)
		}
	}
	return tips, nil
}

// head returns the commit HEAD points to (an error for an unborn branch).
func (r *Repo) head() (plumbing.Hash, error) {
	ref, err := r.repo.Head()
	if err != nil {
		return plumbing.ZeroHash, fmt.Errorf("HEAD: %w", err)
	}
	return ref.Hash(), nil
}

func short(h plumbing.Hash) string { return h.String()[:7] }
