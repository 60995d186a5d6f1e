package cli

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/go-git/go-git/v5"
	"github.com/go-git/go-git/v5/plumbing/object"
)

// gitRepo makes a repository with go-git: a.ts clean, then b.ts holding a
// secret, then b.ts removed, then c.ts holding another. It returns the
// folder and the commit that added b.ts.
func gitRepo(t *testing.T) (dir, added string) {
	t.Helper()
	dir = t.TempDir()
	r, err := git.PlainInit(dir, false)
	if err != nil {
		t.Fatal(err)
	}
	wt, _ := r.Worktree()
	when := time.Date(2024, 3, 1, 9, 0, 0, 0, time.UTC)
	commit := func(msg string) string {
		when = when.Add(time.Hour)
		sig := &object.Signature{Name: "Ada", Email: "ada@example.org", When: when}
		h, err := wt.Commit(msg, &git.CommitOptions{Author: sig, Committer: sig})
		if err != nil {
			t.Fatal(err)
		}
		return h.String()
	}
	add := func(name, content string) {
		write(t, dir, name, content)
		if _, err := wt.Add(name); err != nil {
			t.Fatal(err)
		}
	}
	add("a.ts", "export const a = 1;\n")
	commit("init")
	add("b.ts", "export const t = \""+fakeToken(21)+"\";\n")
	added = commit("add b")
	if _, err := wt.Remove("b.ts"); err != nil {
		t.Fatal(err)
	}
	commit("remove b")
	add("c.ts", "export const u = \""+fakeToken(22)+"\";\n")
	commit("add c")
	return dir, added
}

type gitReport struct {
	Findings []struct {
		Path         string `json:"path"`
		Line         int    `json:"line"`
		Commit       string `json:"commit"`
		Author       string `json:"author"`
		Email        string `json:"email"`
		Date         string `json:"date"`
		StillPresent *bool  `json:"still_present"`
		Remediation  struct {
			Summary string   `json:"summary"`
			Steps   []string `json:"steps"`
		} `json:"remediation"`
	} `json:"findings"`
	Skipped []struct{ Path, Reason string } `json:"skipped"`
}

func TestGitHistoryJSON(t *testing.T) {
	dir, added := gitRepo(t)
	code, out, errs := run(t, "", "git", "--format", "json", "--no-progress", dir)
	if code != ExitFindings {
		t.Fatalf("exit %d, want %d; stderr %s", code, ExitFindings, errs)
	}
	var rep gitReport
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	if len(rep.Findings) != 2 {
		t.Fatalf("%d findings, want 2: %s", len(rep.Findings), out)
	}
	for _, f := range rep.Findings {
		if f.Commit == "" || f.Author != "Ada" || f.Email != "ada@example.org" || f.Date == "" || f.StillPresent == nil {
			t.Errorf("%s: history fields missing: %+v", f.Path, f)
		}
		switch f.Path {
		case "b.ts":
			if f.Commit != added || *f.StillPresent {
				t.Errorf("b.ts: commit %s still_present %v, want %s false", f.Commit, *f.StillPresent, added)
			}
			if !strings.Contains(f.Remediation.Summary, "exposed since 2024-03-01 in "+added[:7]) {
				t.Errorf("b.ts remediation: %q", f.Remediation.Summary)
			}
		case "c.ts":
			if !*f.StillPresent {
				t.Error("c.ts: still_present false")
			}
		}
	}
	if strings.Contains(out, fakeToken(21)[39:]) {
		t.Error("the secret is in the report unredacted")
	}
}

func TestGitNotARepository(t *testing.T) {
	code, _, errs := run(t, "", "git", t.TempDir())
	if code != ExitError || !strings.Contains(errs, "not a git repository") {
		t.Fatalf("exit %d, stderr %q; want %d and a clear message", code, errs, ExitError)
	}
}

func TestGitBareRepository(t *testing.T) {
	dir, _ := gitRepo(t)
	bare := filepath.Join(t.TempDir(), "b.git")
	if _, err := git.PlainClone(bare, true, &git.CloneOptions{URL: dir}); err != nil {
		t.Fatal(err)
	}
	if code, _, errs := run(t, "", "git", "--format", "json", bare); code != ExitFindings {
		t.Fatalf("bare: exit %d (%s), want %d", code, errs, ExitFindings)
	}
	if code, _, errs := run(t, "", "git", "--staged", bare); code != ExitError || !strings.Contains(errs, "bare") {
		t.Fatalf("--staged on a bare repository: exit %d (%s), want %d", code, errs, ExitError)
	}
}

