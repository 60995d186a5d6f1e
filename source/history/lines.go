package history

import (
	"bytes"
	"hash/maphash"

	"github.com/secretvet/secretvet/pipeline"
)

// diffContext is how many unchanged lines around a changed one are scanned
// with it, as git diff shows: enough for a secret whose rule reads the line
// before it (a curl command continued on the next line, a key name on its
// own line in YAML).
const diffContext = 3

// lineSeed hashes lines for one process; the hashes never leave it.
var lineSeed = maphash.MakeSeed()

// lineSet is a set of line hashes (open addressing, linear probing), kept
// by a worker and refilled for every previous version it compares with.
type lineSet struct {
	slots []uint64 // 0 is an empty slot; a hash of 0 is stored as 1
	mask  uint64
}

// fill makes s the set of the lines of data.
func (s *lineSet) fill(data []byte) {
	lines := bytes.Count(data, []byte{'\n'}) + 1
	size := 16
	for size < 2*lines {
		size *= 2
	}
	if cap(s.slots) >= size {
		s.slots = s.slots[:size]
		clear(s.slots)
	} else {
		s.slots = make([]uint64, size)
	}
	s.mask = uint64(size - 1)
	eachLine(data, func(h uint64) {
		for i := h & s.mask; ; i = (i + 1) & s.mask {
			if s.slots[i] == 0 || s.slots[i] == h {
				s.slots[i] = h
				return
			}
		}
	})
}

func (s *lineSet) has(h uint64) bool {
	for i := h & s.mask; ; i = (i + 1) & s.mask {
		switch s.slots[i] {
		case h:
			return true
		case 0:
			return false
		}
	}
}

// eachLine calls f with the hash of every line of data (its newline
// included), never 0.
func eachLine(data []byte, f func(uint64)) {
	for len(data) > 0 {
		i := bytes.IndexByte(data, '\n')
		if i < 0 {
			i = len(data) - 1
		}
		f(max(1, maphash.Bytes(lineSeed, data[:i+1])))
		data = data[i+1:]
	}
}

// changedLines returns the lines of data whose text is on no line of the
// old version, widened by diffContext lines and merged: what a commit
// added to a file, as gitleaks reads it from git log -p, plus context. A
// line that only moved is not changed: the secret on it was there before.
// The result is empty, not nil, when nothing was added.
func changedLines(data []byte, old *lineSet) []pipeline.LineRange {
	out := []pipeline.LineRange{}
	n := 0
	eachLine(data, func(h uint64) {
		n++
		if old.has(h) {
			return
		}
		first, last := max(1, n-diffContext), n+diffContext
		if k := len(out) - 1; k >= 0 && first <= out[k].Last+1 {
			out[k].Last = last
			return
		}
		out = append(out, pipeline.LineRange{First: first, Last: last})
	})
	if k := len(out) - 1; k >= 0 && out[k].Last > n {
		out[k].Last = n
	}
	return out
}
