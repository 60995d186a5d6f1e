package fragment

import "sort"

// Embedded locates offsets of a text that was decoded out of a physical file,
// such as a JSON string value (escapes make decoded and raw offsets differ)
// or the sourcesContent of a source map. It reports the physical position
// through the file's Lines and the position inside the embedded text itself
// as InnerLine/InnerColumn.
type Embedded struct {
	File    *Lines   // newline index of the physical file
	Anchors []Anchor // sorted by Text; maps decoded offsets to file offsets
	inner   *Lines   // newline index of the decoded text
}

// Anchor says that byte Text of the decoded text came from byte File of the
// physical file. Between two anchors, offsets advance together.
type Anchor struct{ Text, File int }

// NewEmbedded returns a locator for text decoded from file. anchors must hold
// at least the anchor of offset 0; see JSONStringAnchors.
func NewEmbedded(file *Lines, text string, anchors []Anchor) *Embedded {
	return &Embedded{File: file, Anchors: anchors, inner: NewLines(text)}
}

// Locate implements Locator.
func (e *Embedded) Locate(off int) Position {
	var p Position
	if e.File != nil && len(e.Anchors) > 0 {
		i := sort.Search(len(e.Anchors), func(i int) bool { return e.Anchors[i].Text > off }) - 1
		if i < 0 {
			i = 0
		}
		a := e.Anchors[i]
		p = e.File.Locate(a.File + off - a.Text)
	}
	in := e.inner.Locate(off)
	p.InnerLine, p.InnerColumn = in.Line, in.Column
	return p
}
