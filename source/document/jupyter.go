package document

import (
	"fmt"
	"strings"

	"github.com/secretvet/secretvet/fragment"
)

// jupyter extracts the cells of a Jupyter notebook (nbformat 4, and the
// worksheets of nbformat 3): code, markdown and raw cell sources and text
// outputs. Images (base64 image/* data, attachments, v3 png/jpeg keys) are
// never scanned as text: they are blanked in the remainder, because their
// entropy makes secret rules fire at random.
func (x *extractor) jupyter(s *source, root *node, ptr string) {
	if cells := root.get("cells"); cells.is(kindArray) {
		x.cells(s, cells, childKey(ptr, "cells"), 0)
		return
	}
	n := 0
	for w, ws := range root.get("worksheets").items() {
		cells := ws.get("cells")
		x.cells(s, cells, childKey(childIndex(childKey(ptr, "worksheets"), w), "cells"), n)
		n += len(cells.items())
	}
}

// cells extracts an array of cells; numbering starts after first cells.
func (x *extractor) cells(s *source, cells *node, ptr string, first int) {
	if !cells.is(kindArray) {
		return
	}
	for i, cell := range cells.items() {
		if !cell.is(kindObject) {
			continue
		}
		cp := childIndex(ptr, i)
		title := fmt.Sprintf("cell %d", first+i+1)
		for _, key := range []string{"source", "input"} { // "input": nbformat 3 code cells
			x.textLines(s, cell.get(key), childKey(cp, key), title)
		}
		for _, m := range cell.get("attachments").fields() {
			for _, d := range m.val.fields() {
				x.maskNode(s, d.val)
			}
		}
		op := childKey(cp, "outputs")
		for j, out := range cell.get("outputs").items() {
			x.output(s, out, childIndex(op, j), fmt.Sprintf("%s output %d", title, j+1))
		}
	}
}

// textLines emits a text given as a string or as a list of strings (joined as
// Jupyter joins them, so the list index + 1 is the inner line when each
// item ends with a newline, as nbformat writes them).
func (x *extractor) textLines(s *source, n *node, ptr, title string) {
	switch {
	case n.is(kindString):
		x.emit(s, n, ptr, fragment.JupyterCell, title)
	case n.is(kindArray):
		x.emitParts(s, n.items(), ptr, fragment.JupyterCell, title)
	}
}

func (x *extractor) output(s *source, out *node, ptr, title string) {
	if !out.is(kindObject) {
		return
	}
	for _, m := range out.fields() {
		mp := childKey(ptr, m.key)
		switch {
		case m.key == "text":
			x.textLines(s, m.val, mp, title)
		case m.key == "data":
			for _, d := range m.val.fields() {
				dp := childKey(mp, d.key)
				if isBinaryMIME(d.key) {
					x.maskAll(s, d.val)
					continue
				}
				if d.val.is(kindObject) { // application/json and widget data
					x.emitAll(s, d.val, dp, fragment.JupyterCell, title)
					continue
				}
				x.textLines(s, d.val, dp, title)
			}
		case m.key == "traceback", m.key == "evalue":
			x.emitAll(s, m.val, mp, fragment.JupyterCell, title)
		case isBinaryMIME(m.key): // nbformat 3: "png", "jpeg", "svg" on the output
			x.maskAll(s, m.val)
		}
	}
}

// isBinaryMIME tells whether an output MIME type (or nbformat 3 key) holds
// an image or other binary data rather than text.
func isBinaryMIME(t string) bool {
	t = strings.ToLower(t)
	switch t {
	case "png", "jpeg", "jpg", "gif", "svg", "pdf", "application/pdf":
		return true
	}
	return strings.HasPrefix(t, "image/") || strings.HasPrefix(t, "video/") || strings.HasPrefix(t, "audio/")
}

// maskAll blanks every string under n in the remainder.
func (x *extractor) maskAll(s *source, n *node) {
	if n == nil {
		return
	}
	switch n.kind {
	case kindString:
		x.maskNode(s, n)
	case kindArray:
		for _, e := range n.items() {
			x.maskAll(s, e)
		}
	case kindObject:
		for _, m := range n.fields() {
			x.maskAll(s, m.val)
		}
	}
}
