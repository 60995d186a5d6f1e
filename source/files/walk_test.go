package files

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/secretvet/secretvet/finding"
)

// walkResult collects what a walk emitted and skipped.
type walkResult struct {
	mu      sync.Mutex
	files   map[string]File
	emits   map[string]int // how often each path was emitted
	skipped map[string]string
	skips   map[string]int
}

func (r *walkResult) paths() []string { return slices.Sorted(maps.Keys(r.files)) }

// walk runs Walk and fails the test if it does not return within a few
// seconds (a walk that opens a named pipe or follows a loop hangs).
func walk(t *testing.T, roots []string, o Options) (*walkResult, error) {
	t.Helper()
	r := &walkResult{
		files:   map[string]File{},
		emits:   map[string]int{},
		skipped: map[string]string{},
		skips:   map[string]int{},
	}
	emit := func(f File) {
		r.mu.Lock()
		defer r.mu.Unlock()
		r.files[f.Path] = f
		r.emits[f.Path]++
	}
	skip := func(s finding.Skipped) {
		r.mu.Lock()
		defer r.mu.Unlock()
		r.skipped[s.Path] = s.Reason
		r.skips[s.Path]++
	}
	done := make(chan error, 1)
	go func() { done <- Walk(context.Background(), roots, o, emit, skip) }()
	select {
	case err := <-done:
		return r, err
	case <-time.After(20 * time.Second):
		t.Fatal("Walk did not return")
		return nil, nil
	}
}

