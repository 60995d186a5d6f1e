package archive

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"io"
	"io/fs"
	"math/rand"
	"slices"
	"strings"
	"testing"

	"github.com/secretvet/secretvet/finding"
)

// file is one entry to put in a test archive.
type file struct {
	name      string
	data      []byte
	store     bool   // zip: stored, not deflated
	rawMethod uint16 // zip: write data as is under this compression method
	flags     uint16 // zip
	mode      fs.FileMode
}

func buildZip(t testing.TB, files ...file) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range files {
		h := &zip.FileHeader{Name: f.name, Method: zip.Deflate, Flags: f.flags}
		if f.store || strings.HasSuffix(f.name, "/") {
			h.Method = zip.Store
		}
		if f.mode != 0 {
			h.SetMode(f.mode)
		}
		var w io.Writer
		var err error
		if f.rawMethod != 0 {
			h.Method = f.rawMethod
			h.CompressedSize64 = uint64(len(f.data))
			h.UncompressedSize64 = uint64(len(f.data))
			w, err = zw.CreateRaw(h)
		} else {
			w, err = zw.CreateHeader(h)
		}
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write(f.data); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func buildTar(t testing.TB, files ...file) []byte {
	t.Helper()
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	for _, f := range files {
		h := &tar.Header{Name: f.name, Mode: 0o644, Size: int64(len(f.data)), Typeflag: tar.TypeReg}
		switch {
		case f.mode&fs.ModeSymlink != 0:
			h.Typeflag, h.Size, h.Linkname = tar.TypeSymlink, 0, "target"
		case strings.HasSuffix(f.name, "/"):
			h.Typeflag, h.Size = tar.TypeDir, 0
		}
		if err := tw.WriteHeader(h); err != nil {
			t.Fatal(err)
		}
		if h.Typeflag == tar.TypeReg {
			if _, err := tw.Write(f.data); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := tw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func gzipped(t testing.TB, name string, data []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	zw.Name = name
	if _, err := zw.Write(data); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// walked is what one Walk reported.
type walked struct {
	members map[string]string
	skipped map[string]string // member -> reason
	err     error
}

func walk(path string, data []byte, l Limits) walked {
	r := walked{members: map[string]string{}, skipped: map[string]string{}}
	r.err = Walk(path, data, l,
		func(m Member) { r.members[m.Name] = string(m.Data) },
		func(s finding.Skipped) {
			if s.Path != path {
				panic("skipped with path " + s.Path)
			}
			r.skipped[s.Member] = s.Reason
		})
	return r
}

func keys(m map[string]string) []string {
	k := make([]string, 0, len(m))
	for n := range m {
		k = append(k, n)
	}
	slices.Sort(k)
	return k
}

func TestWalkZipMembers(t *testing.T) {
	js := "const url = 'https://abc123.apps.dynatrace.com';\n"
	inner := buildZip(t, file{name: "ui/main.js", data: []byte(js)}, file{name: "ui/main.js.map", data: []byte(`{"version":3}`)})
	data := buildZip(t,
		file{name: "manifest.yaml", data: []byte("id: my.app\n")},
		file{name: "ui/", data: nil},
		file{name: "stored.txt", data: []byte("stored as is"), store: true},
		file{name: "icon.png", data: append([]byte("\x89PNG\r\n\x1a\n\x00\x00"), make([]byte, 100)...)},
		file{name: "inner.zip", data: inner, store: true},
		file{name: "link", data: []byte("target"), mode: fs.ModeSymlink | 0o777},
		file{name: "secret.enc", data: []byte("garbage"), flags: 0x1},
		file{name: "data.bz2", data: []byte("BZh9"), rawMethod: 12},
	)
	r := walk("out/artifact.zip", data, Limits{})
	if r.err != nil {
		t.Fatal(r.err)
	}
	wantMembers := []string{"inner.zip!ui/main.js", "inner.zip!ui/main.js.map", "manifest.yaml", "stored.txt"}
	if got := keys(r.members); !slices.Equal(got, wantMembers) {
		t.Errorf("members = %q, want %q", got, wantMembers)
	}
	if r.members["inner.zip!ui/main.js"] != js {
		t.Errorf("nested member content = %q", r.members["inner.zip!ui/main.js"])
	}
	wantSkipped := map[string]string{
		"icon.png":   "binary",
		"link":       "symlink (not followed)",
		"secret.enc": "encrypted",
		"data.bz2":   "unsupported compression method 12",
	}
	for name, reason := range wantSkipped {
		if r.skipped[name] != reason {
			t.Errorf("skipped[%q] = %q, want %q", name, r.skipped[name], reason)
		}
	}
	if len(r.skipped) != len(wantSkipped) {
		t.Errorf("skipped = %v, want only %v (directories are not reported)", r.skipped, wantSkipped)
	}
}

func TestWalkNestedDepth(t *testing.T) {
	// level5.zip inside level4.zip ... inside the top archive.
	data := buildZip(t, file{name: "deep.txt", data: []byte("deep")})
	names := []string{"l1.zip", "l2.zip", "l3.zip", "l4.zip"}
	for i := len(names) - 1; i >= 0; i-- {
		data = buildZip(t, file{name: names[i], data: data}, file{name: "at" + names[i] + ".txt", data: []byte("x")})
	}
	r := walk("top.zip", data, Limits{MaxDepth: 3})
	if r.err != nil {
		t.Fatal(r.err)
	}
	if _, ok := r.members["l1.zip!l2.zip!l3.zip!atl4.zip.txt"]; !ok {
		t.Errorf("member at depth 3 not read: %v", keys(r.members))
	}
	const deep = "l1.zip!l2.zip!l3.zip!l4.zip"
	if got := r.skipped[deep]; got != "nested archive deeper than 3" {
		t.Errorf("skipped[%q] = %q; skipped = %v", deep, got, r.skipped)
	}
	for name := range r.members {
		if strings.Contains(name, "deep.txt") {
			t.Errorf("read %q beyond the depth limit", name)
		}
	}

	r = walk("top.zip", data, Limits{MaxDepth: -1})
	if got := r.skipped["l1.zip"]; got != "nested archive deeper than 0" {
		t.Errorf("MaxDepth -1: skipped[l1.zip] = %q", got)
	}
}

func TestWalkZipBomb(t *testing.T) {
	if testing.Short() {
		t.Skip("compresses 200 MB")
	}
	zeros := make([]byte, 100<<20)
	spaces := bytes.Repeat([]byte(" "), 100<<20)
	data := buildZip(t,
		file{name: "zeros.txt", data: zeros},
		file{name: "spaces.txt", data: spaces},
		file{name: "after.txt", data: []byte("after")})
	if len(data) > 1<<20 {
		t.Fatalf("bomb is %d bytes compressed; the test wants a high ratio", len(data))
	}
	w := &walker{path: "bomb.zip", l: Limits{}.withDefaults(), emit: func(Member) {}, skip: func(finding.Skipped) {}}
	r := walk("bomb.zip", data, Limits{})
	if r.err != nil {
		t.Fatal(r.err)
	}
	// Zeros are binary: reading stops at the sniff, long before any limit.
	if got := r.skipped["zeros.txt"]; got != "binary" {
		t.Errorf("skipped[zeros.txt] = %q", got)
	}
	if got := r.skipped["spaces.txt"]; !strings.HasPrefix(got, "zip bomb suspected: ratio ") {
		t.Errorf("skipped[spaces.txt] = %q", got)
	}
	if _, ok := r.members["after.txt"]; !ok {
		t.Error("member after the bomb not read")
	}
	// The bomb costs little more than the ratio floor, not its 200 MB.
	if err := w.walkZip("", data, 0); err != nil {
		t.Fatal(err)
	}
	if w.total > 2*ratioFloor {
		t.Errorf("read %d bytes to find the bombs", w.total)
	}
}

// text returns n bytes of text that deflate compresses poorly.
func text(n int) []byte {
	rng := rand.New(rand.NewSource(1))
	const alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 \n"
	b := make([]byte, n)
	for i := range b {
		b[i] = alphabet[rng.Intn(len(alphabet))]
	}
	return b
}

func TestWalkSizeLimits(t *testing.T) {
	big := text(300 << 10)
	data := buildZip(t,
		file{name: "a.txt", data: []byte("small")},
		file{name: "big.txt", data: big},
		file{name: "b.txt", data: big[:100<<10]},
		file{name: "c.txt", data: big[:100<<10]},
		file{name: "d.txt", data: []byte("never read")},
	)
	r := walk("limits.zip", data, Limits{MaxMemberSize: 200 << 10, MaxTotal: 350 << 10})
	if r.err != nil {
		t.Fatal(r.err)
	}
	if got := r.skipped["big.txt"]; got != "too large: more than 200 KiB uncompressed (limit per member)" {
		t.Errorf("skipped[big.txt] = %q", got)
	}
	if _, ok := r.members["b.txt"]; !ok {
		t.Errorf("b.txt not read within the total: members %v skipped %v", keys(r.members), r.skipped)
	}
	if got := r.skipped["c.txt"]; !strings.Contains(got, "total limit") {
		t.Errorf("skipped[c.txt] = %q, want the total limit", got)
	}
	if _, ok := r.members["d.txt"]; ok {
		t.Error("read a member after the total limit was reached")
	}
	if _, ok := r.skipped["d.txt"]; ok {
		t.Error("d.txt reported on its own; the total-limit entry covers it")
	}
}

func TestWalkMaxMembers(t *testing.T) {
	var files []file
	for _, n := range []string{"1", "2", "3", "4", "5"} {
		files = append(files, file{name: n + ".txt", data: []byte(n)})
	}
	r := walk("many.zip", buildZip(t, files...), Limits{MaxMembers: 3})
	if len(r.members) != 3 {
		t.Errorf("members = %v, want 3", keys(r.members))
	}
	if got := r.skipped[""]; got != "more than 3 members (limit): the last 2 not read" {
		t.Errorf("archive-level skip = %q", got)
	}
}

func TestWalkUnsafePaths(t *testing.T) {
	names := []string{"../../etc/passwd", "/abs/config.json", `..\windows\evil.txt`, `C:\temp\x.txt`, "ok/../../x.txt"}
	var files []file
	for _, n := range names {
		files = append(files, file{name: n, data: []byte("token = placeholder")})
	}
	files = append(files, file{name: "safe/..name.txt", data: []byte("fine")})
	r := walk("traversal.zip", buildZip(t, files...), Limits{})
	if r.err != nil {
		t.Fatal(r.err)
	}
	for _, n := range names {
		if _, ok := r.members[n]; !ok {
			t.Errorf("unsafe member %q not scanned", n)
		}
		if !strings.HasPrefix(r.skipped[n], "unsafe path in archive") {
			t.Errorf("unsafe member %q not reported: %q", n, r.skipped[n])
		}
	}
	if _, ok := r.skipped["safe/..name.txt"]; ok {
		t.Error("a name with '..' inside an element reported as unsafe")
	}
}

func TestWalkTruncatedZip(t *testing.T) {
	first := []byte(strings.Repeat("first member line\n", 10))
	data := buildZip(t,
		file{name: "first.txt", data: first},
		file{name: "stored.txt", data: []byte("stored member"), store: true},
		file{name: "second.txt", data: text(64 << 10)},
	)
	cut := bytes.LastIndex(data, []byte("PK\x03\x04")) + 2000 // inside second.txt's data
	r := walk("cut.zip", data[:cut], Limits{})
	if r.err == nil || !strings.Contains(r.err.Error(), "cut.zip: damaged or truncated zip") ||
		!strings.Contains(r.err.Error(), "3 members recovered") {
		t.Fatalf("err = %v", r.err)
	}
	if r.members["first.txt"] != string(first) || r.members["stored.txt"] != "stored member" {
		t.Errorf("members before the cut not kept: %v", keys(r.members))
	}
	if got := r.skipped["second.txt"]; !strings.HasPrefix(got, "damaged member (unexpected EOF): scanned the ") {
		t.Errorf("skipped[second.txt] = %q", got)
	}
	if len(r.members["second.txt"]) == 0 {
		t.Error("the start of the cut member was not scanned")
	}

	// A damaged nested archive is reported, the outer walk goes on.
	outer := buildZip(t, file{name: "inner.zip", data: data[:cut], store: true}, file{name: "z.txt", data: []byte("z")})
	r = walk("outer.zip", outer, Limits{})
	if r.err != nil {
		t.Fatal(r.err)
	}
	if got := r.skipped["inner.zip"]; !strings.HasPrefix(got, "nested zip archive not read to its end: damaged or truncated zip") {
		t.Errorf("skipped[inner.zip] = %q", got)
	}
	if _, ok := r.members["inner.zip!first.txt"]; !ok || r.members["z.txt"] != "z" {
		t.Errorf("members = %v", keys(r.members))
	}
}

func TestWalkTarGz(t *testing.T) {
	inner := buildZip(t, file{name: "api/fn.js", data: []byte("export default 1")})
	tarball := buildTar(t,
		file{name: "./pkg/"},
		file{name: "./pkg/app.config.json", data: []byte(`{"app":{}}`)},
		file{name: "pkg/bundle.zip", data: inner},
		file{name: "pkg/link", mode: fs.ModeSymlink},
		file{name: "pkg/bin", data: []byte{0x7f, 'E', 'L', 'F', 0, 0}},
	)
	for _, tc := range []struct {
		path string
		data []byte
	}{
		{"app.tar", tarball},
		{"app.tgz", gzipped(t, "", tarball)},
	} {
		r := walk(tc.path, tc.data, Limits{})
		if r.err != nil {
			t.Fatalf("%s: %v", tc.path, r.err)
		}
		want := []string{"pkg/app.config.json", "pkg/bundle.zip!api/fn.js"}
		if got := keys(r.members); !slices.Equal(got, want) {
			t.Errorf("%s: members = %q, want %q", tc.path, got, want)
		}
		if r.skipped["pkg/link"] != "symlink (not followed)" || r.skipped["pkg/bin"] != "binary" {
			t.Errorf("%s: skipped = %v", tc.path, r.skipped)
		}
	}

	tgz := gzipped(t, "", tarball)
	r := walk("cut.tgz", tgz[:len(tgz)/2], Limits{})
	if r.err == nil || !strings.Contains(r.err.Error(), "cut.tgz: damaged or truncated tar") {
		t.Errorf("truncated tgz: err = %v", r.err)
	}
	if _, ok := r.members["pkg/app.config.json"]; !ok {
		t.Errorf("truncated tgz: member before the cut not kept: %v", keys(r.members))
	}
}

func TestWalkGzipBomb(t *testing.T) {
	tarball := buildTar(t, file{name: "spaces.txt", data: bytes.Repeat([]byte(" "), 8<<20)})
	r := walk("bomb.tar.gz", gzipped(t, "", tarball), Limits{})
	if got := r.skipped["spaces.txt"]; !strings.HasPrefix(got, "zip bomb suspected: ratio ") {
		t.Errorf("skipped[spaces.txt] = %q (err %v)", got, r.err)
	}
}

func TestWalkSingleGzip(t *testing.T) {
	r := walk("dist/ui/main.js.gz", gzipped(t, "", []byte("console.log(1)")), Limits{})
	if r.err != nil || r.members["main.js"] != "console.log(1)" {
		t.Errorf("members = %v, err = %v", r.members, r.err)
	}
	r = walk("blob", gzipped(t, "orig.txt", []byte("hello")), Limits{})
	if r.members["orig.txt"] != "hello" {
		t.Errorf("members = %v", r.members)
	}
}

func TestWalkNotAnArchive(t *testing.T) {
	r := walk("readme.txt", []byte("just text"), Limits{})
	if r.err == nil || r.err.Error() != "readme.txt: not a zip, tar or gzip archive" {
		t.Errorf("err = %v", r.err)
	}
	r = walk("broken.zip", []byte("not really a zip"), Limits{})
	if r.err == nil || !strings.Contains(r.err.Error(), "0 members recovered") {
		t.Errorf("err = %v", r.err)
	}
}

func TestIsArchive(t *testing.T) {
	zipData := buildZip(t, file{name: "a", data: []byte("a")})
	tests := []struct {
		name string
		data []byte
		want bool
	}{
		{"x.bin", zipData, true},
		{"out/artifact.zip", nil, true},
		{"lib/app.JAR", nil, true},
		{"a.tgz", nil, true},
		{"a.tar", nil, true},
		{"x", gzipped(t, "", []byte("x")), true},
		{"x", buildTar(t, file{name: "a", data: []byte("a")}), true},
		{"main.js", []byte("PK is not enough"), false},
		{"main.js.map", []byte("{}"), false},
	}
	for _, tc := range tests {
		if got := IsArchive(tc.name, tc.data); got != tc.want {
			t.Errorf("IsArchive(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}
