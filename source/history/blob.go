package history

import (
	"bytes"
	"fmt"

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
// object). A blob over limit is not read at all.
func readBlob(st *filesystem.Storage, h plumbing.Hash, limit int64) (data []byte, reason string, err error) {
	size, err := st.EncodedObjectSize(h)
	if err != nil {
		return nil, "", objectErr(err)
	}
	if size > limit {
		return nil, fmt.Sprintf("larger than %d bytes (--max-file-size)", limit), nil
	}
	obj, err := st.EncodedObject(plumbing.BlobObject, h)
	if err != nil {
		return nil, "", objectErr(err)
	}
	r, err := obj.Reader()
	if err != nil {
		return nil, "", objectErr(err)
	}
	defer r.Close()
	f, reason, err := files.ReadContent(r, obj.Size(), limit)
	if err != nil {
		return nil, "", fmt.Errorf("reading the object: %w", err)
	}
	if reason != "" {
		return nil, reason, nil
	}
	if len(f.Data) < lfsPointerMax && bytes.HasPrefix(f.Data, lfsSpec) {
		return nil, ReasonLFS, nil
	}
	return f.Data, "", nil
}
