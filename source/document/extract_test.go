package document

import (
	"bytes"
	"encoding/json"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/secretvet/secretvet/fragment"
)

// fakeTokens returns n distinct format-valid but fake Dynatrace tokens
// ("dt0c01." + 24 + "." + 64 base32 characters), generated with a fixed
// seed so that no real-looking secret sits in a source file.
func fakeTokens(n int) []string {
	const b32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
	r := rand.New(rand.NewSource(42))
	part := func(k int) string {
		b := make([]byte, k)
		for i := range b {
			b[i] = b32[r.Intn(len(b32))]
		}
		return string(b)
	}
	out := make([]string, n)
	for i := range out {
		out[i] = "dt0c01" + "." + part(24) + "." + part(64)
	}
	return out
}

// loadFixture reads testdata/name and replaces the placeholders @@T1@@,
// @@T2@@... with fake tokens, and @@IMG@@ with base64-looking image data.
func loadFixture(t *testing.T, name string) ([]byte, map[string]string) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return plant(data)
}

func plant(data []byte) ([]byte, map[string]string) {
	toks := fakeTokens(6)
	planted := map[string]string{}
	for i, tok := range toks {
		ph := "@@T" + string(rune('1'+i)) + "@@"
		planted[ph] = tok
		data = bytes.ReplaceAll(data, []byte(ph), []byte(tok))
	}
	img := strings.Repeat("AAAAEXRFWHRTb2Z0d2FyZQBNYXRwbG90bGliIHZlcnNpb24zLjcuMSwg", 4)
	planted["@@IMG@@"] = img
	data = bytes.ReplaceAll(data, []byte("@@IMG@@"), []byte(img))
	return data, planted
}

// lineCol returns the 1-based line and byte column of offset off of data.
func lineCol(data []byte, off int) (int, int) {
	line := 1 + bytes.Count(data[:off], []byte("\n"))
	col := off + 1
	if nl := bytes.LastIndexByte(data[:off], '\n'); nl >= 0 {
		col = off - nl
	}
	return line, col
}

type wantFrag struct {
	pointer string
	kind    fragment.Kind
	title   string
}

// planted says where a placeholder's token must be found: in the fragment
// with pointer ("" = only in the remainder) at the given inner position.
type planted struct {
	placeholder         string
	pointer             string
	innerLine, innerCol int
}

