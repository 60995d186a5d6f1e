package document

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/secretvet/secretvet/fragment"
)

// Kind is the kind of document detected.
type Kind string

// Kinds of document. None means the data is not a document this package
// knows.
const (
	None             Kind = ""
	Notebook         Kind = "notebook"
	Dashboard        Kind = "dashboard"
	DashboardClassic Kind = "dashboard-classic"
	Workflow         Kind = "workflow"
	Jupyter          Kind = "jupyter"
)

// maxWrappers bounds how many {type, content} wrappers are unwrapped.
const maxWrappers = 4

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// Detect reports what kind of document data is, or None. It is cheap for
// data that is not a document: it validates the JSON but builds only its
// top level unless the top-level keys look like a document.
func Detect(data []byte) Kind {
	_, kind, ok, err := extract("", data, false)
	if !ok || err != nil {
		return None
	}
	return kind
}

// Extract turns the document in data (the whole file at path) into the
// fragments to scan: one per embedded text (code, query, markdown, title,
// cached result, task input, notebook cell), each with its JSON pointer,
// kind, title and an Embedded locator that maps offsets of the decoded text
// to the line and column of the file and of the embedded text.
//
// The last fragment is the remainder: the whole file, as kind
// fragment.File with an empty pointer, with the extracted strings and
// embedded images (Jupyter outputs) blanked out by spaces. Scanning it finds
// what lives outside the known places (a password in an unknown field,
// with its key as context) without reporting an extracted text twice.
//
// ok=false means data is not a Dynatrace or Jupyter document: scan the file
// as plain text. err != nil means data looked like a document but could not
// be parsed (invalid or truncated JSON, nesting deeper than 1000, a wrapper
// whose content string is not JSON): scan it as plain text and report it as
// skipped structure with err as the reason.
//
// Pointers follow RFC 6901. Where a wrapper holds its document as a
// JSON-encoded string, the pointer goes on through the string as if it
// were an object ("/content/sections/0/markdown").
func Extract(path string, data []byte) (frags []fragment.Fragment, kind Kind, ok bool, err error) {
	return extract(path, data, true)
}

