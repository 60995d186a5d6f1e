package cli

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"math/rand"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// fakeToken builds a format-valid, random dt0c01 token.
func fakeToken(seed int64) string {
	const b32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
	r := rand.New(rand.NewSource(seed))
	part := func(n int) string {
		b := make([]byte, n)
		for i := range b {
			b[i] = b32[r.Intn(len(b32))]
		}
		return string(b)
	}
	return "dt0c01." + part(24) + "." + part(64)
}

func run(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Main(args, IO{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb})
	return code, out.String(), errb.String()
}

func write(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

type jsonReport struct {
	Findings []struct {
		Rule        string `json:"rule"`
		Path        string `json:"path"`
		Line        int    `json:"line"`
		Fingerprint string `json:"fingerprint"`
		Secret      string `json:"secret"`
	} `json:"findings"`
	Skipped []struct{ Path, Reason string } `json:"skipped"`
	Stale   []struct {
		Fingerprint string `json:"fingerprint"`
	} `json:"stale"`
}

func decode(t *testing.T, s string) jsonReport {
	t.Helper()
	var r jsonReport
	if err := json.Unmarshal([]byte(s), &r); err != nil {
		t.Fatalf("report is not JSON: %v\n%s", err, s)
	}
	return r
}

func TestScanExitCodesAndRedaction(t *testing.T) {
	dir := t.TempDir()
	tok := fakeToken(1)
	write(t, dir, "clean/main.go", "package main\n")
	write(t, dir, "dirty/app.ts", "const x = 1;\nconst token = \""+tok+"\";\n")

	if code, _, errs := run(t, "", "scan", filepath.Join(dir, "clean")); code != ExitClean {
		t.Fatalf("clean folder: exit %d, want 0 (%s)", code, errs)
	}
	code, out, _ := run(t, "", "scan", "--format", "json", filepath.Join(dir, "dirty"))
	if code != ExitFindings {
		t.Fatalf("dirty folder: exit %d, want 1", code)
	}
	r := decode(t, out)
	if len(r.Findings) != 1 || r.Findings[0].Rule != "dynatrace-api-token" || r.Findings[0].Line != 2 {
		t.Fatalf("findings = %+v", r.Findings)
	}
	if strings.Contains(out, tok) {
		t.Fatal("the secret is printed unredacted by default")
	}
	_, text, _ := run(t, "", "scan", filepath.Join(dir, "dirty"))
	if strings.Contains(text, tok[len(tok)-64:]) {
		t.Fatal("the text report prints the secret part")
	}
	_, shown, _ := run(t, "", "scan", "--show-secrets", "--format", "json", filepath.Join(dir, "dirty"))
	if !strings.Contains(shown, tok) {
		t.Fatal("--show-secrets does not reveal the secret")
	}
}

func TestScanStdin(t *testing.T) {
	code, out, _ := run(t, "key: "+fakeToken(2)+"\n", "scan", "--format", "json", "-")
	if code != ExitFindings {
		t.Fatalf("exit %d, want 1", code)
	}
	if r := decode(t, out); len(r.Findings) != 1 || r.Findings[0].Path != "<stdin>" {
		t.Fatalf("findings = %+v", r.Findings)
	}
}

func TestScanBadUsageAndConfig(t *testing.T) {
	dir := t.TempDir()
	bad := write(t, dir, "bad.toml", "[[rules]]\nid = \"broken\"\nregex = '''(unclosed'''\n")
	code, _, errs := run(t, "", "scan", "--config", bad, dir)
	if code != ExitError || !strings.Contains(errs, "broken") {
		t.Fatalf("bad regex: exit %d, stderr %q", code, errs)
	}
	invalid := write(t, dir, "invalid.toml", "title = \"x\"\n[[rules]\n")
	code, _, errs = run(t, "", "scan", "--config", invalid, dir)
	if code != ExitError || !regexp.MustCompile(`invalid\.toml:\d+`).MatchString(errs) {
		t.Fatalf("invalid TOML: exit %d, stderr %q (want the line named)", code, errs)
	}
	if code, _, _ := run(t, "", "scan", "--format", "xml", dir); code != ExitError {
		t.Fatalf("unknown format: exit %d, want 2", code)
	}
	if code, _, _ := run(t, "", "scan", filepath.Join(dir, "missing")); code != ExitError {
		t.Fatalf("missing path: exit %d, want 2", code)
	}
	if code, _, _ := run(t, "", "frobnicate"); code != ExitError {
		t.Fatalf("unknown command: exit %d, want 2", code)
	}
}

func TestScanPicksUpGitleaksConfig(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, ".gitleaks.toml", "[[rules]]\nid = \"house-token\"\nregex = '''house_[a-z0-9]{12}'''\nkeywords = [\"house_\"]\n")
	write(t, dir, "a.txt", "x = house_abc123def456\n")
	code, out, _ := run(t, "", "scan", "--format", "json", dir)
	if code != ExitFindings {
		t.Fatalf("exit %d, want 1", code)
	}
	if r := decode(t, out); len(r.Findings) != 1 || r.Findings[0].Rule != "house-token" {
		t.Fatalf("the user's .gitleaks.toml was not used: %+v", r.Findings)
	}
}