func TestExtractFixtures(t *testing.T) {
	tests := []struct {
		file   string
		kind   Kind
		frags  []wantFrag
		plants []planted
	}{
		{
			file: "notebook.json", kind: Notebook,
			frags: []wantFrag{
				{"/sections/0/markdown", fragment.NotebookText, "markdown section 1"},
				{"/sections/1/title", fragment.NotebookText, "Errors"},
				{"/sections/1/state/input/value", fragment.NotebookQuery, "Errors"},
				{"/sections/1/state/result/value/records/0/content", fragment.NotebookResult, "Errors: cached result"},
				{"/sections/1/state/result/value/metadata/grail/query", fragment.NotebookResult, "Errors: cached result"},
				{"/sections/2/state/input/value", fragment.NotebookCode, "code section 3"},
			},
			plants: []planted{
				{"@@T1@@", "/sections/0/markdown", 2, 16},
				{"@@T2@@", "/sections/1/state/input/value", 2, 29},
				{"@@T3@@", "/sections/1/state/result/value/records/0/content", 1, 26},
				{"@@T4@@", "/sections/2/state/input/value", 3, 17},
				{"@@T5@@", "", 0, 0}, // unknown field: left to the remainder
			},
		},
		{
			file: "dashboard.json", kind: Dashboard,
			frags: []wantFrag{
				{"/tiles/0/content", fragment.DashboardText, "tile 0"},
				{"/tiles/1/title", fragment.DashboardText, "Bar chart"},
				{"/tiles/1/query", fragment.DashboardQuery, "Bar chart"},
				{"/tiles/code~1tile~01/title", fragment.DashboardText, "SDK snippet"},
				{"/tiles/code~1tile~01/input", fragment.DashboardCode, "SDK snippet"},
				{"/variables/0/input", fragment.DashboardText, "variable Status"},
				{"/variables/1/input", fragment.DashboardQuery, "variable Q"},
			},
			plants: []planted{
				{"@@T1@@", "/variables/1/input", 1, 33},
				{"@@T2@@", "/tiles/0/content", 3, 6},
				{"@@T3@@", "/tiles/code~1tile~01/input", 3, 40},
			},
		},
		{
			file: "dashboard-classic.json", kind: DashboardClassic,
			frags: []wantFrag{
				{"/tiles/0/name", fragment.DashboardText, "Markdown"},
				{"/tiles/0/markdown", fragment.DashboardText, "Markdown"},
				{"/tiles/1/name", fragment.DashboardText, "Users"},
				{"/tiles/1/query", fragment.DashboardQuery, "Users"},
			},
			plants: []planted{{"@@T1@@", "/tiles/0/markdown", 2, 68}},
		},
		{
			file: "workflow-object.json", kind: Workflow,
			frags: []wantFrag{
				{"/tasks/run_js/input/script", fragment.WorkflowScript, "task run_js: script"},
				{"/tasks/http/input/method", fragment.WorkflowInput, "task http: input method"},
				{"/tasks/http/input/url", fragment.WorkflowHTTP, "task http: url"},
				{"/tasks/http/input/headers/Content-Type", fragment.WorkflowHTTP, "task http: header Content-Type"},
				{"/tasks/http/input/headers/Authorization", fragment.WorkflowHTTP, "task http: header Authorization"},
				{"/tasks/http/input/headers/X-Trace", fragment.WorkflowHTTP, "task http: header X-Trace"},
				{"/tasks/http/input/headers/X-API-Key", fragment.WorkflowHTTP, "task http: header X-API-Key"},
				{"/tasks/http/input/payload", fragment.WorkflowHTTP, "task http: payload"},
				{"/tasks/query/input/query", fragment.WorkflowInput, "task query: input query"},
			},
			plants: []planted{
				{"@@T1@@", "/tasks/run_js/input/script", 2, 30},
				{"@@T2@@", "/tasks/http/input/url", 1, 32},
				{"@@T3@@", "/tasks/http/input/headers/Authorization", 1, 11},
			},
		},
		{
			file: "workflow-array.json", kind: Workflow,
			frags: []wantFrag{
				{"/tasks/0/input/url", fragment.WorkflowHTTP, "task call: url"},
				{"/tasks/0/input/headers/0/value", fragment.WorkflowHTTP, "task call: header X-Auth-Token"},
				{"/tasks/0/input/headers/1/value", fragment.WorkflowHTTP, "task call: header Accept"},
				{"/tasks/1/input/connection", fragment.WorkflowInput, "task slack: input connection"},
				{"/tasks/1/input/message", fragment.WorkflowInput, "task slack: input message"},
				{"/tasks/1/input/meta/list/0", fragment.WorkflowInput, "task slack: input meta"},
				{"/tasks/1/input/meta/list/1", fragment.WorkflowInput, "task slack: input meta"},
			},
			plants: []planted{{"@@T1@@", "/tasks/0/input/headers/0/value", 1, 1}},
		},
		{
			file: "wrapper.json", kind: Notebook,
			frags: []wantFrag{
				{"/content/sections/0/state/input/value", fragment.NotebookCode, "code section 1"},
			},
			plants: []planted{{"@@T1@@", "/content/sections/0/state/input/value", 1, 12}},
		},
		{
			file: "notebook.ipynb", kind: Jupyter,
			frags: []wantFrag{
				{"/cells/0/source", fragment.JupyterCell, "cell 1"},
				{"/cells/1/source", fragment.JupyterCell, "cell 2"},
				{"/cells/1/outputs/0/text", fragment.JupyterCell, "cell 2 output 1"},
				{"/cells/1/outputs/1/data/text~1plain", fragment.JupyterCell, "cell 2 output 2"},
				{"/cells/2/source", fragment.JupyterCell, "cell 3"},
			},
			plants: []planted{
				{"@@T1@@", "/cells/1/source", 2, 14}, // list index 1 -> inner line 2
				{"@@T2@@", "/cells/1/outputs/0/text", 2, 1},
				{"@@T3@@", "/cells/2/source", 2, 6},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data, toks := loadFixture(t, tt.file)
			frags, kind, ok, err := Extract(tt.file, data)
			if err != nil || !ok || kind != tt.kind {
				t.Fatalf("Extract = kind %q ok %v err %v, want kind %q ok", kind, ok, err, tt.kind)
			}
			if got := Detect(data); got != tt.kind {
				t.Errorf("Detect = %q, want %q", got, tt.kind)
			}
			rest := frags[len(frags)-1]
			frags = frags[:len(frags)-1]
			var got []wantFrag
			for _, f := range frags {
				got = append(got, wantFrag{f.Origin.Pointer, f.Origin.Kind, f.Origin.Title})
				if f.Origin.Path != tt.file {
					t.Errorf("%s: Path = %q", f.Origin.Pointer, f.Origin.Path)
				}
			}
			if !equalFrags(got, tt.frags) {
				t.Errorf("fragments:\n got %v\nwant %v", got, tt.frags)
			}
			checkRemainder(t, data, rest)
			for _, p := range tt.plants {
				checkPlanted(t, data, frags, rest, toks[p.placeholder], p)
			}
			if img := toks["@@IMG@@"]; bytes.Contains(data, []byte(img)) {
				for _, f := range append(frags, rest) {
					if strings.Contains(f.Text, img[:40]) {
						t.Errorf("image data scanned as text in %q", f.Origin.Pointer)
					}
				}
			}
		})
	}
}

