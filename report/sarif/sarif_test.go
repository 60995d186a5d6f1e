package sarif

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/secretvet/secretvet/finding"
	"github.com/secretvet/secretvet/report"
)

// fakeToken builds a format-valid, fake Dynatrace token; its secret part is
// what must never leak.
func fakeToken(seed string) (token, secretPart string) {
	secretPart = strings.Repeat(seed, 64/len(seed))
	return "dt0c01." + strings.Repeat("ABCD", 6) + "." + secretPart, secretPart
}

func tokenFinding(path string, line int, seed string) finding.Finding {
	tok, _ := fakeToken(seed)
	return finding.Finding{
		RuleID: "dynatrace-api-token", Description: "Dynatrace API token", Severity: finding.High,
		Path: path, Line: line, Column: 16, EndLine: line, EndColumn: 16 + len(tok),
		Fingerprint: finding.Fingerprint("dynatrace-api-token", tok), Secret: tok,
		Remediation: finding.Remediation{Summary: "Read the token from the Credential Vault.",
			Steps: []string{"Rotate the token."}},
	}
}

// The generic subset of a SARIF log that the tests check.
type sarifLog struct {
	Schema  string `json:"$schema"`
	Version string `json:"version"`
	Runs    []struct {
		Tool struct {
			Driver struct {
				Name           string `json:"name"`
				InformationURI string `json:"informationUri"`
				Rules          []struct {
					ID               string `json:"id"`
					ShortDescription struct{ Text string }
					FullDescription  struct{ Text string }
					Help             struct{ Text, Markdown string }
					Properties       map[string]any
				} `json:"rules"`
			} `json:"driver"`
		} `json:"tool"`
		Invocations []struct {
			ExecutionSuccessful        *bool `json:"executionSuccessful"`
			ToolExecutionNotifications []struct {
				Level   string
				Message struct{ Text string }
			} `json:"toolExecutionNotifications"`
		} `json:"invocations"`
		Results []struct {
			RuleID    string `json:"ruleId"`
			RuleIndex *int   `json:"ruleIndex"`
			Level     string `json:"level"`
			Message   struct{ Text string }
			Locations []struct {
				PhysicalLocation struct {
					ArtifactLocation struct {
						URI       string `json:"uri"`
						URIBaseID string `json:"uriBaseId"`
					} `json:"artifactLocation"`
					Region map[string]int `json:"region"`
				} `json:"physicalLocation"`
				LogicalLocations []struct{ FullyQualifiedName string } `json:"logicalLocations"`
			} `json:"locations"`
			PartialFingerprints map[string]string `json:"partialFingerprints"`
			Properties          map[string]any    `json:"properties"`
		} `json:"results"`
	} `json:"runs"`
}

func render(t *testing.T, r *finding.Result, o report.Options) (string, sarifLog) {
	t.Helper()
	var buf bytes.Buffer
	if err := Render(&buf, r, o); err != nil {
		t.Fatalf("Render: %v", err)
	}
	var lg sarifLog
	if err := json.Unmarshal(buf.Bytes(), &lg); err != nil {
		t.Fatalf("output is not JSON: %v", err)
	}
	if lg.Version != "2.1.0" || lg.Schema != schemaURI || len(lg.Runs) != 1 {
		t.Fatalf("bad log header: version %q schema %q runs %d", lg.Version, lg.Schema, len(lg.Runs))
	}
	return buf.String(), lg
}

func sample() *finding.Result {
	generic := finding.Finding{
		RuleID: "generic-api-key", Description: "Generic API key", Severity: finding.Medium,
		Path: "/repo/cfg/app.yaml", Line: 4, Column: 9, EndLine: 4, EndColumn: 30,
		Secret: "k3y" + strings.Repeat("x9", 10), Fingerprint: "f00d",
		Member: "inner/app.yaml", Pointer: "/tiles/3/code", Commit: "0123abcd",
	}
	return &finding.Result{
		Findings: []finding.Finding{
			tokenFinding("src/b.ts", 2, "QRSTUV23"),
			generic,
			tokenFinding("./src/a file.ts", 7, "WXYZ4567"),
		},
		Skipped: []finding.Skipped{{Path: "blob.bin", Reason: "binary file"}},
	}
}