func TestGitStagedAndRange(t *testing.T) {
	dir, added := gitRepo(t)
	// Nothing staged: clean.
	if code, out, errs := run(t, "", "git", "--staged", dir); code != ExitClean {
		t.Fatalf("nothing staged: exit %d\n%s%s", code, out, errs)
	}
	r, _ := git.PlainOpen(dir)
	wt, _ := r.Worktree()
	write(t, dir, "d.ts", "export const v = \""+fakeToken(23)+"\";\n")
	wt.Add("d.ts")
	code, out, _ := run(t, "", "git", "--staged", "--format", "json", dir)
	var rep gitReport
	json.Unmarshal([]byte(out), &rep)
	if code != ExitFindings || len(rep.Findings) != 1 || rep.Findings[0].Path != "d.ts" {
		t.Fatalf("staged: exit %d, %s", code, out)
	}
	// The range after b.ts was added sees only c.ts.
	code, out, _ = run(t, "", "git", "--range", added+"..HEAD", "--format", "json", dir)
	rep = gitReport{}
	json.Unmarshal([]byte(out), &rep)
	if code != ExitFindings || len(rep.Findings) != 1 || rep.Findings[0].Path != "c.ts" {
		t.Fatalf("range: exit %d, %s", code, out)
	}
	if code, _, _ := run(t, "", "git", "--range", "HEAD", dir); code != ExitError {
		t.Errorf("a range without .. : exit %d, want %d", code, ExitError)
	}
	if code, _, _ := run(t, "", "git", "--staged", "--range", "a..b", dir); code != ExitError {
		t.Errorf("--staged with --range: exit %d, want %d", code, ExitError)
	}
}

func TestGitPrePushInput(t *testing.T) {
	dir, added := gitRepo(t)
	r, _ := git.PlainOpen(dir)
	head, _ := r.Head()
	// Pushing HEAD to a remote that has `added`: only c.ts is new.
	in := "refs/heads/master " + head.Hash().String() + " refs/heads/master " + added + "\n"
	code, out, errs := run(t, in, "git", "--pre-push", "--format", "json", dir)
	var rep gitReport
	json.Unmarshal([]byte(out), &rep)
	if code != ExitFindings || len(rep.Findings) != 1 || rep.Findings[0].Path != "c.ts" {
		t.Fatalf("pre-push: exit %d %s %s", code, out, errs)
	}
	// Deleting a remote branch sends nothing.
	in = "(delete) " + zeroSHA + " refs/heads/old " + added + "\n"
	if code, _, _ := run(t, in, "git", "--pre-push", dir); code != ExitClean {
		t.Errorf("deletion: exit %d, want 0", code)
	}
	if code, _, _ := run(t, "garbage\n", "git", "--pre-push", dir); code != ExitError {
		t.Errorf("bad input: exit %d, want %d", code, ExitError)
	}
}

func TestReadPush(t *testing.T) {
	t.Setenv("PRE_COMMIT_FROM_REF", "")
	t.Setenv("PRE_COMMIT_TO_REF", "")
	a, b := strings.Repeat("a", 40), strings.Repeat("b", 40)
	p, err := readPush(strings.NewReader("refs/heads/x " + a + " refs/heads/x " + zeroSHA + "\nrefs/heads/y " + b + " refs/heads/y " + a + "\n"))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(p.Include, ",") != a+","+b || strings.Join(p.Exclude, ",") != a || !p.ExcludeRemotes {
		t.Errorf("push %+v", p)
	}
	t.Setenv("PRE_COMMIT_FROM_REF", a)
	t.Setenv("PRE_COMMIT_TO_REF", b)
	p, _ = readPush(strings.NewReader(""))
	if len(p.Include) != 1 || p.Include[0] != b || len(p.Exclude) != 1 || p.Exclude[0] != a {
		t.Errorf("pre-commit framework refs: %+v", p)
	}
}

