package rules_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/secretvet/secretvet/rules"
)

func writeConfig(t *testing.T, dir, name, body string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func ruleIDs(c *rules.Config) map[string]bool {
	ids := map[string]bool{}
	for _, r := range c.Rules {
		ids[r.ID] = true
	}
	return ids
}

func TestDefaultHasGitleaksAndDynatraceRules(t *testing.T) {
	c, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	ids := ruleIDs(c)
	for _, id := range []string{"generic-api-key", "aws-access-token", "dynatrace-api-token", "dynatrace-platform-token"} {
		if !ids[id] {
			t.Errorf("default rules lack %s", id)
		}
	}
	for _, r := range c.Rules {
		if r.ID == "dynatrace-api-token" && r.Source == "gitleaks" {
			t.Error("gitleaks' dynatrace-api-token should be replaced by secretvet's")
		}
	}
}

func TestExtendDefaultWithTargetedAllowlist(t *testing.T) {
	dir := t.TempDir()
	p := writeConfig(t, dir, ".gitleaks.toml", `
[extend]
useDefault = true
disabledRules = ["aws-access-token"]

[[rules]]
id = "house-token"
regex = '''house_[a-z0-9]{12}'''
keywords = ["house_"]

[[allowlists]]
targetRules = ["generic-api-key"]
regexes = ['''^not-a-secret-[0-9]+$''']
`)
	c, err := rules.Load(p)
	if err != nil {
		t.Fatal(err)
	}
	ids := ruleIDs(c)
	if !ids["house-token"] || !ids["generic-api-key"] || ids["aws-access-token"] {
		t.Fatalf("extend did not merge as gitleaks does: house=%v generic=%v aws=%v", ids["house-token"], ids["generic-api-key"], ids["aws-access-token"])
	}
	e := rules.New(c, rules.Options{})
	text := "api_key = \"not-a-secret-12345678\"\nx = house_abc123def456\n"
	var got []string
	for _, m := range e.Scan(rules.Target{Text: text, Path: "a.txt"}) {
		got = append(got, m.Rule.ID)
	}
	if strings.Join(got, ",") != "house-token" {
		t.Fatalf("matches = %v, want only house-token (the targeted allowlist drops the generic one)", got)
	}
}

func TestConfigErrors(t *testing.T) {
	dir := t.TempDir()
	for name, tc := range map[string]struct{ body, want string }{
		"bad-toml":     {"title = \"x\"\n[[rules]\nid = 1\n", "bad-toml.toml:"},
		"bad-regex":    {"[[rules]]\nid = \"r\"\nregex = '''(open'''\n", `rule "r": regex does not compile`},
		"no-id":        {"[[rules]]\nregex = '''abc'''\n", "id is missing"},
		"group":        {"[[rules]]\nid = \"g\"\nregex = '''(a)b'''\nsecretGroup = 2\n", "secretGroup 2"},
		"empty":        {"[[rules]]\nid = \"e\"\n", "both regex and path are empty"},
		"bad-target":   {"[[allowlists]]\ntargetRules = [\"nope\"]\nregexes = ['''x''']\n", `target rule "nope" does not exist`},
		"bad-allow":    {"[[rules]]\nid = \"a\"\nregex = '''abc'''\n[[rules.allowlists]]\ndescription = \"empty\"\n", "at least one of"},
		"bad-cond":     {"[[rules]]\nid = \"a\"\nregex = '''abc'''\n[[rules.allowlists]]\ncondition = \"XOR\"\nregexes = ['''a''']\n", "unknown condition"},
		"both-extends": {"[extend]\nuseDefault = true\npath = \"x.toml\"\n", "both useDefault and path"},
	} {
		p := writeConfig(t, dir, name+".toml", tc.body)
		_, err := rules.Load(p)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want it to mention %q", name, err, tc.want)
		}
	}
}

func TestAllowlistConditions(t *testing.T) {
	cfg, err := rules.Parse([]byte(`
[[rules]]
id = "tok"
regex = '''tok_([a-z0-9]{10})'''
keywords = ["tok_"]
[[rules.allowlists]]
condition = "AND"
paths = ['''fixtures/''']
stopwords = ["test"]
[[rules.allowlists]]
regexTarget = "line"
regexes = ['''#\s*example''']
`), "t")
	if err != nil {
		t.Fatal(err)
	}
	e := rules.New(cfg, rules.Options{})
	for _, tc := range []struct {
		path, text string
		found      bool
	}{
		{"src/a.go", "tok_abcdef1234", true},
		{"fixtures/a.go", "tok_test123456", false}, // AND: path and stopword
		{"src/a.go", "tok_test123456", true},       // stopword alone is not enough under AND
		{"fixtures/a.go", "tok_abcdef1234", true},  // path alone is not enough under AND
		{"src/a.go", "tok_abcdef1234 # example", false},
	} {
		got := len(e.Scan(rules.Target{Text: tc.text, Path: tc.path})) > 0
		if got != tc.found {
			t.Errorf("%s %q: found=%v, want %v", tc.path, tc.text, got, tc.found)
		}
	}
}

// TestEmbeddedRulesCompile compiles what the trusted sets defer: every rule
// regex and allowlist pattern of secretvet's files and gitleaks' defaults,
// and checks each secretGroup against its regex.
func TestEmbeddedRulesCompile(t *testing.T) {
	for name, load := range map[string]func() (*rules.Config, error){"default": rules.Default, "gitleaks": rules.Gitleaks} {
		c, err := load()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for _, r := range c.Rules {
			func() {
				defer func() {
					if p := recover(); p != nil {
						t.Errorf("%s: rule %s does not compile: %v", name, r.ID, p)
					}
				}()
				if re := r.Pattern(); re != nil && r.SecretGroup > re.NumSubexp() {
					t.Errorf("%s: rule %s: secretGroup %d > %d groups", name, r.ID, r.SecretGroup, re.NumSubexp())
				}
				for _, a := range r.Allowlists {
					a.Regexes.MatchString("x")
					a.Paths.MatchString("x")
				}
			}()
		}
		for _, a := range c.Allowlists {
			a.Regexes.MatchString("x")
			a.Paths.MatchString("x")
		}
	}
}

// TestExtendOverridesMetadata: a user's rule with the ID of a default rule
// can change its severity, confidence and family; the rest stays.
func TestExtendOverridesMetadata(t *testing.T) {
	p := writeConfig(t, t.TempDir(), ".secretvet.toml", `
[extend]
useDefault = true

[[rules]]
id = "generic-api-key"
severity = "high"
confidence = "medium"
family = "house"
`)
	c, err := rules.Load(p)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range c.Rules {
		if r.ID == "generic-api-key" {
			if r.Severity != "high" || r.Confidence != "medium" || r.Family != "house" || !r.HasRegex() {
				t.Errorf("merged rule: severity %q confidence %q family %q regex %v", r.Severity, r.Confidence, r.Family, r.HasRegex())
			}
			return
		}
	}
	t.Fatal("generic-api-key missing after extend")
}

// TestRuleWithoutRegexOrPathIsAnError when nothing it extends gives it one.
func TestRuleWithoutRegexOrPathIsAnError(t *testing.T) {
	p := writeConfig(t, t.TempDir(), ".secretvet.toml", "[[rules]]\nid = \"empty\"\nkeywords = [\"x\"]\n")
	if _, err := rules.Load(p); err == nil || !strings.Contains(err.Error(), "no effect") {
		t.Errorf("err = %v, want a rule with no effect", err)
	}
}
