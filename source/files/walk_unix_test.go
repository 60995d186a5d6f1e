//go:build unix

package files

import (
	"maps"
	"os"
	"path/filepath"
	"slices"
	"syscall"
	"testing"
	"time"

	"github.com/secretvet/secretvet/finding"
)

func TestWalkSymlinksNotFollowed(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"real/file.txt": "real",
		"outside.txt":   "outside",
	})
	t.Chdir(dir)
	for link, target := range map[string]string{
		"real/loop":         "..",             // directory loop
		"real/self":         "self",           // link to itself
		"real/dangling":     "does-not-exist", // fails for root too
		"real/to-file":      "file.txt",
		"real/to-outside":   "../outside.txt",
		"real/abs-loop-dir": dir,
	} {
		if err := os.Symlink(target, link); err != nil {
			t.Fatal(err)
		}
	}
	r, err := walk(t, []string{"real"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := r.paths(); !slices.Equal(got, []string{"real/file.txt"}) {
		t.Errorf("emitted %q, want only real/file.txt", got)
	}
	want := map[string]string{}
	for _, l := range []string{"loop", "self", "dangling", "to-file", "to-outside", "abs-loop-dir"} {
		want["real/"+l] = ReasonSymlink
	}
	if !maps.Equal(r.skipped, want) {
		t.Errorf("skipped %v\nwant %v", r.skipped, want)
	}
}

func TestWalkSymlinkRootFollowed(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"target/a.txt": "a", "file.txt": "f"})
	t.Chdir(dir)
	if err := os.Symlink("target", "link"); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("file.txt", "file-link"); err != nil {
		t.Fatal(err)
	}
	r, err := walk(t, []string{"link", "file-link"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := r.paths(), []string{"file-link", "link/a.txt"}; !slices.Equal(got, want) {
		t.Errorf("emitted %q, want %q", got, want)
	}

	// The same directory through a link and by name: once.
	r, err = walk(t, []string{"target", "link"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := r.paths(), []string{"target/a.txt"}; !slices.Equal(got, want) {
		t.Errorf("emitted %q, want %q", got, want)
	}

	if err := os.Symlink("nowhere", "dangling"); err != nil {
		t.Fatal(err)
	}
	if _, err := walk(t, []string{"dangling"}, Options{}); err == nil {
		t.Error("a dangling symbolic link as a root is not an error")
	}
}

func TestWalkNamedPipeNeverOpened(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"a.txt": "a", "z.txt": "z"})
	t.Chdir(dir)
	if err := syscall.Mkfifo("pipe", 0o644); err != nil {
		t.Skip("cannot make a named pipe:", err)
	}
	// No writer ever opens the pipe: opening it for reading would block.
	r, err := walk(t, []string{"."}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := r.skipped["pipe"]; got != ReasonSpecial {
		t.Errorf("pipe: reason %q, want %q", got, ReasonSpecial)
	}
	if got := r.paths(); !slices.Equal(got, []string{"a.txt", "z.txt"}) {
		t.Errorf("emitted %q", got)
	}
}

func TestWalkNamedPipeRootIsRead(t *testing.T) {
	// bash's <(cmd) hands over a pipe path: the user asked to read it.
	dir := t.TempDir()
	pipe := filepath.Join(dir, "pipe")
	if err := syscall.Mkfifo(pipe, 0o644); err != nil {
		t.Skip("cannot make a named pipe:", err)
	}
	go func() {
		f, err := os.OpenFile(pipe, os.O_WRONLY, 0)
		if err != nil {
			return
		}
		f.WriteString("streamed\n")
		f.Close()
	}()
	r, err := walk(t, []string{pipe}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := string(r.files[filepath.ToSlash(pipe)].Data); got != "streamed\n" {
		t.Errorf("pipe root Data = %q (skipped %v)", got, r.skipped)
	}
}

func TestWalkOpenNonblockSkipsSwappedPipe(t *testing.T) {
	// A path listed as a regular file that is a pipe by the time it is
	// opened: the reader must neither block nor read it.
	dir := t.TempDir()
	pipe := filepath.Join(dir, "pipe")
	if err := syscall.Mkfifo(pipe, 0o644); err != nil {
		t.Skip("cannot make a named pipe:", err)
	}
	r := &walkResult{skipped: map[string]string{}, files: map[string]File{}}
	w := &walker{
		opts: Options{MaxFileSize: DefaultMaxFileSize},
		emit: func(f File) { r.files[f.Path] = f },
		skip: func(s finding.Skipped) { r.skipped[s.Path] = s.Reason },
	}
	done := make(chan struct{})
	go func() { w.read(job{os: pipe, display: "pipe"}); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("reader blocked opening a named pipe")
	}
	if got := r.skipped["pipe"]; got != ReasonSpecial || len(r.files) != 0 {
		t.Errorf("skipped %v, emitted %v", r.skipped, r.paths())
	}
}

func TestWalkUnreadable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads everything")
	}
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"ok.txt": "ok", "secret.txt": "s", "closed/inner.txt": "i"})
	t.Chdir(dir)
	if err := os.Chmod("secret.txt", 0); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod("closed", 0); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(filepath.Join(dir, "closed"), 0o755) })
	r, err := walk(t, []string{"."}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := r.paths(); !slices.Equal(got, []string{"ok.txt"}) {
		t.Errorf("emitted %q", got)
	}
	want := map[string]string{"secret.txt": "open: permission denied", "closed": "open: permission denied"}
	if !maps.Equal(r.skipped, want) {
		t.Errorf("skipped %v, want %v", r.skipped, want)
	}
}
