package history

import (
	"bytes"
	"hash/maphash"
	"slices"

	"github.com/secretvet/secretvet/pipeline"
)

// diffContext is how many unchanged lines around a changed one are scanned
// with it, as git diff shows: enough for a secret whose rule reads the line
// before it (a curl command continued on the next line, a key name on its
// own line in YAML).
const diffContext = 3

// lineSeed hashes lines for one process; the hashes never leave it.
var lineSeed = maphash.MakeSeed()

// lineHashes appends the hash of every line of data to hs[:0], sorted:
// the previous version of a file, as changedLines compares the new one with
// it.
func lineHashes(hs []uint64, data []byte) []uint64 {
	hs = hs[:0]
	for len(data) > 0 {
		i := bytes.IndexByte(data, '\n')
		if i < 0 {
			i = len(data) - 1
		}
		hs = append(hs, maphash.Bytes(lineSeed, data[:i+1]))
		data = data[i+1:]
	}
	slices.Sort(hs)
	return hs
}

// changedLines returns the lines of data whose text is on no line of the
// old version (old: its sorted line hashes), widened by diffContext lines
// and merged: what a commit added to a file, as gitleaks reads it from
// git log -p, plus context. A line that only moved is not changed: the
// secret on it was there before. The result is empty, not nil, when
// nothing was added.
func changedLines(data []byte, old []uint64) []pipeline.LineRange {
	out := []pipeline.LineRange{}
	n := 0
	for len(data) > 0 {
		n++
		i := bytes.IndexByte(data, '\n')
		if i < 0 {
			i = len(data) - 1
		}
		h := maphash.Bytes(lineSeed, data[:i+1])
		data = data[i+1:]
		if _, found := slices.BinarySearch(old, h); found {
			continue
		}
		first, last := max(1, n-diffContext), n+diffContext
		if k := len(out) - 1; k >= 0 && first <= out[k].Last+1 {
			out[k].Last = last
			continue
		}
		out = append(out, pipeline.LineRange{First: first, Last: last})
	}
	if k := len(out) - 1; k >= 0 && out[k].Last > n {
		out[k].Last = n
	}
	return out
}
