package history

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/go-git/go-git/v5/plumbing/format/index"
	"github.com/go-git/go-git/v5/plumbing/object"
)

func gitIn(t *testing.T, dir string, args ...string) {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git binary")
	}
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=A", "GIT_AUTHOR_EMAIL=a@example.org",
		"GIT_COMMITTER_NAME=A", "GIT_COMMITTER_EMAIL=a@example.org", "GIT_CONFIG_NOSYSTEM=1", "HOME="+t.TempDir())
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("git %v: %v\n%s", args, err, out)
	}
}

// TestParseIndexMatchesGoGit reads indexes that git wrote, in each version,
// with this reader and with go-git's decoder.
func TestParseIndexMatchesGoGit(t *testing.T) {
	for _, version := range []string{"2", "3", "4"} {
		t.Run("v"+version, func(t *testing.T) {
			dir := t.TempDir()
			gitIn(t, dir, "init", "-q")
			for i := range 40 {
				p := filepath.Join(dir, fmt.Sprintf("d%d/sub%d/name-%03d-%s.txt", i%3, i%5, i, bytes.Repeat([]byte("x"), i)))
				os.MkdirAll(filepath.Dir(p), 0o755)
				os.WriteFile(p, []byte(fmt.Sprint(i)), 0o644)
			}
			gitIn(t, dir, "add", ".")
			gitIn(t, dir, "commit", "-qm", "c")
			os.WriteFile(filepath.Join(dir, "new.txt"), []byte("n"), 0o644)
			gitIn(t, dir, "add", "-N", "new.txt") // intent to add: extended flags
			gitIn(t, dir, "update-index", "--index-version", version)
			b, err := os.ReadFile(filepath.Join(dir, ".git", "index"))
			if err != nil {
				t.Fatal(err)
			}
			got, err := parseIndex(b)
			if err != nil {
				t.Fatal(err)
			}
			var want index.Index
			if err := index.NewDecoder(bytes.NewReader(b)).Decode(&want); err != nil {
				t.Fatal(err)
			}
			if len(got.entries) != len(want.Entries) {
				t.Fatalf("%d entries, go-git %d", len(got.entries), len(want.Entries))
			}
			for i, e := range got.entries {
				w := want.Entries[i]
				if e.name != w.Name || e.hash != w.Hash || e.mode != w.Mode || e.intentToAdd != w.IntentToAdd {
					t.Errorf("entry %d: %+v, go-git %s %s %v ita=%v", i, e, w.Name, w.Hash, w.Mode, w.IntentToAdd)
				}
			}
			if version != "2" && !got.entries[len(got.entries)-1].intentToAdd {
				t.Error("intent-to-add flag not read")
			}
			if len(got.cache) == 0 || got.cache[0].name != "" {
				t.Errorf("cache tree: %+v", got.cache)
			}
		})
	}
}

func TestParseIndexRejectsGarbage(t *testing.T) {
	for _, b := range [][]byte{nil, []byte("DIRC"), append([]byte("DIRC\x00\x00\x00\x09\x00\x00\x00\x01"), make([]byte, 20)...),
		append([]byte("DIRC\x00\x00\x00\x02\x00\x00\x00\x05"), make([]byte, 40)...)} {
		if _, err := parseIndex(b); err == nil {
			t.Errorf("parseIndex(%q) accepted", b)
		}
	}
}

// TestCacheTreeSkipsUnchangedFolders: after one file is staged, the cache
// tree marks every other folder as HEAD's, and only the changed path is
// compared.
func TestCacheTreeSkipsUnchangedFolders(t *testing.T) {
	dir := t.TempDir()
	gitIn(t, dir, "init", "-q")
	for _, p := range []string{"a/x/1.txt", "a/y/2.txt", "b/3.txt", "c/d/e/4.txt", "top.txt"} {
		os.MkdirAll(filepath.Join(dir, filepath.Dir(p)), 0o755)
		os.WriteFile(filepath.Join(dir, p), []byte(p), 0o644)
	}
	gitIn(t, dir, "add", ".")
	gitIn(t, dir, "commit", "-qm", "c")
	os.WriteFile(filepath.Join(dir, "a/x/1.txt"), []byte("changed"), 0o644)
	os.MkdirAll(filepath.Join(dir, "n/m"), 0o755)
	os.WriteFile(filepath.Join(dir, "n/m/5.txt"), []byte("new"), 0o644)
	gitIn(t, dir, "add", "a/x/1.txt", "n/m/5.txt")
	gitIn(t, dir, "rm", "-q", "b/3.txt")

	r, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	idx, err := r.index()
	if err != nil {
		t.Fatal(err)
	}
	meta := r.objects(1 << 20)
	defer meta.Close()
	hh, _ := r.head()
	c, _ := r.repo.CommitObject(hh)
	head := &headTree{tr: newTrees(meta), root: c.TreeHash, dirs: map[string]*object.Tree{}}
	same := head.unchanged(idx.cache)
	for _, d := range []string{"a/y", "c"} {
		if !same[d] {
			t.Errorf("%s should be known unchanged from the cache tree; got %v", d, same)
		}
	}
	for _, d := range []string{"", "a", "a/x", "n", "n/m"} {
		if same[d] {
			t.Errorf("%s marked unchanged", d)
		}
	}
	var changed []string
	for _, e := range idx.entries {
		if under(e.name, same) {
			continue
		}
		if before, _ := head.blob(e.name); before != e.hash {
			changed = append(changed, e.name)
		}
	}
	if fmt.Sprint(changed) != "[a/x/1.txt n/m/5.txt]" {
		t.Errorf("changed %v", changed)
	}
	if _, read := head.dirs["c/d/e"]; read {
		t.Error("an unchanged folder's tree was read")
	}
}