func equalFrags(a, b []wantFrag) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// checkRemainder asserts that the remainder is the file, same length and
// lines, with nothing but blanking changed.
func checkRemainder(t *testing.T, data []byte, rest fragment.Fragment) {
	t.Helper()
	if rest.Origin.Kind != fragment.File || rest.Origin.Pointer != "" {
		t.Errorf("last fragment is not the remainder: %+v", rest.Origin)
	}
	if len(rest.Text) != len(data) {
		t.Fatalf("remainder length %d, file %d", len(rest.Text), len(data))
	}
	for i := range data {
		if rest.Text[i] != data[i] && rest.Text[i] != ' ' {
			t.Fatalf("remainder changed byte %d to %q", i, rest.Text[i])
		}
		if data[i] == '\n' && rest.Text[i] != '\n' {
			t.Fatalf("remainder lost the newline at %d", i)
		}
	}
}

func checkPlanted(t *testing.T, data []byte, frags []fragment.Fragment, rest fragment.Fragment, tok string, p planted) {
	t.Helper()
	fileOff := bytes.Index(data, []byte(tok))
	if fileOff < 0 || bytes.Count(data, []byte(tok)) != 1 {
		t.Fatalf("%s: token must occur once in the file", p.placeholder)
	}
	inRest := strings.Contains(rest.Text, tok)
	if p.pointer == "" {
		if !inRest {
			t.Errorf("%s: not in the remainder", p.placeholder)
		}
		return
	}
	if inRest {
		t.Errorf("%s: extracted but also left in the remainder", p.placeholder)
	}
	for i := range frags {
		f := &frags[i]
		if f.Origin.Pointer != p.pointer {
			continue
		}
		off := strings.Index(f.Text, tok)
		if off < 0 {
			t.Fatalf("%s: not in fragment %s: %q", p.placeholder, p.pointer, f.Text)
		}
		wantLine, wantCol := lineCol(data, fileOff)
		pos := f.Locate(off)
		if pos.Line != wantLine || pos.Column != wantCol || pos.InnerLine != p.innerLine || pos.InnerColumn != p.innerCol {
			t.Errorf("%s: Locate = %+v, want line %d col %d inner %d:%d",
				p.placeholder, pos, wantLine, wantCol, p.innerLine, p.innerCol)
		}
		end := f.Locate(off + len(tok) - 1)
		if end.Line != wantLine || end.Column != wantCol+len(tok)-1 {
			t.Errorf("%s: last byte at %+v, want line %d col %d", p.placeholder, end, wantLine, wantCol+len(tok)-1)
		}
		return
	}
	t.Errorf("%s: no fragment with pointer %s", p.placeholder, p.pointer)
}

