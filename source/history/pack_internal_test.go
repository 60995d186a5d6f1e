package history

import (
	"bytes"
	"compress/zlib"
	"crypto/sha1"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/go-git/go-git/v5"
	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/format/idxfile"
	"github.com/go-git/go-git/v5/plumbing/object"
)

// TestPackReaderReadsEveryBlobAsGoGitDoes: every blob of a repacked
// repository, most of them deltas, reads the same through the pack reader
// as through go-git.
func TestPackReaderReadsEveryBlobAsGoGitDoes(t *testing.T) {
	dir := t.TempDir()
	r, err := git.PlainInit(dir, false)
	if err != nil {
		t.Fatal(err)
	}
	wt, _ := r.Worktree()
	var body strings.Builder
	for v := range 15 {
		fmt.Fprintf(&body, "line %d of a file that grows with every version\n", v)
		for _, name := range []string{"a.txt", "b.txt"} {
			content := name + "\n" + strings.Repeat(body.String(), 20)
			if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
				t.Fatal(err)
			}
			wt.Add(name)
		}
		sig := &object.Signature{Name: "Ada", Email: "ada@example.org", When: time.Unix(int64(1e9+v*3600), 0)}
		if _, err := wt.Commit(fmt.Sprint("v", v), &git.CommitOptions{Author: sig, Committer: sig}); err != nil {
			t.Fatal(err)
		}
	}
	if err := r.RepackObjects(&git.RepackConfig{}); err != nil {
		t.Fatal(err)
	}
	ps := openPacks(filepath.Join(dir, ".git"))
	defer ps.close()
	if len(ps.packs) != 1 {
		t.Fatalf("%d packs", len(ps.packs))
	}
	pr := newPackReader(ps, 1<<20)
	blobs, deltas := 0, 0
	iter, _ := r.BlobObjects()
	iter.ForEach(func(b *object.Blob) error {
		blobs++
		rd, _ := b.Reader()
		want, _ := io.ReadAll(rd)
		got, size, found, err := pr.blob(b.Hash, 1<<20)
		if err != nil || !found || size != int64(len(want)) || !bytes.Equal(got, want) {
			t.Errorf("blob %s: found %v, err %v, %d bytes, want %d", b.Hash, found, err, len(got), len(want))
		}
		p, off, _ := ps.find(b.Hash)
		if h, err := pr.header(p, off); err == nil && (h.typ == plumbing.OFSDeltaObject || h.typ == plumbing.REFDeltaObject) {
			deltas++
		}
		return nil
	})
	if blobs < 30 || deltas < blobs/2 {
		t.Errorf("%d blobs, %d stored as deltas: the test should read delta chains", blobs, deltas)
	}
}

// writePack writes a pack of one entry with the given header bytes and
// compressed body, and its index, into a fresh objects/pack folder.
func writePack(t *testing.T, h plumbing.Hash, header []byte, body []byte) string {
	t.Helper()
	dir := t.TempDir()
	packDir := filepath.Join(dir, "objects", "pack")
	if err := os.MkdirAll(packDir, 0o755); err != nil {
		t.Fatal(err)
	}
	var pack bytes.Buffer
	pack.WriteString("PACK\x00\x00\x00\x02\x00\x00\x00\x01")
	pack.Write(header)
	pack.Write(body)
	sum := sha1.Sum(pack.Bytes())
	pack.Write(sum[:])
	w := new(idxfile.Writer)
	w.OnHeader(1)
	w.OnInflatedObjectHeader(plumbing.BlobObject, 0, 12)
	w.OnInflatedObjectContent(h, 12, 0, nil)
	w.OnFooter(plumbing.Hash(sum))
	idx, err := w.Index()
	if err != nil {
		t.Fatal(err)
	}
	var ib bytes.Buffer
	if _, err := idxfile.NewEncoder(&ib).Encode(idx); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(packDir, "pack-x.pack"), pack.Bytes(), 0o644)
	os.WriteFile(filepath.Join(packDir, "pack-x.idx"), ib.Bytes(), 0o644)
	return dir
}

// entryHeader encodes a pack entry header: type and size.
func entryHeader(typ plumbing.ObjectType, size int64) []byte {
	c := byte(typ)<<4 | byte(size&15)
	size >>= 4
	var out []byte
	for size > 0 {
		out = append(out, c|0x80)
		c, size = byte(size&0x7f), size>>7
	}
	return append(out, c)
}

func deflate(b []byte) []byte {
	var buf bytes.Buffer
	zw := zlib.NewWriter(&buf)
	zw.Write(b)
	zw.Close()
	return buf.Bytes()
}

// TestPackReaderBadEntries: a 1 GB blob is skipped by its header, without
// being inflated (its body here is a few bytes); truncated and lying
// entries and an OFS delta pointing outside the pack are errors, not
// panics.
func TestPackReaderBadEntries(t *testing.T) {
	h := plumbing.NewHash("0123456789abcdef0123456789abcdef01234567")
	cases := []struct {
		name   string
		header []byte
		body   []byte
		want   string // error text; "" for "too large"
	}{
		{"1 GB blob", entryHeader(plumbing.BlobObject, 1<<30), deflate([]byte("tiny")), ""},
		{"body shorter than the header says", entryHeader(plumbing.BlobObject, 100), deflate([]byte("tiny")), "inflating"},
		{"not zlib", entryHeader(plumbing.BlobObject, 4), []byte("junk"), "inflating"},
		{"delta base outside the pack", append(entryHeader(plumbing.OFSDeltaObject, 8), 0x7f), deflate([]byte("12345678")), "outside the pack"},
		{"size varint that never ends", bytes.Repeat([]byte{0xff}, 12), nil, "overflows"},
		{"a delta that is its own base", append(entryHeader(plumbing.REFDeltaObject, 8), h[:]...), deflate([]byte("12345678")), "delta chain longer"},
		{"a tree where a blob is expected", entryHeader(plumbing.TreeObject, 4), deflate([]byte("tree")), "not a blob"},
	}
	for _, c := range cases {
		ps := openPacks(writePack(t, h, c.header, c.body))
		if len(ps.packs) != 1 {
			t.Fatalf("%s: pack not opened", c.name)
		}
		data, size, found, err := newPackReader(ps, 1<<20).blob(h, 10<<20)
		ps.close()
		switch {
		case !found:
			t.Errorf("%s: object not found in the pack", c.name)
		case c.want == "" && (err != nil || data != nil || size != 1<<30):
			t.Errorf("%s: data %d bytes, size %d, err %v; want only the size", c.name, len(data), size, err)
		case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)):
			t.Errorf("%s: err %v, want %q", c.name, err, c.want)
		}
	}
}