func TestStructure(t *testing.T) {
	_, lg := render(t, sample(), report.Options{Root: "/repo", ToolVersion: "1.2.3"})
	run := lg.Runs[0]
	d := run.Tool.Driver
	if d.Name != "secretvet" || d.InformationURI == "" {
		t.Errorf("driver = %q %q", d.Name, d.InformationURI)
	}
	// Two findings of one rule give one rule entry: two rules for three results.
	if len(d.Rules) != 2 || len(run.Results) != 3 {
		t.Fatalf("%d rules, %d results; want 2, 3", len(d.Rules), len(run.Results))
	}
	seen := map[string]bool{}
	for _, r := range d.Rules {
		if seen[r.ID] {
			t.Errorf("rule %s listed twice", r.ID)
		}
		seen[r.ID] = true
		if r.ShortDescription.Text == "" || r.FullDescription.Text == "" || r.Help.Text == "" || r.Help.Markdown == "" {
			t.Errorf("rule %s lacks descriptions or help", r.ID)
		}
		if s, err := strconv.ParseFloat(r.Properties["security-severity"].(string), 64); err != nil || s <= 0 {
			t.Errorf("rule %s security-severity = %v", r.ID, r.Properties["security-severity"])
		}
		if tags, _ := r.Properties["tags"].([]any); len(tags) == 0 || tags[0] != "security" {
			t.Errorf("rule %s tags = %v", r.ID, r.Properties["tags"])
		}
	}
	if !strings.Contains(d.Rules[1].Help.Text, "Credential Vault") {
		t.Errorf("help does not carry the remediation: %q", d.Rules[1].Help.Text)
	}
	for _, res := range run.Results {
		if res.RuleIndex == nil || d.Rules[*res.RuleIndex].ID != res.RuleID {
			t.Errorf("result %s: ruleIndex does not point at its rule", res.RuleID)
		}
		if res.Message.Text == "" || len(res.Locations) != 1 {
			t.Errorf("result %s: no message or location", res.RuleID)
		}
		rg := res.Locations[0].PhysicalLocation.Region
		if rg["startLine"] < 1 || rg["startColumn"] < 1 || rg["endColumn"] <= rg["startColumn"] {
			t.Errorf("result %s: region %v", res.RuleID, rg)
		}
		if res.PartialFingerprints[fingerprintKey] == "" {
			t.Errorf("result %s: no partial fingerprint", res.RuleID)
		}
	}
	levels := map[string]string{}
	for _, res := range run.Results {
		levels[res.RuleID] = res.Level
	}
	if levels["dynatrace-api-token"] != "error" || levels["generic-api-key"] != "warning" {
		t.Errorf("levels = %v", levels)
	}
	inv := run.Invocations
	if len(inv) != 1 || inv[0].ExecutionSuccessful == nil || !*inv[0].ExecutionSuccessful {
		t.Fatalf("invocations = %+v", inv)
	}
	if n := inv[0].ToolExecutionNotifications; len(n) != 1 || n[0].Level != "note" || !strings.Contains(n[0].Message.Text, "blob.bin") {
		t.Errorf("skipped file not notified: %+v", n)
	}
}

func TestURIsAreRelative(t *testing.T) {
	_, lg := render(t, sample(), report.Options{Root: "/repo"})
	var uris []string
	for _, res := range lg.Runs[0].Results {
		al := res.Locations[0].PhysicalLocation.ArtifactLocation
		if al.URIBaseID != "%SRCROOT%" {
			t.Errorf("%s: uriBaseId %q", al.URI, al.URIBaseID)
		}
		uris = append(uris, al.URI)
	}
	// Results come sorted by the path as reported ("./src", "/repo", "src").
	want := "src/a%20file.ts|cfg/app.yaml|src/b.ts"
	if got := strings.Join(uris, "|"); got != want {
		t.Errorf("uris = %s", got)
	}
	for _, u := range uris {
		if strings.HasPrefix(u, "/") || strings.HasPrefix(u, "./") || strings.Contains(u, ":") {
			t.Errorf("uri %q is not a clean relative reference", u)
		}
	}
}

func TestArtifactFor(t *testing.T) {
	tests := []struct {
		path, root, uri, base string
	}{
		{"src/a.ts", "", "src/a.ts", srcRoot},
		{"./src/a.ts", "/repo", "src/a.ts", srcRoot},
		{"a/../b c.ts", "", "b%20c.ts", srcRoot},
		{"/repo/src/x.ts", "/repo", "src/x.ts", srcRoot},
		{"/repo/src/x.ts", "/repo/", "src/x.ts", srcRoot},
		{"/elsewhere/x.ts", "/repo", "file:///elsewhere/x.ts", ""},
		{"/abs/x.ts", "", "file:///abs/x.ts", ""},
		{"c:x.txt", "", "c%3Ax.txt", srcRoot},
		{"dir/100%.txt", "", "dir/100%25.txt", srcRoot},
	}
	for _, tt := range tests {
		got := artifactFor(tt.path, tt.root)
		if got.URI != tt.uri || got.URIBaseID != tt.base {
			t.Errorf("artifactFor(%q, %q) = %+v, want %q %q", tt.path, tt.root, got, tt.uri, tt.base)
		}
	}
}