// TestWrappedStringContent covers a wrapper whose content is a
// JSON-encoded string holding another wrapper (.content.content), where
// the code of a tile is escaped twice in the file.
func TestWrappedStringContent(t *testing.T) {
	tok := fakeTokens(1)[0]
	inner := `{"type":"dashboard","content":{"version":15,"tiles":{"1":{"type":"code","title":"t\u00e9",` +
		`"input":"line1\nif (a < b && c > d) x = \"` + tok + `\";"}},"layouts":{}}}`
	enc, err := json.Marshal(inner)
	if err != nil {
		t.Fatal(err)
	}
	data := []byte("{\n  \"type\": \"dashboard\",\n  \"name\": \"x\",\n  \"content\": " + string(enc) + "\n}\n")
	frags, kind, ok, err := Extract("w.json", data)
	if err != nil || !ok || kind != Dashboard {
		t.Fatalf("Extract = %q %v %v", kind, ok, err)
	}
	if got := Detect(data); got != Dashboard {
		t.Errorf("Detect = %q", got)
	}
	var code *fragment.Fragment
	for i := range frags {
		if frags[i].Origin.Pointer == "/content/content/tiles/1/input" {
			code = &frags[i]
		}
	}
	if code == nil || code.Origin.Kind != fragment.DashboardCode || code.Origin.Title != "té" {
		t.Fatalf("no code tile fragment in %+v", frags)
	}
	// json.Marshal writes <, > and & as \u003c..., so the outer string has
	// escapes inside what is one literal run of the inner string.
	if want := "line1\nif (a < b && c > d) x = \"" + tok + "\";"; code.Text != want {
		t.Fatalf("text %q, want %q", code.Text, want)
	}
	off := strings.Index(code.Text, tok)
	wantLine, wantCol := lineCol(data, bytes.Index(data, []byte(tok)))
	pos := code.Locate(off)
	if pos.Line != wantLine || pos.Column != wantCol || pos.InnerLine != 2 || pos.InnerColumn != 26 {
		t.Errorf("Locate = %+v, want %d:%d inner 2:26", pos, wantLine, wantCol)
	}
	// " x = " follows an outer \u003e escape inside one inner literal run.
	mid := code.Locate(strings.Index(code.Text, ") x = "))
	if l, c := lineCol(data, bytes.Index(data, []byte(") x = "))); mid.Line != l || mid.Column != c {
		t.Errorf("Locate(\") x = \") = %+v, want %d:%d", mid, l, c)
	}
	// "line1" starts the decoded text; in the file it follows `\\\"input\\\":\\\"`.
	first := code.Locate(0)
	if l, c := lineCol(data, bytes.Index(data, []byte("line1"))); first.Line != l || first.Column != c {
		t.Errorf("Locate(0) = %+v, want %d:%d", first, l, c)
	}
	if strings.Contains(frags[len(frags)-1].Text, tok) {
		t.Error("extracted token left in the remainder")
	}
}

func TestMultipartExport(t *testing.T) {
	tok := fakeTokens(1)[0]
	const b = "--LGaFEwDyfzC3cW23idF7YWRXxPuNGk"
	data := []byte(b + "\r\nContent-Disposition: form-data; name=\"metadata\"\r\nContent-Type: application/json\r\n\r\n" +
		`{"id":"1","name":"Getting started","type":"notebook","version":4}` + "\r\n" +
		b + "\r\nContent-Disposition: form-data; name=\"content\"; filename=\"Getting started\"\r\nContent-Type: application/json\r\n\r\n" +
		`{"version":"7","sections":[{"type":"markdown","markdown":"key ` + tok + `"}]}` + "\r\n" + b + "--\r\n")
	frags, kind, ok, err := Extract("doc.txt", data)
	if err != nil || !ok || kind != Notebook {
		t.Fatalf("Extract = %q %v %v", kind, ok, err)
	}
	f := frags[0]
	if f.Origin.Pointer != "/sections/0/markdown" || f.Text != "key "+tok {
		t.Fatalf("fragment %+v", f.Origin)
	}
	l, c := lineCol(data, bytes.Index(data, []byte(tok)))
	if pos := f.Locate(4); pos.Line != l || pos.Column != c {
		t.Errorf("Locate = %+v, want %d:%d", pos, l, c)
	}

	// A content part that is not JSON is an error: the export claims to be
	// a document.
	bad := bytes.Replace(data, []byte(`{"version"`), []byte(`{"version`), 1)
	if _, _, ok, err := Extract("doc.txt", bad); ok || err == nil {
		t.Errorf("broken content part: ok %v err %v, want an error", ok, err)
	}
}

