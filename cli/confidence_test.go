package cli

import (
	"encoding/json"
	"math/rand"
	"strings"
	"testing"
)

// TestMinConfidence: --min-confidence drops findings below the floor and
// counts them as suppressed; every finding carries its confidence; a bad
// value is a usage error.
func TestMinConfidence(t *testing.T) {
	dir := t.TempDir()
	r := rand.New(rand.NewSource(5))
	random := func(n int) string {
		const alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
		b := make([]byte, n)
		for i := range b {
			b[i] = alnum[r.Intn(len(alnum))]
		}
		return string(b)
	}
	write(t, dir, "app.env", strings.Join([]string{
		"DT_TOKEN=" + fakeToken(1),                  // dynatrace-api-token: high
		"MISTRAL_API_KEY=" + random(32),             // mistral-api-key: medium
		"service_password = \"" + random(21) + "\"", // generic-api-key: low
	}, "\n")+"\n")

	type report struct {
		Findings []struct {
			Rule       string `json:"rule"`
			Confidence string `json:"confidence"`
		} `json:"findings"`
		Stats struct {
			Suppressed int `json:"suppressed"`
		} `json:"stats"`
	}
	scan := func(min string) report {
		t.Helper()
		args := []string{"scan", "-f", "json", dir}
		if min != "" {
			args = append(args, "--min-confidence", min)
		}
		code, out, errOut := run(t, "", args...)
		if code != ExitFindings {
			t.Fatalf("min %q: exit %d, stderr %s", min, code, errOut)
		}
		var rep report
		if err := json.Unmarshal([]byte(out), &rep); err != nil {
			t.Fatal(err)
		}
		return rep
	}
	levels := func(rep report) map[string]string {
		m := map[string]string{}
		for _, f := range rep.Findings {
			m[f.Rule] = f.Confidence
		}
		return m
	}

	all := scan("")
	want := map[string]string{"dynatrace-api-token": "high", "mistral-api-key": "medium", "generic-api-key": "low"}
	if got := levels(all); len(got) != 3 || got["dynatrace-api-token"] != "high" || got["mistral-api-key"] != "medium" || got["generic-api-key"] != "low" {
		t.Fatalf("default scan: got %v, want %v", got, want)
	}
	if all.Stats.Suppressed != 0 {
		t.Errorf("default scan suppressed %d", all.Stats.Suppressed)
	}
	med := scan("medium")
	if got := levels(med); len(got) != 2 || got["generic-api-key"] != "" || med.Stats.Suppressed != 1 {
		t.Errorf("--min-confidence medium: got %v, %d suppressed", got, med.Stats.Suppressed)
	}
	high := scan("high")
	if got := levels(high); len(got) != 1 || got["dynatrace-api-token"] != "high" || high.Stats.Suppressed != 2 {
		t.Errorf("--min-confidence high: got %v, %d suppressed", got, high.Stats.Suppressed)
	}
	if code, _, errOut := run(t, "", "scan", "--min-confidence", "certain", dir); code != ExitError || !strings.Contains(errOut, "min-confidence") {
		t.Errorf("bad --min-confidence: exit %d, stderr %q", code, errOut)
	}
}

// TestRulesListsConfidenceAndValidation: `secretvet rules` shows every rule
// with its family, confidence and whether a checksum validates it.
func TestRulesListsConfidenceAndValidation(t *testing.T) {
	code, out, _ := run(t, "", "rules")
	if code != ExitClean {
		t.Fatalf("exit %d", code)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if !strings.HasPrefix(lines[0], "ID") || !strings.Contains(lines[0], "VALIDATED") {
		t.Fatalf("no header: %q", lines[0])
	}
	find := func(id string) []string {
		for _, l := range lines {
			if f := strings.Fields(l); len(f) > 3 && f[0] == id {
				return f
			}
		}
		t.Fatalf("rule %s not listed", id)
		return nil
	}
	for id, want := range map[string][3]string{
		"github-pat":       {"vcs", "high", "yes"},
		"mistral-api-key":  {"ai", "medium", "no"},
		"generic-api-key":  {"generic", "low", "no"},
		"aws-access-token": {"aws", "high", "no"},
	} {
		f := find(id)
		if f[1] != want[0] || f[2] != want[1] || f[3] != want[2] {
			t.Errorf("%s: listed as %v, want family/confidence/validated %v", id, f[1:4], want)
		}
	}
}
