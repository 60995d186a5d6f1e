package history

import (
	"bytes"
	"fmt"
	"io"

	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/storage/filesystem"

	"github.com/secretvet/secretvet/source/files"
)

// ReasonLFS is the skip reason for a git LFS pointer file: the file's
// content is on an LFS server, not in the repository.
const ReasonLFS = "git LFS pointer (content not in the repository)"

// ReasonSubmodule is the skip reason for a submodule entry of a tree.
const ReasonSubmodule = "submodule (a commit of another repository: scan that repository)"

// lfsSpec starts every git LFS pointer file; pointers are small.
var lfsSpec = []byte("version https://git-lfs.github.com/spec/v1")

const lfsPointerMax = 1024

// readBlob returns the content of blob h to scan, or the reason it is not
// scanned (too large, binary, LFS pointer), or an error (missing or corrupt
// object). A blob over limit is not read at all. Packed blobs are read by
// w's pack reader, the others through go-git.
func (w *worker) readBlob(h plumbing.Hash, limit int64) (data []byte, reason string, err error) {
	data, size, found, err := w.packs.blob(h, limit)
	switch {
	case err != nil:
		return nil, "", fmt.Errorf("reading the pack: %w", err)
	case !found:
		if data, size, err = goGitBlob(w.st, h, limit); err != nil {
			return nil, "", err
		}
	}
	if data == nil && size > limit {
		return nil, files.TooLarge(limit), nil
	}
	f, reason := files.Classify(data, limit)
	if reason != "" {
		return nil, reason, nil
	}
	if len(f.Data) < lfsPointerMax && bytes.HasPrefix(f.Data, lfsSpec) {
		return nil, ReasonLFS, nil
	}
	return f.Data, "", nil
}

// goGitBlob reads a blob that is not in a pack (a loose object, or one in
// an alternate object store); over limit, only its size.
func goGitBlob(st *filesystem.Storage, h plumbing.Hash, limit int64) ([]byte, int64, error) {
	size, err := st.EncodedObjectSize(h)
	if err != nil {
		return nil, 0, objectErr(err)
	}
	if size > limit {
		return nil, size, nil
	}
	obj, err := st.EncodedObject(plumbing.BlobObject, h)
	if err != nil {
		return nil, 0, objectErr(err)
	}
	r, err := obj.Reader()
	if err != nil {
		return nil, 0, objectErr(err)
	}
	defer r.Close()
	data := make([]byte, obj.Size())
	if _, err := io.ReadFull(r, data); err != nil {
		return nil, 0, fmt.Errorf("reading the object: %w", err)
	}
	return data, obj.Size(), nil
}