// writeTree creates files (slash paths relative to dir) with their content.
func writeTree(t testing.TB, dir string, files map[string]string) {
	t.Helper()
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestWalkTreeRelativePaths(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"top.txt":           "top\n",
		"a/b/c/deep.go":     "package c\n",
		"a/side.yaml":       "k: v\n",
		"empty/.keep":       "",
		".git/config":       "[core]\n",
		".git/objects/x/y":  "object\n",
		"sub/.git/HEAD":     "ref: refs/heads/main\n",
		"sub/kept.txt":      "kept\n",
		".github/ci.yml":    "on: push\n", // only .git itself is metadata
		"a/.gitignore":      "*.o\n",
		"notgit/.git.d/x.t": "x\n",
	})
	t.Chdir(dir)

	r, err := walk(t, []string{"."}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{".github/ci.yml", "a/.gitignore", "a/b/c/deep.go", "a/side.yaml", "empty/.keep", "notgit/.git.d/x.t", "sub/kept.txt", "top.txt"}
	if got := r.paths(); !slices.Equal(got, want) {
		t.Errorf("emitted %q\nwant %q", got, want)
	}
	if got := string(r.files["a/b/c/deep.go"].Data); got != "package c\n" {
		t.Errorf("content = %q", got)
	}
	wantSkipped := map[string]string{".git": ReasonGit, "sub/.git": ReasonGit}
	if !maps.Equal(r.skipped, wantSkipped) {
		t.Errorf("skipped %v, want %v", r.skipped, wantSkipped)
	}

	// The root as given prefixes every path; "./" and trailing slashes are cleaned.
	r, err = walk(t, []string{"./a/"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := r.paths(), []string{"a/.gitignore", "a/b/c/deep.go", "a/side.yaml"}; !slices.Equal(got, want) {
		t.Errorf("emitted %q, want %q", got, want)
	}

	// .git named as a root is scanned: the user asked for it.
	r, err = walk(t, []string{".git"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := r.paths(), []string{".git/config", ".git/objects/x/y"}; !slices.Equal(got, want) {
		t.Errorf("emitted %q, want %q", got, want)
	}

	// A file root keeps its path as given.
	r, err = walk(t, []string{"a/b/../side.yaml"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := r.paths(), []string{"a/side.yaml"}; !slices.Equal(got, want) {
		t.Errorf("emitted %q, want %q", got, want)
	}
}

func TestWalkAbsoluteRoot(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"x/y.txt": "y"})
	r, err := walk(t, []string{dir}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := filepath.ToSlash(filepath.Join(dir, "x", "y.txt"))
	if got := r.paths(); !slices.Equal(got, []string{want}) {
		t.Errorf("emitted %q, want %q", got, want)
	}
}

func TestWalkContentKinds(t *testing.T) {
	var zipBuf bytes.Buffer
	zw := zip.NewWriter(&zipBuf)
	w, _ := zw.Create("inner/app.js")
	w.Write([]byte("const a = 1;\n"))
	zw.Close()

	rng := rand.New(rand.NewPCG(1, 2))
	random := make([]byte, 3000)
	for i := range random {
		random[i] = byte(rng.UintN(256))
	}
	noNUL := bytes.ReplaceAll(random, []byte{0}, []byte{1})

	utf16le := []byte{0xff, 0xfe}
	for _, r := range "key = v\r\nnext ü line\n" {
		utf16le = append(utf16le, byte(r), byte(r>>8))
	}
	utf16be := []byte{0xfe, 0xff}
	for _, r := range "line1\nline2\n" {
		utf16be = append(utf16be, byte(r>>8), byte(r))
	}

	tests := []struct {
		name, data string
		skip       string // skip reason; "" means emitted
		archive    bool
		emitted    string // expected Data when emitted; defaults to data
		encoding   string
	}{
		{name: "plain.txt", data: "hello\n"},
		{name: "empty.txt", data: ""},
		{name: "latin1.txt", data: "caf\xe9 cr\xe8me\n"}, // invalid UTF-8, still text
		{name: "ansi.log", data: "\x1b[31mred\x1b[0m\n\f\n"},
		{name: "app.elf", data: "\x7fELF\x02\x01\x01\x00rest", skip: "binary file (ELF)"},
		{name: "image.png", data: "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", skip: "binary file (PNG image)"},
		{name: "doc.pdf", data: "%PDF-1.7\n1 0 obj\n", skip: "binary file (PDF)"},
		{name: "font.woff2", data: "wOF2abcdef", skip: "binary file (WOFF2 font)"},
		{name: "data.gz", data: "\x1f\x8b\x08rest", archive: true}, // source/archive reads gzip and tar
		{name: "prog.exe", data: "MZ\x90\x00\x03\x00", skip: "binary file (Windows executable)"},
		{name: "nul.dat", data: "text\x00more text", skip: "binary file (contains NUL bytes)"},
		{name: "random.bin", data: string(random), skip: "binary file (contains NUL bytes)"},
		{name: "random-no-nul.bin", data: string(noNUL), skip: "binary file (control bytes)"},
		{name: "MZ.txt", data: "MZ is only a weak signature\n"},
		{name: "lib.jar", data: zipBuf.String(), archive: true},
		{name: "empty.zip", data: "PK\x05\x06" + strings.Repeat("\x00", 18), archive: true},
		{name: "win.txt", data: string(utf16le), emitted: "key = v\r\nnext ü line\n", encoding: "UTF-16LE"},
		{name: "be.txt", data: string(utf16be), emitted: "line1\nline2\n", encoding: "UTF-16BE"},
		{name: "u32.txt", data: "\xff\xfe\x00\x00a\x00\x00\x00", skip: "unsupported text encoding (UTF-32LE)"},
	}
	dir := t.TempDir()
	for _, tc := range tests {
		writeTree(t, dir, map[string]string{tc.name: tc.data})
	}
	r, err := walk(t, []string{dir}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := filepath.ToSlash(filepath.Join(dir, tc.name))
			f, ok := r.files[p]
			if tc.skip != "" {
				if ok {
					t.Fatalf("emitted, want skipped with %q", tc.skip)
				}
				if got := r.skipped[p]; got != tc.skip {
					t.Fatalf("skip reason %q, want %q", got, tc.skip)
				}
				return
			}
			if !ok {
				t.Fatalf("not emitted (skipped: %q)", r.skipped[p])
			}
			want := tc.data
			if tc.emitted != "" {
				want = tc.emitted
			}
			if string(f.Data) != want {
				t.Errorf("Data = %q, want %q", f.Data, want)
			}
			if f.Archive != tc.archive {
				t.Errorf("Archive = %v, want %v", f.Archive, tc.archive)
			}
			if f.Encoding != tc.encoding {
				t.Errorf("Encoding = %q, want %q", f.Encoding, tc.encoding)
			}
		})
	}
}

func TestWalkLargeText(t *testing.T) {
	// Larger than the sniffed head, so the rest is read after sniffing.
	big := strings.Repeat("line of text\n", 5000)
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"big.txt": big})
	r, err := walk(t, []string{filepath.Join(dir, "big.txt")}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if f := r.files[filepath.ToSlash(filepath.Join(dir, "big.txt"))]; string(f.Data) != big {
		t.Errorf("read %d bytes, want %d", len(f.Data), len(big))
	}
}

func TestWalkMaxFileSize(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"at-limit.txt": strings.Repeat("a", 10),
		"over.txt":     strings.Repeat("a", 11),
	})
	t.Chdir(dir)
	r, err := walk(t, []string{"."}, Options{MaxFileSize: 10})
	if err != nil {
		t.Fatal(err)
	}
	if got := r.paths(); !slices.Equal(got, []string{"at-limit.txt"}) {
		t.Errorf("emitted %q", got)
	}
	if got, want := r.skipped["over.txt"], "larger than 10 bytes (--max-file-size)"; got != want {
		t.Errorf("reason %q, want %q", got, want)
	}
}

