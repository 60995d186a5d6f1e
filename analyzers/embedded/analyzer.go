package embedded

import (
	_ "embed"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/secretvet/secretvet/analyzers/internal/analyzerdoc"
	"github.com/secretvet/secretvet/analyzers/internal/diag"
	"github.com/secretvet/secretvet/analyzers/internal/engine"
	"github.com/secretvet/secretvet/finding"
	"github.com/secretvet/secretvet/pipeline"
	"github.com/secretvet/secretvet/suppress"
)

//go:embed doc.go
var doc string

// Analyzer reports secrets in the files a package embeds.
var Analyzer = &analysis.Analyzer{
	Name: "embedded",
	Doc:  analyzerdoc.MustExtract(doc, "embedded"),
	URL:  "https://pkg.go.dev/github.com/secretvet/secretvet/analyzers/embedded",
	Run:  run,
}

// maxFileSize bounds what is read of one embedded file; larger files are
// left to `secretvet scan`, which streams archives member by member.
const maxFileSize = 64 << 20

func run(pass *analysis.Pass) (any, error) {
	// The first directive that embeds a file is where it is embedded.
	embeddedBy := map[string]token.Pos{}
	var files []string
	for _, f := range pass.Files {
		// The position honours //line directives: a cgo package's files
		// are generated elsewhere but point back to their sources.
		name := pass.Fset.Position(f.Package).Filename
		if name == "" {
			continue
		}
		dir := filepath.Dir(name)
		for _, d := range directives(f) {
			for _, p := range d.patterns {
				for _, file := range resolve(dir, p) {
					if _, ok := embeddedBy[file]; !ok {
						embeddedBy[file] = d.pos
						files = append(files, file)
					}
				}
			}
		}
	}
	if len(files) == 0 {
		return nil, nil
	}
	eng, err := engine.ForPass(pass)
	if err != nil {
		return nil, err
	}
	scanner := &pipeline.Scanner{Engine: eng}
	sort.Strings(files)
	for _, file := range files {
		info, err := os.Stat(file)
		if err != nil || info.Size() > maxFileSize {
			continue
		}
		// pass.ReadFile refuses embedded files: go vet does not list them.
		// They are inputs of the package's build, so the vet cache sees
		// their changes.
		data, err := os.ReadFile(file)
		if err != nil {
			continue
		}
		out := scanner.File(filepath.ToSlash(file), data)
		if len(out.Findings) == 0 {
			continue
		}
		tf := pass.Fset.AddFile(file, -1, len(data))
		tf.SetLinesForContent(data)
		text := string(data)
		for _, f := range out.Findings {
			if allowed(text, f) {
				continue
			}
			pass.Report(diagnostic(tf, f, embeddedBy[file]))
		}
	}
	return nil, nil
}

// allowed reports a marker on the finding's line or the line above.
func allowed(text string, f finding.Finding) bool {
	if f.Member != "" {
		return false // lines of an archive member are not lines of the file
	}
	return suppress.InlineAllowed(lineOf(text, f.Line)) || suppress.InlineAllowed(lineOf(text, f.Line-1))
}

// lineOf returns 1-based line n of text, or "".
func lineOf(text string, n int) string {
	if n < 1 {
		return ""
	}
	for i := 1; i < n; i++ {
		j := strings.IndexByte(text, '\n')
		if j < 0 {
			return ""
		}
		text = text[j+1:]
	}
	if j := strings.IndexByte(text, '\n'); j >= 0 {
		text = text[:j]
	}
	return text
}

// diagnostic places a finding in its embedded file: at the secret, or at
// the start of the file for an archive member (whose lines are the
// member's).
func diagnostic(tf *token.File, f finding.Finding, embeddedAt token.Pos) analysis.Diagnostic {
	desc := diag.FirstSentence(f.Description)
	switch {
	case f.Member != "":
		desc += " in " + f.Member + " line " + strconv.Itoa(f.Line)
		if f.Pointer != "" {
			desc += " at " + f.Pointer
		}
	case f.Pointer != "":
		desc += " at " + f.Pointer
	}
	if f.Title != "" {
		desc += " in " + strconv.Quote(f.Title)
	}
	pos, end := tf.Pos(0), tf.Pos(0)
	if f.Member == "" {
		pos, end = position(tf, f.Line, f.Column), position(tf, f.EndLine, f.EndColumn)
		if end < pos {
			end = pos
		}
	}
	d := analysis.Diagnostic{
		Pos:      pos,
		End:      end,
		Category: f.RuleID,
		Message:  diag.Message(f.RuleID, desc, f.Redacted, f.Remediation.Summary),
		URL:      diag.URL(f.RuleID),
	}
	if embeddedAt.IsValid() {
		d.Related = []analysis.RelatedInformation{{Pos: embeddedAt, End: embeddedAt, Message: "embedded here"}}
	}
	return d
}

// position converts a 1-based line and byte column into a position of tf,
// clamped to the file.
func position(tf *token.File, line, col int) token.Pos {
	if line < 1 {
		return tf.Pos(0)
	}
	if line > tf.LineCount() {
		return tf.Pos(tf.Size())
	}
	off := tf.Offset(tf.LineStart(line)) + col - 1
	off = max(0, min(off, tf.Size()))
	return tf.Pos(off)
}