func TestBaselineAndIgnoreFile(t *testing.T) {
	dir := t.TempDir()
	src := write(t, dir, "src/a.ts", "const t = \""+fakeToken(3)+"\";\n")
	base := filepath.Join(t.TempDir(), "baseline.json")
	if code, _, errs := run(t, "", "baseline", "--output", base, filepath.Join(dir, "src")); code != ExitClean {
		t.Fatalf("baseline: exit %d (%s)", code, errs)
	}
	// The finding moves two lines down: the baseline still covers it.
	write(t, dir, "src/a.ts", "\n\n"+mustRead(t, src))
	if code, out, _ := run(t, "", "scan", "--baseline", base, "--format", "json", filepath.Join(dir, "src")); code != ExitClean {
		t.Fatalf("scan with baseline: exit %d, want 0: %s", code, out)
	}
	// A new secret on the same line is not covered.
	write(t, dir, "src/a.ts", "const t = \""+fakeToken(4)+"\";\n")
	code, out, _ := run(t, "", "scan", "--baseline", base, "--format", "json", filepath.Join(dir, "src"))
	if code != ExitFindings {
		t.Fatalf("replaced secret: exit %d, want 1", code)
	}
	r := decode(t, out)
	if len(r.Stale) != 1 {
		t.Fatalf("the old baseline entry should be stale: %+v", r.Stale)
	}
	// The ignore file at the root, with a reason, suppresses it.
	write(t, dir, "src/.secretvetignore", r.Findings[0].Fingerprint+" test fixture\n")
	if code, _, errs := run(t, "", "scan", filepath.Join(dir, "src")); code != ExitClean {
		t.Fatalf("ignored finding: exit %d (%s)", code, errs)
	}
}

func TestSkippedListed(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "blob.dat", "\x00\x01\x02binary\x00")
	write(t, dir, "logo.png", "not really a png")
	write(t, dir, "big.txt", strings.Repeat("a", 2048))
	_, out, _ := run(t, "", "scan", "--format", "json", "--max-file-size", "1024", dir)
	r := decode(t, out)
	reasons := map[string]string{}
	for _, s := range r.Skipped {
		reasons[filepath.Base(s.Path)] = s.Reason
	}
	if !strings.Contains(reasons["blob.dat"], "binary") || !strings.Contains(reasons["logo.png"], "allowlist") || !strings.Contains(reasons["big.txt"], "larger") {
		t.Fatalf("skipped = %+v", r.Skipped)
	}
}

func mustRead(t *testing.T, p string) string {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// Regression: SARIF URIs of a scan of a subfolder must resolve against the
// current folder, not against the subfolder (which doubled it).
func TestSarifURIsOfASubfolderScan(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "sub/a.ts", "const t = \""+fakeToken(5)+"\";\n")
	t.Chdir(dir)
	_, out, _ := run(t, "", "scan", "--format", "sarif", "sub")
	var log struct {
		Runs []struct {
			OriginalURIBaseIDs map[string]struct {
				URI string `json:"uri"`
			} `json:"originalUriBaseIds"`
			Results []struct {
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI string `json:"uri"`
						} `json:"artifactLocation"`
					} `json:"physicalLocation"`
				} `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(out), &log); err != nil {
		t.Fatal(err)
	}
	uri := log.Runs[0].Results[0].Locations[0].PhysicalLocation.ArtifactLocation.URI
	base := log.Runs[0].OriginalURIBaseIDs["%SRCROOT%"].URI
	if uri != "sub/a.ts" || strings.HasSuffix(strings.TrimSuffix(base, "/"), "/sub") {
		t.Fatalf("uri %q against base %q does not name the file", uri, base)
	}
}

// Regression: scanning one file of a project must not call the ignore
// entries for the other files stale.
func TestNoStaleEntriesOnAPartialScan(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.ts", "const t = \""+fakeToken(6)+"\";\n")
	write(t, dir, "b.ts", "const x = 1;\n")
	_, out, _ := run(t, "", "scan", "--format", "json", dir)
	fp := decode(t, out).Findings[0].Fingerprint
	write(t, dir, ".secretvetignore", fp+" accepted fixture\n")
	_, out, _ = run(t, "", "scan", "--format", "json", "--ignore-file", filepath.Join(dir, ".secretvetignore"), filepath.Join(dir, "b.ts"))
	if r := decode(t, out); len(r.Stale) != 0 {
		t.Fatalf("a scan of b.ts reports the entry for a.ts as stale: %+v", r.Stale)
	}
}

// Regression: tar.gz files were skipped as binary, never read as archives.
func TestScanTarGz(t *testing.T) {
	dir := t.TempDir()
	var buf bytes.Buffer
	gz := gzip.NewWriter(&buf)
	tw := tar.NewWriter(gz)
	body := []byte("token: " + fakeToken(7) + "\n")
	if err := tw.WriteHeader(&tar.Header{Name: "conf/app.yaml", Mode: 0o644, Size: int64(len(body))}); err != nil {
		t.Fatal(err)
	}
	tw.Write(body)
	tw.Close()
	gz.Close()
	write(t, dir, "release.tar.gz", buf.String())
	code, out, _ := run(t, "", "scan", "--format", "json", dir)
	var r struct {
		Findings []struct {
			Member string `json:"member"`
		} `json:"findings"`
	}
	json.Unmarshal([]byte(out), &r)
	if code != ExitFindings || len(r.Findings) != 1 || r.Findings[0].Member != "conf/app.yaml" {
		t.Fatalf("exit %d, findings %+v", code, r.Findings)
	}
}