func TestSizeText(t *testing.T) {
	for n, want := range map[int64]string{
		DefaultMaxFileSize: "50 MiB",
		3 << 20:            "3 MiB",
		1536 << 10:         "1536 KiB",
		1000:               "1000 bytes",
		1:                  "1 byte",
	} {
		if got := sizeText(n); got != want {
			t.Errorf("sizeText(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestWalkStdin(t *testing.T) {
	r, err := walk(t, []string{"-", "-"}, Options{Stdin: strings.NewReader("from a pipe\n")})
	if err != nil {
		t.Fatal(err)
	}
	if got := string(r.files[StdinPath].Data); got != "from a pipe\n" {
		t.Errorf("stdin Data = %q", got)
	}
	if n := r.emits[StdinPath]; n != 1 {
		t.Errorf("stdin emitted %d times, want 1", n)
	}

	r, err = walk(t, []string{"-"}, Options{Stdin: strings.NewReader("0123456789ab"), MaxFileSize: 10})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.files) != 0 || r.skipped[StdinPath] != "larger than 10 bytes (--max-file-size)" {
		t.Errorf("files %v, skipped %v", r.paths(), r.skipped)
	}

	// Longer than the first buffer for unknown sizes.
	long := strings.Repeat("x", streamChunk*2+17)
	r, err = walk(t, []string{"-"}, Options{Stdin: strings.NewReader(long)})
	if err != nil {
		t.Fatal(err)
	}
	if got := len(r.files[StdinPath].Data); got != len(long) {
		t.Errorf("read %d bytes of stdin, want %d", got, len(long))
	}

	r, err = walk(t, []string{"-"}, Options{Stdin: strings.NewReader("\x7fELF\x02\x01")})
	if err != nil {
		t.Fatal(err)
	}
	if got := r.skipped[StdinPath]; got != "binary file (ELF)" {
		t.Errorf("binary stdin: reason %q", got)
	}
}

func TestWalkOddNames(t *testing.T) {
	names := []string{"with space.txt", "ünïcödé.txt", "semi;colon&amp.txt", "-dash.txt", "quote'\"s.txt"}
	if filepath.Separator == '/' {
		names = append(names, "new\nline.txt", "bad-\xff\xfe-utf8.txt", "back\\slash.txt", "tab\there.txt")
	}
	dir := t.TempDir()
	for i, n := range names {
		writeTree(t, dir, map[string]string{"odd dir/" + n: fmt.Sprint("content ", i)})
	}
	t.Chdir(dir)
	r, err := walk(t, []string{"odd dir"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for i, n := range names {
		f, ok := r.files["odd dir/"+n]
		if !ok {
			t.Errorf("%q not emitted (have %q)", n, r.paths())
			continue
		}
		if want := fmt.Sprint("content ", i); string(f.Data) != want {
			t.Errorf("%q: Data %q, want %q", n, f.Data, want)
		}
	}
	if len(r.files) != len(names) || len(r.skipped) != 0 {
		t.Errorf("emitted %d files, want %d; skipped %v", len(r.files), len(names), r.skipped)
	}
}

func TestWalkOverlappingRootsEmitOnce(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"a.txt":       "a",
		"src/b.txt":   "b",
		"src/c/d.txt": "d",
	})
	t.Chdir(dir)
	roots := []string{"src/c", ".", "src/b.txt", "src", dir, "./a.txt", "a.txt"}
	r, err := walk(t, roots, Options{Workers: 3})
	if err != nil {
		t.Fatal(err)
	}
	// Each file once, under the path of the first root that reaches it
	// (a file named as a root wins over the walk).
	want := map[string]int{"src/c/d.txt": 1, "src/b.txt": 1, "a.txt": 1}
	if !maps.Equal(r.emits, want) {
		t.Errorf("emits %v, want %v", r.emits, want)
	}
}

func TestWalkMissingRoot(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"ok.txt": "ok"})
	missing := filepath.Join(dir, "nope")
	r, err := walk(t, []string{filepath.Join(dir, "ok.txt"), missing}, Options{})
	if err == nil {
		t.Fatal("no error for a missing root")
	}
	if _, err := walk(t, []string{""}, Options{}); err == nil {
		t.Error("no error for an empty root")
	}
	if !errors.Is(err, fs.ErrNotExist) || !strings.Contains(err.Error(), "nope") {
		t.Errorf("error %q does not say which root is missing", err)
	}
	if len(r.files) != 0 || len(r.skipped) != 0 {
		t.Errorf("visited %v / %v before failing on the arguments", r.paths(), r.skipped)
	}
}

