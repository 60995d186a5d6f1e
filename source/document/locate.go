package document

import (
	"sort"
	"strconv"
	"strings"

	"github.com/secretvet/secretvet/fragment"
)

// source is a run of JSON bytes that nodes' offsets refer to: the physical
// file itself, or a JSON document held inside a string of the file (the
// content of a wrapper), whose decoded bytes map back to the file through
// outer.
type source struct {
	data  []byte
	outer []fragment.Anchor // data offset -> file offset; nil means identity
}

// fileOffset maps an offset of s.data to an offset of the physical file.
func (s *source) fileOffset(off int) int {
	return mapOffset(s.outer, off)
}

func mapOffset(anchors []fragment.Anchor, off int) int {
	if anchors == nil {
		return off
	}
	i := sort.Search(len(anchors), func(i int) bool { return anchors[i].Text > off }) - 1
	if i < 0 {
		i = 0
	}
	return anchors[i].File + off - anchors[i].Text
}

// compose turns anchors that map text offsets to offsets of s.data into
// anchors that map them to offsets of the physical file. textLen is the
// length of the text the inner anchors describe.
func (s *source) compose(inner []fragment.Anchor, textLen int) []fragment.Anchor {
	if s.outer == nil {
		return inner
	}
	out := make([]fragment.Anchor, 0, len(inner))
	for i, a := range inner {
		segEnd := textLen
		if i+1 < len(inner) {
			segEnd = inner[i+1].Text
		}
		out = append(out, fragment.Anchor{Text: a.Text, File: s.fileOffset(a.File)})
		// Outer anchors that fall inside this segment break it further.
		lo, hi := a.File, a.File+segEnd-a.Text
		j := sort.Search(len(s.outer), func(j int) bool { return s.outer[j].Text > lo })
		for ; j < len(s.outer) && s.outer[j].Text < hi; j++ {
			b := s.outer[j]
			out = append(out, fragment.Anchor{Text: a.Text + b.Text - lo, File: b.File})
		}
	}
	return out
}

// span is a half-open byte range of the physical file.
type span struct{ start, end int }

// maskSpans returns a copy of data where every byte inside spans, except
// newlines, is a space: the remainder of a document once its extracted
// texts are taken out, with every offset unchanged.
func maskSpans(data []byte, spans []span) string {
	b := []byte(string(data))
	for _, sp := range spans {
		if sp.start < 0 {
			sp.start = 0
		}
		if sp.end > len(b) {
			sp.end = len(b)
		}
		for i := sp.start; i < sp.end; i++ {
			if b[i] != '\n' {
				b[i] = ' '
			}
		}
	}
	return string(b)
}

// pointerToken escapes one reference token of a JSON pointer (RFC 6901).
func pointerToken(s string) string {
	if !strings.ContainsAny(s, "~/") {
		return s
	}
	return strings.NewReplacer("~", "~0", "/", "~1").Replace(s)
}

// childKey returns the pointer of member key of the value at ptr.
func childKey(ptr, key string) string { return ptr + "/" + pointerToken(key) }

// childIndex returns the pointer of element i of the array at ptr.
func childIndex(ptr string, i int) string { return ptr + "/" + strconv.Itoa(i) }
