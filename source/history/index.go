package history

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"strconv"

	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/filemode"
)

// The index is read here rather than with go-git's decoder for two
// reasons: speed (a pre-commit hook on a monorepo reads an index of
// hundreds of thousands of entries on every commit; this reader allocates
// little more than the paths) and the cache-tree extension, whose
// invalidated entries go-git drops, losing the tree's shape. With the
// cache tree, the directories whose staged content is exactly HEAD's are
// skipped without reading a single tree object.

// indexEntry is one path of the index.
type indexEntry struct {
	name        string
	mode        filemode.FileMode
	hash        plumbing.Hash
	stage       int
	intentToAdd bool
}

// cacheNode is one directory of the cache-tree extension, in pre-order.
type cacheNode struct {
	name     string // path component ("" for the root)
	entries  int    // index entries below it; -1 when invalidated
	subtrees int
	hash     plumbing.Hash // the tree object those entries make, when valid
}

// gitIndex is a parsed index file.
type gitIndex struct {
	entries []indexEntry
	cache   []cacheNode // nil without a cache-tree extension
}

var errIndexFormat = errors.New("unsupported index format")

// parseIndex parses an index file (versions 2 to 4).
func parseIndex(b []byte) (*gitIndex, error) {
	if len(b) < 12+20 || string(b[:4]) != "DIRC" {
		return nil, fmt.Errorf("%w: no index signature", errIndexFormat)
	}
	version := binary.BigEndian.Uint32(b[4:8])
	if version < 2 || version > 4 {
		return nil, fmt.Errorf("%w: version %d", errIndexFormat, version)
	}
	n := int(binary.BigEndian.Uint32(b[8:12]))
	body := b[:len(b)-20] // the trailing checksum
	idx := &gitIndex{entries: make([]indexEntry, 0, n)}
	off := 12
	prev := ""
	for i := 0; i < n; i++ {
		const fixed = 40 + 20 + 2 // stat data, object name, flags
		if off+fixed > len(body) {
			return nil, fmt.Errorf("%w: entry %d truncated", errIndexFormat, i)
		}
		start := off
		e := indexEntry{mode: filemode.FileMode(binary.BigEndian.Uint32(body[off+24 : off+28]))}
		copy(e.hash[:], body[off+40:off+60])
		flags := binary.BigEndian.Uint16(body[off+60 : off+62])
		e.stage = int(flags>>12) & 3
		off += fixed
		if flags&0x4000 != 0 { // extended flags (version 3 and later)
			if off+2 > len(body) {
				return nil, fmt.Errorf("%w: entry %d truncated", errIndexFormat, i)
			}
			ext := binary.BigEndian.Uint16(body[off : off+2])
			e.intentToAdd = ext&0x2000 != 0
			off += 2
		}
		if version == 4 {
			// The path is the previous one less a number of bytes, plus a
			// NUL-terminated suffix.
			strip, k := uvarintOffset(body[off:])
			if k <= 0 || strip > len(prev) {
				return nil, fmt.Errorf("%w: entry %d: bad path prefix", errIndexFormat, i)
			}
			off += k
			end := bytes.IndexByte(body[off:], 0)
			if end < 0 {
				return nil, fmt.Errorf("%w: entry %d: path not terminated", errIndexFormat, i)
			}
			e.name = prev[:len(prev)-strip] + string(body[off:off+end])
			off += end + 1
		} else {
			end := bytes.IndexByte(body[off:], 0)
			if end < 0 {
				return nil, fmt.Errorf("%w: entry %d: path not terminated", errIndexFormat, i)
			}
			e.name = string(body[off : off+end])
			// entries are padded with 1 to 8 NULs to a multiple of 8 bytes
			off = start + ((off+end-start)+8)&^7
		}
		prev = e.name
		idx.entries = append(idx.entries, e)
	}
	for off+8 <= len(body) {
		sig := string(body[off : off+4])
		size := int(binary.BigEndian.Uint32(body[off+4 : off+8]))
		off += 8
		if size < 0 || off+size > len(body) {
			return nil, fmt.Errorf("%w: extension %q truncated", errIndexFormat, sig)
		}
		data := body[off : off+size]
		off += size
		switch sig {
		case "TREE":
			if idx.cache = parseCacheTree(data); idx.cache == nil {
				return nil, fmt.Errorf("%w: bad cache-tree extension", errIndexFormat)
			}
		case "link":
			// A split index keeps most entries in a shared file.
			return nil, fmt.Errorf("%w: split index (core.splitIndex)", errIndexFormat)
		}
	}
	return idx, nil
}

// uvarintOffset reads git's offset varint (each continuation adds one).
func uvarintOffset(b []byte) (int, int) {
	if len(b) == 0 {
		return 0, 0
	}
	v := int(b[0] & 0x7f)
	i := 1
	for b[i-1]&0x80 != 0 {
		if i >= len(b) || v > 1<<40 {
			return 0, 0
		}
		v = ((v + 1) << 7) | int(b[i]&0x7f)
		i++
	}
	return v, i
}

func parseCacheTree(b []byte) []cacheNode {
	var nodes []cacheNode
	for len(b) > 0 {
		nul := bytes.IndexByte(b, 0)
		if nul < 0 {
			return nil
		}
		n := cacheNode{name: string(b[:nul])}
		b = b[nul+1:]
		sp := bytes.IndexByte(b, ' ')
		nl := bytes.IndexByte(b, '\n')
		if sp < 0 || nl < sp {
			return nil
		}
		var err1, err2 error
		n.entries, err1 = strconv.Atoi(string(b[:sp]))
		n.subtrees, err2 = strconv.Atoi(string(b[sp+1 : nl]))
		if err1 != nil || err2 != nil || n.subtrees < 0 {
			return nil
		}
		b = b[nl+1:]
		if n.entries >= 0 {
			if len(b) < 20 {
				return nil
			}
			copy(n.hash[:], b[:20])
			b = b[20:]
		}
		nodes = append(nodes, n)
	}
	if len(nodes) == 0 {
		return []cacheNode{}
	}
	return nodes
}
