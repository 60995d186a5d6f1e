package history

import (
	"bufio"
	"compress/zlib"
	"container/list"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/format/idxfile"
	"github.com/go-git/go-git/v5/plumbing/format/packfile"
)

// Blobs are read straight from the pack files, with go-git's index decoder
// and delta patcher, instead of through go-git's object storage. The
// storage decodes a delta object up to three times (its size, the object,
// then its reader for large objects) and copies it on the way; a history
// scan reads every blob once, so this path inflates each object once into
// a buffer that is then scanned without another copy. Objects that are not
// in a pack (loose objects, alternates) are read through go-git.

// packSet is a repository's pack files, opened once and shared by the
// workers: reads go through ReadAt, which is safe for concurrent use.
type packSet struct {
	packs []*packFile
}

type packFile struct {
	f    *os.File
	size int64
	idx  *idxfile.MemoryIndex
}

// openPacks opens the packs of objects/pack in the git folder dir. A pack
// that cannot be opened is left out: its objects are read through go-git.
func openPacks(dir string) *packSet {
	ps := &packSet{}
	idxs, _ := filepath.Glob(filepath.Join(dir, "objects", "pack", "pack-*.idx"))
	for _, name := range idxs {
		if p, err := openPack(name); err == nil {
			ps.packs = append(ps.packs, p)
		}
	}
	return ps
}

func openPack(idxName string) (*packFile, error) {
	ib, err := os.Open(idxName)
	if err != nil {
		return nil, err
	}
	defer ib.Close()
	idx := idxfile.NewMemoryIndex()
	if err := idxfile.NewDecoder(bufio.NewReader(ib)).Decode(idx); err != nil {
		return nil, err
	}
	f, err := os.Open(strings.TrimSuffix(idxName, ".idx") + ".pack")
	if err != nil {
		return nil, err
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, err
	}
	return &packFile{f: f, size: st.Size(), idx: idx}, nil
}

func (ps *packSet) close() {
	for _, p := range ps.packs {
		p.f.Close()
	}
}

// find returns the pack that holds h and the object's offset in it.
func (ps *packSet) find(h plumbing.Hash) (*packFile, int64, bool) {
	for _, p := range ps.packs {
		if off, err := p.idx.FindOffset(h); err == nil {
			return p, off, true
		}
	}
	return nil, 0, false
}

// maxDeltaChain bounds a chain of deltas: git's default depth is 50 and
// its maximum 4095; a longer chain is a corrupt (or cyclic) pack.
const maxDeltaChain = 10000

// packReader reads objects from a packSet for one worker, with a cache of
// recently read objects: versions of a file are deltas of each other, so
// the next version's base is usually the one just read.
type packReader struct {
	ps    *packSet
	br    *bufio.Reader
	zr    io.ReadCloser
	cache objectCache
}

func newPackReader(ps *packSet, cacheBytes int) *packReader {
	return &packReader{ps: ps, br: bufio.NewReaderSize(nil, 16<<10), cache: objectCache{max: cacheBytes}}
}

// objHeader is a pack entry's header.
type objHeader struct {
	typ  plumbing.ObjectType
	size int64 // inflated size of the entry: the object, or its delta
	base int64 // an OFS delta's base offset
	ref  plumbing.Hash
}

// blob returns the content of object h when a pack holds it (found), or
// only its size when that is over limit (data nil). An error means the
// pack holds the object but it cannot be read (a damaged pack).
func (r *packReader) blob(h plumbing.Hash, limit int64) (data []byte, size int64, found bool, err error) {
	p, off, ok := r.ps.find(h)
	if !ok {
		return nil, 0, false, nil
	}
	data, size, err = r.object(p, off, limit)
	return data, size, true, err
}

type link struct {
	p     *packFile
	off   int64
	delta []byte
}

// object reads the object at off of p, applying its chain of deltas.
func (r *packReader) object(p *packFile, off int64, limit int64) ([]byte, int64, error) {
	var chain []link
	var data []byte
	for {
		if d, ok := r.cache.get(p, off); ok {
			data = d
			break
		}
		if len(chain) > maxDeltaChain {
			return nil, 0, fmt.Errorf("delta chain longer than %d", maxDeltaChain)
		}
		h, err := r.header(p, off)
		if err != nil {
			return nil, 0, err
		}
		// The object asked for is checked against the limit before it is
		// inflated; a delta is about the size of what it adds, so a delta
		// over the limit is taken as an object over it.
		if h.size > limit {
			return nil, h.size, nil
		}
		body, err := r.inflate(h.size)
		if err != nil {
			return nil, 0, fmt.Errorf("object at offset %d: %w", off, err)
		}
		if h.typ != plumbing.OFSDeltaObject && h.typ != plumbing.REFDeltaObject {
			if h.typ != plumbing.BlobObject && len(chain) == 0 {
				return nil, 0, fmt.Errorf("object at offset %d is a %s, not a blob", off, h.typ)
			}
			data = body
			r.cache.put(p, off, data)
			break
		}
		if len(chain) == 0 {
			if target := deltaTargetSize(body); target > limit {
				return nil, target, nil
			}
		}
		chain = append(chain, link{p, off, body})
		if h.typ == plumbing.OFSDeltaObject {
			off = h.base
			continue
		}
		var ok bool
		if p, off, ok = r.ps.find(h.ref); !ok {
			return nil, 0, fmt.Errorf("delta base %s: %w", short(h.ref), plumbing.ErrObjectNotFound)
		}
	}
	for i := len(chain) - 1; i >= 0; i-- {
		next, err := packfile.PatchDelta(data, chain[i].delta)
		if err != nil {
			return nil, 0, fmt.Errorf("object at offset %d: %w", chain[i].off, err)
		}
		data = next
		r.cache.put(chain[i].p, chain[i].off, data)
	}
	return data, int64(len(data)), nil
}