func extract(path string, data []byte, build bool) ([]fragment.Fragment, Kind, bool, error) {
	start := 0
	if bytes.HasPrefix(data, utf8BOM) {
		start = len(utf8BOM)
	}
	for start < len(data) && isSpace(data[start]) {
		start++
	}
	if start >= len(data) {
		return nil, None, false, nil
	}
	x := &extractor{path: path, data: data, build: build}
	var err error
	switch data[start] {
	case '{':
		err = x.whole(start)
	case '-':
		err = x.multipart(start)
	default:
		return nil, None, false, nil
	}
	if err != nil {
		if x.looksLikeDocument() {
			return nil, None, false, fmt.Errorf("%s document: %w", x.describe(), err)
		}
		return nil, None, false, nil
	}
	if x.kind == None {
		return nil, None, false, nil
	}
	if !build {
		return nil, x.kind, true, nil
	}
	rest := fragment.Fragment{
		Text:    maskSpans(data, x.mask),
		Origin:  fragment.Origin{Path: path, Kind: fragment.File},
		Locator: x.fileLines(),
	}
	return append(x.frags, rest), x.kind, true, nil
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// extractor collects the fragments of one file.
type extractor struct {
	path  string
	data  []byte
	build bool // false: only detect the kind
	kind  Kind
	lines *fragment.Lines
	frags []fragment.Fragment
	mask  []span
	// hint says that the data claims to be a document (multipart export,
	// wrapper of a document type, .ipynb name), so a parse error is an
	// error and not "not a document".
	hint string
}

func (x *extractor) fileLines() *fragment.Lines {
	if x.lines == nil {
		x.lines = fragment.NewLines(string(x.data))
	}
	return x.lines
}

func (x *extractor) describe() string {
	if x.hint != "" {
		return x.hint
	}
	return "JSON"
}

// looksLikeDocument tells whether data that failed to parse was meant to be
// a document, judging by its name and the keys it mentions.
func (x *extractor) looksLikeDocument() bool {
	if x.hint != "" {
		return true
	}
	if strings.EqualFold(filepath.Ext(x.path), ".ipynb") {
		x.hint = "Jupyter"
		return true
	}
	for _, k := range []string{`"sections"`, `"tiles"`, `"tasks"`, `"cells"`, `"dashboardMetadata"`} {
		if bytes.Contains(x.data, []byte(k)) {
			x.hint = "Dynatrace or Jupyter"
			return true
		}
	}
	return false
}

// inFile adds the line and column of the file to a syntax error found in
// the file's own bytes.
func (x *extractor) inFile(err error) error {
	var se *syntaxError
	if errors.As(err, &se) {
		p := x.fileLines().Locate(se.Offset)
		se.Line, se.Column = p.Line, p.Column
	}
	return err
}

// whole handles a file whose JSON value starts at start.
func (x *extractor) whole(start int) error {
	top, err := parseShallow(x.data, start, len(x.data))
	if err != nil {
		return x.inFile(err)
	}
	if !mayBeDocument(top) {
		return nil
	}
	root, err := parseJSON(x.data, start, len(x.data))
	if err != nil {
		return x.inFile(err)
	}
	return x.document(&source{data: x.data}, root, "", 0)
}

// mayBeDocument looks at the top-level keys only.
func mayBeDocument(top *node) bool {
	if !top.is(kindObject) {
		return false
	}
	for _, m := range top.members {
		switch m.key {
		case "sections", "tiles", "tasks", "cells", "worksheets", "content":
			return true
		}
	}
	return false
}

// document classifies root and extracts its texts; a {type, content}
// wrapper is unwrapped (depth counts wrappers).
func (x *extractor) document(s *source, root *node, ptr string, depth int) error {
	if k := classify(root); k != None {
		x.kind = k
		if !x.build {
			return nil
		}
		switch k {
		case Notebook:
			x.notebook(s, root, ptr)
		case Dashboard:
			x.dashboard(s, root, ptr)
		case DashboardClassic:
			x.dashboardClassic(s, root, ptr)
		case Workflow:
			x.workflow(s, root, ptr)
		case Jupyter:
			x.jupyter(s, root, ptr)
		}
		return nil
	}
	content := root.get("content")
	if content == nil || !root.get("type").is(kindString) || depth >= maxWrappers {
		return nil
	}
	docType := root.getString("type")
	switch docType {
	case "notebook", "dashboard", "launchpad":
		x.hint = "Dynatrace " + docType
	}
	ptr = childKey(ptr, "content")
	switch content.kind {
	case kindObject:
		return x.document(s, content, ptr, depth+1)
	case kindString:
		return x.encodedDocument(s, content, ptr, depth+1)
	}
	return nil
}

// encodedDocument handles a document held as a JSON-encoded string.
func (x *extractor) encodedDocument(s *source, str *node, ptr string, depth int) error {
	text, anchors := decodeString(s.data[str.start+1:str.end-1], str.start+1, true)
	inner := &source{data: []byte(text), outer: s.compose(anchors, len(text))}
	i := 0
	for i < len(inner.data) && isSpace(inner.data[i]) {
		i++
	}
	if i >= len(inner.data) || inner.data[i] != '{' {
		if x.hint != "" {
			return errors.New("wrapper content is neither an object nor a JSON object string")
		}
		return nil
	}
	root, err := parseJSON(inner.data, i, len(inner.data))
	if err != nil {
		if x.hint == "" {
			return nil // some other {type, content} object
		}
		return fmt.Errorf("wrapper content string: %w", err)
	}
	return x.document(inner, root, ptr, depth)
}

// classify tells the kind of a parsed document from its keys.
func classify(root *node) Kind {
	if !root.is(kindObject) {
		return None
	}
	has := func(k string) bool { return root.get(k) != nil }
	tiles := root.get("tiles")
	switch {
	case root.get("cells").is(kindArray) && (has("nbformat") || has("metadata")),
		root.get("worksheets").is(kindArray) && has("nbformat"):
		return Jupyter
	case root.get("dashboardMetadata").is(kindObject) && tiles.is(kindArray):
		return DashboardClassic
	case tiles.is(kindObject) && (root.get("layouts").is(kindObject) ||
		root.get("version").is(kindNumber) || root.get("variables").is(kindArray)):
		return Dashboard
	case root.get("sections").is(kindArray) && isNotebook(root):
		return Notebook
	case (root.get("tasks").is(kindObject) || root.get("tasks").is(kindArray)) &&
		(has("trigger") || has("triggerType") || has("schemaVersion") || has("taskDefaults")):
		return Workflow
	}
	return None
}

func isNotebook(root *node) bool {
	if root.get("version").is(kindString) || root.get("defaultTimeframe") != nil || root.get("defaultSegments") != nil {
		return true
	}
	for _, sec := range root.get("sections").items() {
		switch sec.getString("type") {
		case "markdown", "dql", "function":
			return true
		}
	}
	return false
}

// emit adds the string n as a fragment (empty strings are left out) and
// blanks it in the remainder.
func (x *extractor) emit(s *source, n *node, ptr string, kind fragment.Kind, title string) {
	if !n.is(kindString) {
		return
	}
	x.emitParts(s, []*node{n}, ptr, kind, title)
}

// emitParts adds the concatenation of the strings parts as one fragment,
// as Jupyter does with a source given as a list of lines. Parts that are
// not strings are left out.
func (x *extractor) emitParts(s *source, parts []*node, ptr string, kind fragment.Kind, title string) {
	var text strings.Builder
	var anchors []fragment.Anchor
	for _, p := range parts {
		if !p.is(kindString) || p.end-p.start <= 2 {
			continue
		}
		raw := s.data[p.start+1 : p.end-1]
		str, as := decodeString(raw, p.start+1, true)
		as = s.compose(as, len(str))
		for _, a := range as {
			anchors = append(anchors, fragment.Anchor{Text: text.Len() + a.Text, File: a.File})
		}
		text.WriteString(str)
		x.maskNode(s, p)
	}
	if text.Len() == 0 {
		return
	}
	t := text.String()
	x.frags = append(x.frags, fragment.Fragment{
		Text:    t,
		Origin:  fragment.Origin{Path: x.path, Pointer: ptr, Kind: kind, Title: title},
		Locator: fragment.NewEmbedded(x.fileLines(), t, anchors),
	})
}

// emitAll adds every string value under n (keys excluded) as its own
// fragment with its exact pointer.
func (x *extractor) emitAll(s *source, n *node, ptr string, kind fragment.Kind, title string) {
	if n == nil {
		return
	}
	switch n.kind {
	case kindString:
		x.emit(s, n, ptr, kind, title)
	case kindObject:
		for _, m := range n.members {
			x.emitAll(s, m.val, childKey(ptr, m.key), kind, title)
		}
	case kindArray:
		for i, e := range n.elems {
			x.emitAll(s, e, childIndex(ptr, i), kind, title)
		}
	}
}

// maskNode blanks the contents of n (between its delimiters) in the
// remainder without scanning it.
func (x *extractor) maskNode(s *source, n *node) {
	if n == nil || n.end-n.start < 2 {
		return
	}
	x.mask = append(x.mask, span{s.fileOffset(n.start + 1), s.fileOffset(n.end - 1)})
}

// multipart handles a Document API export: form-data parts "metadata" and
// "content", the latter holding the document JSON.
func (x *extractor) multipart(start int) error {
	data := x.data
	lineEnd := bytes.IndexByte(data[start:], '\n')
	if lineEnd < 0 {
		return nil
	}
	boundary := bytes.TrimRight(data[start:start+lineEnd], "\r")
	if len(boundary) < 3 || !bytes.HasPrefix(boundary, []byte("--")) || bytes.ContainsAny(boundary, " \t") {
		return nil
	}
	delim := append([]byte("\n"), boundary...)
	pos := start + lineEnd + 1
	for pos < len(data) {
		next := bytes.Index(data[pos:], delim)
		partEnd := len(data)
		if next >= 0 {
			partEnd = pos + next
		}
		bodyEnd := partEnd
		if bodyEnd > pos && data[bodyEnd-1] == '\r' {
			bodyEnd--
		}
		headers, bodyStart, found := splitPartHeaders(data, pos, bodyEnd)
		if found && partName(headers) == "content" {
			x.hint = "Document API multipart"
			root, err := parseJSON(data, bodyStart, bodyEnd)
			if err != nil {
				return fmt.Errorf("content part: %w", x.inFile(err))
			}
			return x.document(&source{data: data}, root, "", 0)
		}
		if next < 0 {
			break
		}
		pos = partEnd + len(delim)
		if nl := bytes.IndexByte(data[pos:], '\n'); nl >= 0 {
			pos += nl + 1
		} else {
			break
		}
	}
	return nil
}

// splitPartHeaders returns the header block of a part in data[pos:end] and
// the offset where its body starts.
func splitPartHeaders(data []byte, pos, end int) (string, int, bool) {
	part := data[pos:end]
	if i := bytes.Index(part, []byte("\r\n\r\n")); i >= 0 {
		return string(part[:i]), pos + i + 4, true
	}
	if i := bytes.Index(part, []byte("\n\n")); i >= 0 {
		return string(part[:i]), pos + i + 2, true
	}
	return "", 0, false
}

// partName returns the name parameter of a Content-Disposition header.
func partName(headers string) string {
	for _, line := range strings.Split(headers, "\n") {
		line = strings.TrimSpace(line)
		if !strings.HasPrefix(strings.ToLower(line), "content-disposition:") {
			continue
		}
		for _, param := range strings.Split(line, ";") {
			k, v, ok := strings.Cut(strings.TrimSpace(param), "=")
			if ok && strings.EqualFold(k, "name") {
				return strings.Trim(v, `"`)
			}
		}
	}
	return ""
}