func TestNotDocuments(t *testing.T) {
	deepArray := strings.Repeat("[", 10000) + strings.Repeat("]", 10000)
	for _, tt := range []struct{ name, data string }{
		{"empty", ""},
		{"spaces", " \n\t"},
		{"array", `[{"sections":[]}]`},
		{"string", `"sections"`},
		{"number", `42`},
		{"yaml", "tasks:\n  - name: a\n"},
		{"plain object", `{"name":"x","tiles":3}`},
		{"empty object", `{}`},
		{"tasks without trigger", `{"tasks":{"a":{}}}`},
		{"sections without notebook marks", `{"sections":[{"title":"Intro"}]}`},
		{"invalid non-document", `{"name": "x",`},
		{"deep array", deepArray},
		{"wrapper of unknown content", `{"type":"x","content":"hello"}`},
		{"wrapper of a broken JSON string", `{"type":"x","content":"{\"tasks\": ["}`},
		{"wrapper of launchpad", `{"type":"launchpad","content":{"containerList":{}}}`},
		{"multipart without content part", "--abc\nContent-Disposition: form-data; name=\"metadata\"\n\n{}\n--abc--\n"},
		{"dashes", "---\nkey: value\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			frags, kind, ok, err := Extract("x.json", []byte(tt.data))
			if ok || err != nil || kind != None || frags != nil {
				t.Errorf("Extract = %d frags, %q, %v, %v; want not a document", len(frags), kind, ok, err)
			}
		})
	}
}

func TestBrokenDocuments(t *testing.T) {
	nb, _ := loadFixture(t, "notebook.json")
	deep := `{"sections":` + strings.Repeat(`{"a":`, 10000) + "1" + strings.Repeat("}", 10000) + "}"
	for _, tt := range []struct {
		name, path, data, want string
	}{
		{"truncated notebook", "n.json", string(nb[:len(nb)/2]), "unterminated"},
		{"invalid escape", "n.json", `{"version":"7","sections":[{"markdown":"\q"}]}`, "invalid escape"},
		{"trailing garbage", "n.json", string(nb) + "}", "after the top-level value"},
		{"too deep", "n.json", deep, "nested too deep"},
		{"ipynb by name", "a.ipynb", `{"cells": [`, "end of input"},
		{"notebook wrapper with bad string", "w.json", `{"type":"notebook","content":"{\"sections\": ["}`, "wrapper content"},
		{"line and column", "n.json", "{\"version\":\"7\",\n\"sections\":[\n{\"markdown\":\"\\q\"}]}", "line 3 column 14: invalid escape"},
		{"monaco template", "wf.json", `{"tasks": {{ .tasks }}, "trigger": {}}`, "invalid JSON"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			frags, _, ok, err := Extract(tt.path, []byte(tt.data))
			if ok || frags != nil || err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Extract = ok %v err %v; want error containing %q", ok, err, tt.want)
			}
		})
	}
}

func TestBOMAndHugeString(t *testing.T) {
	tok := fakeTokens(1)[0]
	huge := strings.Repeat("a\\n", 1<<20) // 3 MiB raw, 2 MiB decoded
	data := []byte("\xEF\xBB\xBF{\"version\":\"7\",\"sections\":[\n{\"type\":\"markdown\",\"markdown\":\"" +
		huge + tok + "\"}]}")
	frags, kind, ok, err := Extract("n.json", data)
	if err != nil || !ok || kind != Notebook || len(frags) != 2 {
		t.Fatalf("Extract = %d frags %q %v %v", len(frags), kind, ok, err)
	}
	f := frags[0]
	off := strings.Index(f.Text, tok)
	if off != 2<<20 {
		t.Fatalf("token at %d of decoded text, want %d", off, 2<<20)
	}
	l, c := lineCol(data, bytes.Index(data, []byte(tok)))
	if pos := f.Locate(off); pos.Line != l || pos.Column != c || pos.InnerLine != 1<<20+1 || pos.InnerColumn != 1 {
		t.Errorf("Locate = %+v, want %d:%d inner %d:1", pos, l, c, 1<<20+1)
	}
}