// header reads the entry header at off and leaves r.br at its compressed
// data.
func (r *packReader) header(p *packFile, off int64) (objHeader, error) {
	var h objHeader
	if off <= 0 || off >= p.size {
		return h, fmt.Errorf("offset %d outside the pack", off)
	}
	r.br.Reset(io.NewSectionReader(p.f, off, p.size-off))
	c, err := r.br.ReadByte()
	if err != nil {
		return h, err
	}
	h.typ = plumbing.ObjectType((c >> 4) & 7)
	h.size = int64(c & 15)
	for shift := 4; c&0x80 != 0; shift += 7 {
		if shift > 56 {
			return h, errors.New("object size overflows")
		}
		if c, err = r.br.ReadByte(); err != nil {
			return h, err
		}
		h.size |= int64(c&0x7f) << shift
	}
	switch h.typ {
	case plumbing.CommitObject, plumbing.TreeObject, plumbing.BlobObject, plumbing.TagObject:
	case plumbing.OFSDeltaObject:
		if c, err = r.br.ReadByte(); err != nil {
			return h, err
		}
		rel := int64(c & 0x7f)
		for c&0x80 != 0 {
			if rel > 1<<48 {
				return h, errors.New("delta base offset overflows")
			}
			if c, err = r.br.ReadByte(); err != nil {
				return h, err
			}
			rel = (rel+1)<<7 | int64(c&0x7f)
		}
		if rel <= 0 || rel >= off {
			return h, fmt.Errorf("object at offset %d: delta base outside the pack", off)
		}
		h.base = off - rel
	case plumbing.REFDeltaObject:
		if _, err := io.ReadFull(r.br, h.ref[:]); err != nil {
			return h, err
		}
	default:
		return h, fmt.Errorf("object at offset %d: unknown type %d", off, h.typ)
	}
	return h, nil
}

// inflate reads the zlib stream at r.br, which must inflate to size bytes.
func (r *packReader) inflate(size int64) ([]byte, error) {
	var err error
	if r.zr == nil {
		r.zr, err = zlib.NewReader(r.br)
	} else {
		err = r.zr.(zlib.Resetter).Reset(r.br, nil)
	}
	if err != nil {
		return nil, fmt.Errorf("inflating: %w", err)
	}
	out := make([]byte, size)
	if _, err := io.ReadFull(r.zr, out); err != nil {
		return nil, fmt.Errorf("inflating %d bytes: %w", size, err)
	}
	return out, nil
}

// deltaTargetSize reads the size of the object a delta builds (its second
// varint); -1 when the delta is too short to say.
func deltaTargetSize(delta []byte) int64 {
	skip := func(b []byte) ([]byte, int64) {
		var v int64
		for i, shift := 0, 0; i < len(b) && shift < 63; i, shift = i+1, shift+7 {
			v |= int64(b[i]&0x7f) << shift
			if b[i]&0x80 == 0 {
				return b[i+1:], v
			}
		}
		return nil, -1
	}
	rest, _ := skip(delta)
	_, target := skip(rest)
	return target
}

// objectCache keeps recently read objects up to max bytes, least recently
// used out first.
type objectCache struct {
	max, used int
	order     list.List // of *cached, most recent at the front
	byKey     map[cacheKey]*list.Element
}

type cacheKey struct {
	p   *packFile
	off int64
}

type cached struct {
	key  cacheKey
	data []byte
}

func (c *objectCache) get(p *packFile, off int64) ([]byte, bool) {
	e, ok := c.byKey[cacheKey{p, off}]
	if !ok {
		return nil, false
	}
	c.order.MoveToFront(e)
	return e.Value.(*cached).data, true
}

func (c *objectCache) put(p *packFile, off int64, data []byte) {
	if len(data) > c.max/4 {
		return
	}
	if c.byKey == nil {
		c.byKey = map[cacheKey]*list.Element{}
	}
	k := cacheKey{p, off}
	if _, ok := c.byKey[k]; ok {
		return
	}
	c.byKey[k] = c.order.PushFront(&cached{k, data})
	c.used += len(data)
	for c.used > c.max {
		last := c.order.Back()
		v := last.Value.(*cached)
		c.order.Remove(last)
		delete(c.byKey, v.key)
		c.used -= len(v.data)
	}
}
