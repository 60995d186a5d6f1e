package fragment

import "sort"

// Kind says what the text of a fragment is, so that remediation can speak the
// language of the place where a secret was found.
type Kind string

// Kinds of fragment. File is the default: a whole file (or archive member)
// scanned as text.
const (
	File           Kind = "file"
	NotebookCode   Kind = "notebook-code"   // Dynatrace notebook code section (ad-hoc JS)
	NotebookQuery  Kind = "notebook-query"  // Dynatrace notebook DQL section
	NotebookText   Kind = "notebook-text"   // markdown section
	NotebookResult Kind = "notebook-result" // cached query result
	DashboardCode  Kind = "dashboard-code"  // dashboard code tile (ad-hoc JS)
	DashboardQuery Kind = "dashboard-query" // dashboard data tile / query variable
	DashboardText  Kind = "dashboard-text"  // markdown tile, titles, variables
	WorkflowScript Kind = "workflow-script" // run-javascript task
	WorkflowHTTP   Kind = "workflow-http"   // http-function url, headers, payload
	WorkflowInput  Kind = "workflow-input"  // other task inputs
	SourceMap      Kind = "source-map"      // original source embedded in a .map file
	JupyterCell    Kind = "jupyter-cell"    // .ipynb code or markdown cell
	MonacoParam    Kind = "monaco-parameter"
	MonacoTemplate Kind = "monaco-template"
	MonacoManifest Kind = "monaco-manifest" // auth and values of a Monaco manifest.yaml
	GoConstant     Kind = "go-constant"     // a constant string value from the Go analyzer
)

// Origin says where a fragment's text lives.
type Origin struct {
	// Path is the physical file, slash-separated, relative to the scan root
	// where possible. For an archive member it is the archive's path.
	Path string
	// Member is the path inside an archive ("out/artifact.zip" holds
	// "ui/main.js"); nested archives are joined with "!".
	Member string
	// Pointer is the JSON pointer (RFC 6901) of the string inside a document.
	Pointer string
	// Kind says what the text is; empty means File.
	Kind Kind
	// Title names the place for a person: a section or tile title, a task
	// name, a cell number.
	Title string
	// OriginalPath is the original file behind a source map.
	OriginalPath string
	// Commit, Author, Email, Date describe the commit that introduced the
	// text, for history scans.
	Commit, Author, Email, Date string
}

// Position is a place in the physical file (1-based line and column, column
// counted in bytes) and, where the text is embedded in a document, in the
// embedded text (InnerLine/InnerColumn, 1-based; zero when not embedded).
type Position struct {
	Line, Column           int
	InnerLine, InnerColumn int
}

// Fragment is a piece of text with its origin.
type Fragment struct {
	Text   string
	Origin Origin
	// Locator maps offsets in Text to positions. Nil means Text is the whole
	// physical file (Identity).
	Locator Locator
}

// Locate returns the position of byte offset off of f.Text.
func (f *Fragment) Locate(off int) Position {
	if f.Locator == nil {
		f.Locator = NewLines(f.Text)
	}
	return f.Locator.Locate(off)
}

// Locator maps a byte offset of a fragment's text to a position.
type Locator interface {
	Locate(off int) Position
}

// Lines locates offsets in a text that is itself the physical file, or a
// contiguous slice of it starting at a known line.
type Lines struct {
	newlines  []int // offsets of '\n'
	firstLine int   // line number of the first byte (1-based)
	firstCol  int   // column of the first byte on its line (1-based)
}

// NewLines indexes the newlines of text, which starts at line 1, column 1.
func NewLines(text string) *Lines { return NewLinesAt(text, 1, 1) }

// NewLinesAt indexes text that starts at the given line and column of the
// physical file (for example a chunk of a larger file).
func NewLinesAt(text string, line, col int) *Lines {
	l := &Lines{firstLine: line, firstCol: col}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			l.newlines = append(l.newlines, i)
		}
	}
	return l
}

// Locate implements Locator.
func (l *Lines) Locate(off int) Position {
	// number of newlines strictly before off
	n := sort.SearchInts(l.newlines, off)
	if n == 0 {
		return Position{Line: l.firstLine, Column: l.firstCol + off}
	}
	return Position{Line: l.firstLine + n, Column: off - l.newlines[n-1]}
}

// LineBounds returns the start and end offsets (end exclusive, without the
// newline) of the line of text that holds offset off.
func LineBounds(text string, off int) (start, end int) {
	if off > len(text) {
		off = len(text)
	}
	start = off
	for start > 0 && text[start-1] != '\n' {
		start--
	}
	end = off
	for end < len(text) && text[end] != '\n' {
		end++
	}
	if end > start && text[end-1] == '\r' {
		end--
	}
	return start, end
}