func TestDecodeStringMatchesEncodingJSON(t *testing.T) {
	for _, s := range []string{
		`plain`, `a\nb`, `\"quoted\"`, `caf\u00e9`, `\/slash`, `\ud83d\ude00 smile`,
		`lone \ud83d high`, `lone \ude00 low`, `\ud83d\u0041`, `\b\f\r\t\\`, ``,
	} {
		var want string
		if err := json.Unmarshal([]byte(`"`+s+`"`), &want); err != nil {
			t.Fatal(err)
		}
		n, err := parseJSON([]byte(`"`+s+`"`), 0, len(s)+2)
		if err != nil {
			t.Fatalf("%s: %v", s, err)
		}
		if n.str != want {
			t.Errorf("decode %s = %q, want %q", s, n.str, want)
		}
	}
}

// TestAnchorsMapEveryLiteralByte checks, for strings with escapes of every
// length, that each decoded byte that was not produced by an escape is
// located at the file byte it came from.
func TestAnchorsMapEveryLiteralByte(t *testing.T) {
	raw := `ab\ncd\u00e9ef\"gh\ud83d\ude00ij\/kl`
	data := []byte("{\n  \"x\": \"" + raw + "\"\n}")
	start := bytes.Index(data, []byte(`ab\n`))
	text, anchors := decodeString([]byte(raw), start, true)
	lines := fragment.NewLines(string(data))
	e := fragment.NewEmbedded(lines, text, anchors)
	for _, lit := range []string{"ab", "cd", "ef", "gh", "ij", "kl"} {
		off := strings.Index(text, lit)
		l, c := lineCol(data, bytes.Index(data, []byte(lit)))
		for k := 0; k < 2; k++ {
			if pos := e.Locate(off + k); pos.Line != l || pos.Column != c+k {
				t.Errorf("%q+%d: Locate = %+v, want %d:%d", lit, k, pos, l, c+k)
			}
		}
	}
}

func TestPointerToken(t *testing.T) {
	for in, want := range map[string]string{"a": "a", "a/b": "a~1b", "~": "~0", "~1/": "~01~1", "": ""} {
		if got := pointerToken(in); got != want {
			t.Errorf("pointerToken(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestJupyterImagesNeverScanned(t *testing.T) {
	img := strings.Repeat("R0lGODlhAQABAIAAAAUEBAAAACwAAAAAAQABAAACAkQBADs", 8)
	for _, tt := range []struct{ name, data string }{
		{"v4 outputs and attachments", `{"nbformat":4,"metadata":{},"cells":[` +
			`{"cell_type":"markdown","source":"![x](attachment:i.png)","attachments":{"i.png":{"image/png":"` + img + `"}}},` +
			`{"cell_type":"code","source":"plot()","outputs":[{"output_type":"display_data","data":{` +
			`"image/svg+xml":["<svg>` + img + `</svg>"],"image/jpeg":"` + img + `","text/plain":"<Figure>"}}]}]}`},
		{"v3 png key", `{"nbformat":3,"worksheets":[{"cells":[{"cell_type":"code","input":"plot()",` +
			`"outputs":[{"output_type":"pyout","png":"` + img + `","text":["<Figure>"]}]}]}]}`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			frags, kind, ok, err := Extract("n.ipynb", []byte(tt.data))
			if !ok || err != nil || kind != Jupyter {
				t.Fatalf("Extract = %q %v %v", kind, ok, err)
			}
			texts := map[string]bool{}
			for _, f := range frags {
				if strings.Contains(f.Text, img[:20]) {
					t.Errorf("image data in fragment %q", f.Origin.Pointer)
				}
				texts[f.Text] = true
			}
			if !texts["plot()"] || !texts["<Figure>"] {
				t.Errorf("code or text output missing: %v", texts)
			}
		})
	}
}
