package embedded_test

import (
	"fmt"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/secretvet/secretvet/analyzers/embedded"
)

// recorder collects what analysistest would report: it cannot read
// expectations from non-Go files, so it calls every diagnostic in an
// embedded file unexpected. The test checks the diagnostics itself.
type recorder struct{ errs []string }

func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}

func TestEmbedded(t *testing.T) {
	rec := &recorder{}
	results := analysistest.Run(rec, analysistest.TestData(), embedded.Analyzer, "embeds")
	for _, e := range rec.errs {
		if !strings.Contains(e, "unexpected diagnostic") {
			t.Error(e)
		}
	}
	var got []string
	byPlace := map[string]string{}
	for _, r := range results {
		for _, d := range r.Diagnostics {
			p := r.Pass.Fset.Position(d.Pos)
			rel, _ := filepath.Rel(filepath.Join(analysistest.TestData(), "src", "embeds"), p.Filename)
			place := fmt.Sprintf("%s:%d:%d %s", filepath.ToSlash(rel), p.Line, p.Column, d.Category)
			got = append(got, place)
			byPlace[place] = d.Message
			if len(d.Related) != 1 || !strings.HasSuffix(r.Pass.Fset.Position(d.Related[0].Pos).Filename, "embeds.go") {
				t.Errorf("%s: want the directive as related information, got %v", place, d.Related)
			}
		}
	}
	sort.Strings(got)
	want := []string{
		"config/app.env:3:14 dynatrace-api-token",
		"docs/notebook.json:5:146 dynatrace-api-token",
		"docs/read me.txt:1:14 github-pat",
		"hidden/.env:1:7 github-pat",
		"static/js/app.js:2:16 dynatrace-api-token",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("diagnostics:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for place, re := range map[string]string{
		"docs/notebook.json:5:146 dynatrace-api-token": `^dynatrace-api-token: Dynatrace access token \(dt0c01\).* at /sections/1/state/input/value in "Call the API" \(dt0c01\.PXSK4TATGIQHGJRSNVNQ7QDF\.\*{8}\); .*Credential Vault`,
		"config/app.env:3:14 dynatrace-api-token":      `\(dt0c01\.HBRPOIGF3CBFNOBM2O4RAK3V\.\*{8}\)`,
	} {
		if msg, ok := byPlace[place]; ok && !regexp.MustCompile(re).MatchString(msg) {
			t.Errorf("%s: message %q does not match %s", place, msg, re)
		}
	}
}

func TestParsePatterns(t *testing.T) {
	for in, want := range map[string]string{
		` a.txt  b/*.json`:             "a.txt|b/*.json",
		` "with space.txt" all:dir`:    "with space.txt|all:dir",
		" `raw name` \"esc\\\"q.txt\"": "raw name|esc\"q.txt",
	} {
		got, err := embedded.ParsePatterns(in)
		if err != nil || strings.Join(got, "|") != want {
			t.Errorf("ParsePatterns(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	if _, err := embedded.ParsePatterns(` "unterminated`); err == nil {
		t.Error("unterminated quote: want an error")
	}
}