func TestWalkAllowlist(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"keep.txt":              "k",
		"package-lock.json":     "{}",
		"node_modules/x/y.js":   "y",
		"vendor/lib/package.go": "package lib",
	})
	t.Chdir(dir)
	var asked sync.Map
	skipPath := func(p string) bool {
		asked.Store(p, true)
		return strings.HasSuffix(p, "package-lock.json") || p == "node_modules"
	}
	r, err := walk(t, []string{"."}, Options{Skip: skipPath})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := r.paths(), []string{"keep.txt", "vendor/lib/package.go"}; !slices.Equal(got, want) {
		t.Errorf("emitted %q, want %q", got, want)
	}
	// Nothing is skipped silently: each excluded file, and each excluded
	// folder once (not its content), is reported.
	if want := map[string]string{"package-lock.json": ReasonAllowlist, "node_modules": ReasonAllowlist}; !maps.Equal(r.skipped, want) {
		t.Errorf("skipped = %v, want %v", r.skipped, want)
	}
	if _, ok := asked.Load("node_modules/x"); ok {
		t.Error("walk entered an excluded directory")
	}

	// Named explicitly: reported, so the user knows why nothing came back.
	r, err = walk(t, []string{"package-lock.json", "keep.txt"}, Options{Skip: skipPath})
	if err != nil {
		t.Fatal(err)
	}
	if got := r.skipped["package-lock.json"]; got != ReasonAllowlist {
		t.Errorf("explicit excluded file: reason %q, want %q", got, ReasonAllowlist)
	}
	if got := r.paths(); !slices.Equal(got, []string{"keep.txt"}) {
		t.Errorf("emitted %q", got)
	}
}

func TestWalkDeterministicAndConcurrent(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{}
	for i := range 300 {
		files[fmt.Sprintf("d%d/e%d/f%03d.txt", i%7, i%3, i)] = strings.Repeat(fmt.Sprintf("line %d\n", i), i%50+1)
	}
	files["bin/x.bin"] = "\x00\x01"
	writeTree(t, dir, files)
	t.Chdir(dir)

	var inFlight, peak atomic.Int32
	var first *walkResult
	for run := range 3 {
		workers := []int{1, 4, 8}[run]
		r := &walkResult{files: map[string]File{}, emits: map[string]int{}, skipped: map[string]string{}}
		err := Walk(context.Background(), []string{"."}, Options{Workers: workers},
			func(f File) {
				n := inFlight.Add(1)
				for {
					p := peak.Load()
					if n <= p || peak.CompareAndSwap(p, n) {
						break
					}
				}
				time.Sleep(50 * time.Microsecond) // let readers overlap
				r.mu.Lock()
				r.files[f.Path] = f
				r.emits[f.Path]++
				r.mu.Unlock()
				inFlight.Add(-1)
			},
			func(s finding.Skipped) {
				r.mu.Lock()
				r.skipped[s.Path] = s.Reason
				r.mu.Unlock()
			})
		if err != nil {
			t.Fatal(err)
		}
		if p := peak.Load(); p > int32(workers) {
			t.Errorf("%d files emitted at once with %d workers", p, workers)
		}
		peak.Store(0)
		if len(r.files) != 300 {
			t.Fatalf("emitted %d files, want 300", len(r.files))
		}
		for p, n := range r.emits {
			if n != 1 {
				t.Errorf("%s emitted %d times", p, n)
			}
			if string(r.files[p].Data) != files[p] {
				t.Errorf("%s: wrong content", p)
			}
		}
		if first == nil {
			first = r
			continue
		}
		if !slices.Equal(r.paths(), first.paths()) || !maps.Equal(r.skipped, first.skipped) {
			t.Errorf("run %d differs from run 0", run)
		}
	}
}

func TestWalkCancel(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{}
	for i := range 50 {
		files[fmt.Sprintf("f%02d.txt", i)] = "x"
	}
	writeTree(t, dir, files)
	ctx, cancel := context.WithCancel(context.Background())
	var emitted atomic.Int32
	err := Walk(ctx, []string{dir}, Options{Workers: 1}, func(File) {
		if emitted.Add(1) == 3 {
			cancel()
		}
	}, func(finding.Skipped) {})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
	// The walk stops soon after: a few files may be in the channel already.
	if n := emitted.Load(); n > 5 {
		t.Errorf("emitted %d files after cancel at 3", n)
	}
}

func BenchmarkWalk(b *testing.B) {
	dir := b.TempDir()
	files := map[string]string{}
	line := "export const config = { endpoint: \"https://example.invalid/api\", retries: 3 };\n"
	for i := range 400 {
		files[fmt.Sprintf("pkg%d/sub%d/file%03d.ts", i%10, i%4, i)] = strings.Repeat(line, 20+i%80)
	}
	writeTree(b, dir, files)
	var bytesRead atomic.Int64
	b.ResetTimer()
	for b.Loop() {
		err := Walk(context.Background(), []string{dir}, Options{},
			func(f File) { bytesRead.Add(int64(len(f.Data))) },
			func(finding.Skipped) {})
		if err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(bytesRead.Load() / int64(max(b.N, 1)))
}