func TestParseSince(t *testing.T) {
	now := time.Date(2024, 6, 30, 12, 0, 0, 0, time.UTC)
	for in, want := range map[string]time.Time{
		"2024-01-31":           time.Date(2024, 1, 31, 0, 0, 0, 0, time.Local),
		"2024-01-31T10:00:00Z": time.Date(2024, 1, 31, 10, 0, 0, 0, time.UTC),
		"30d":                  now.AddDate(0, 0, -30),
		"2w":                   now.AddDate(0, 0, -14),
		"12h":                  now.Add(-12 * time.Hour),
	} {
		got, err := parseSince(in, now)
		if err != nil || !got.Equal(want) {
			t.Errorf("parseSince(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	if _, err := parseSince("last tuesday", now); err == nil {
		t.Error("parseSince accepted nonsense")
	}
}

func TestHookInstall(t *testing.T) {
	dir, _ := gitRepo(t)
	hook := filepath.Join(dir, ".git", "hooks", "pre-commit")
	if code, _, errs := run(t, "", "hook", "install", dir); code != ExitClean {
		t.Fatalf("install: exit %d %s", code, errs)
	}
	b, err := os.ReadFile(hook)
	if err != nil || !strings.Contains(string(b), "secretvet git --staged") {
		t.Fatalf("hook: %q %v", b, err)
	}
	if st, _ := os.Stat(hook); st.Mode()&0o111 == 0 {
		t.Error("hook is not executable")
	}
	// Installing again replaces secretvet's own hook.
	if code, _, _ := run(t, "", "hook", "install", dir); code != ExitClean {
		t.Error("reinstall failed")
	}
	// A foreign hook is kept unless --force, which backs it up.
	foreign := "#!/bin/sh\necho mine\n"
	os.WriteFile(hook, []byte(foreign), 0o755)
	if code, _, errs := run(t, "", "hook", "install", dir); code != ExitError || !strings.Contains(errs, "--force") {
		t.Fatalf("foreign hook overwritten? exit %d %s", code, errs)
	}
	if b, _ := os.ReadFile(hook); string(b) != foreign {
		t.Fatal("foreign hook changed without --force")
	}
	if code, _, _ := run(t, "", "hook", "install", "--force", dir); code != ExitClean {
		t.Fatal("--force failed")
	}
	if b, _ := os.ReadFile(hook + ".bak"); string(b) != foreign {
		t.Error("the foreign hook was not kept as .bak")
	}
	// Uninstall puts the old one back.
	if code, _, _ := run(t, "", "hook", "uninstall", dir); code != ExitClean {
		t.Fatal("uninstall failed")
	}
	if b, _ := os.ReadFile(hook); string(b) != foreign {
		t.Error("uninstall did not restore the previous hook")
	}
	// pre-push
	if code, _, _ := run(t, "", "hook", "install", "--pre-push", dir); code != ExitClean {
		t.Fatal("pre-push install failed")
	}
	if b, _ := os.ReadFile(filepath.Join(dir, ".git", "hooks", "pre-push")); !strings.Contains(string(b), "--pre-push") {
		t.Error("pre-push hook content")
	}
	if code, _, _ := run(t, "", "hook", "install", t.TempDir()); code != ExitError {
		t.Error("install outside a repository should fail")
	}
}

// Regression: a --range base that is not in the repository made the range
// the whole history of B (and blamed old secrets on it); it is an error.
func TestGitRangeWithMissingBase(t *testing.T) {
	dir := t.TempDir()
	gitCmd := func(args ...string) {
		t.Helper()
		cmd := exec.Command("git", append([]string{"-C", dir, "-c", "user.name=A", "-c", "user.email=a@example.org"}, args...)...)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	gitCmd("init", "-q")
	write(t, dir, "a.ts", "const t = \""+fakeToken(8)+"\";\n")
	gitCmd("add", ".")
	gitCmd("commit", "-qm", "init")
	code, _, errs := run(t, "", "git", "--range", strings.Repeat("1", 40)+"..HEAD", dir)
	if code != ExitError || !strings.Contains(errs, "not in the repository") {
		t.Fatalf("exit %d, stderr %q; want exit 2 naming the missing base", code, errs)
	}
}