func TestRedactedByDefault(t *testing.T) {
	tok, secretPart := fakeToken("QRSTUV23")
	out, lg := render(t, sample(), report.Options{})
	if strings.Contains(out, secretPart) {
		t.Fatal("secret leaked into SARIF output")
	}
	var found bool
	for _, res := range lg.Runs[0].Results {
		found = found || strings.Contains(res.Message.Text, finding.Redact(tok))
	}
	if !found {
		t.Error("no result message shows the redacted secret")
	}
	if out, _ := render(t, sample(), report.Options{ShowSecrets: true}); !strings.Contains(out, tok) {
		t.Error("ShowSecrets did not reveal the secret")
	}
}

func TestDetailsInLogicalLocationsAndProperties(t *testing.T) {
	_, lg := render(t, sample(), report.Options{Root: "/repo"})
	res := lg.Runs[0].Results[1] // "/repo/cfg/app.yaml" sorts second
	if res.RuleID != "generic-api-key" {
		t.Fatalf("first result is %s", res.RuleID)
	}
	var names []string
	for _, l := range res.Locations[0].LogicalLocations {
		names = append(names, l.FullyQualifiedName)
	}
	if strings.Join(names, " ") != "inner/app.yaml /tiles/3/code" {
		t.Errorf("logical locations = %v", names)
	}
	for k, want := range map[string]string{"member": "inner/app.yaml", "pointer": "/tiles/3/code", "commit": "0123abcd"} {
		if res.Properties[k] != want {
			t.Errorf("property %s = %v, want %s", k, res.Properties[k], want)
		}
	}
	if p := lg.Runs[0].Results[0].Properties; p != nil {
		t.Errorf("plain finding has properties %v", p)
	}
}

func TestColumnsInCodePoints(t *testing.T) {
	f := tokenFinding("a.ts", 1, "QRSTUV23")
	prefix := `const é = "`
	f.LineText = prefix + f.Secret + `";`
	f.Column = len(prefix) + 1
	f.EndColumn = f.Column + len(f.Secret)
	_, lg := render(t, &finding.Result{Findings: []finding.Finding{f}}, report.Options{})
	rg := lg.Runs[0].Results[0].Locations[0].PhysicalLocation.Region
	if rg["startColumn"] != 12 || rg["endColumn"] != 12+len(f.Secret) {
		t.Errorf("region = %v, want columns counted in characters (12..)", rg)
	}
}

func TestEmptyResult(t *testing.T) {
	out, lg := render(t, nil, report.Options{})
	if lg.Runs[0].Results == nil || !strings.Contains(out, `"results": []`) {
		t.Errorf("empty run must have an empty results array:\n%s", out)
	}
	if !strings.Contains(out, `"rules": []`) {
		t.Errorf("empty run must have an empty rules array:\n%s", out)
	}
}

// TestPrecisionIsTheRuleConfidence: GitHub code scanning reads a rule's
// precision; it is the confidence of the rule's findings, whatever the
// rule's ID looks like.
func TestPrecisionIsTheRuleConfidence(t *testing.T) {
	var fs []finding.Finding
	for i, c := range []struct{ id, confidence string }{
		{"Generic-Password", "low"}, {"dynatrace-api-token", "high"}, {"mistral-api-key", "medium"}, {"legacy", ""},
	} {
		f := tokenFinding("a.ts", i+1, "ab")
		f.RuleID, f.Confidence = c.id, c.confidence
		fs = append(fs, f)
	}
	out, _ := render(t, &finding.Result{Findings: fs}, report.Options{})
	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Rules []struct {
						ID         string
						Properties map[string]any
					}
				}
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &log); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"Generic-Password": "low", "dynatrace-api-token": "high", "mistral-api-key": "medium", "legacy": "high"}
	for _, r := range log.Runs[0].Tool.Driver.Rules {
		if got := r.Properties["precision"]; got != want[r.ID] {
			t.Errorf("%s: precision %v, want %s", r.ID, got, want[r.ID])
		}
	}
}
