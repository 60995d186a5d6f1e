package cli

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/go-git/go-git/v5"
	"github.com/go-git/go-git/v5/config"
	"github.com/spf13/pflag"

	"github.com/secretvet/secretvet/source/history"
)

// hookMarker is in every hook secretvet writes: a hook without it belongs
// to someone else and is not overwritten without --force.
const hookMarker = "# secretvet hook: installed by `secretvet hook install`"

// hookScripts are the hooks secretvet installs, by git hook name.
var hookScripts = map[string]string{
	"pre-commit": `#!/bin/sh
` + hookMarker + `
# Blocks a commit that would record a secret. Bypass once: git commit --no-verify
command -v secretvet >/dev/null 2>&1 || { echo "secretvet is not on PATH: go install github.com/secretvet/secretvet/cmd/secretvet@latest" >&2; exit 1; }
exec secretvet git --staged --no-progress .
`,
	"pre-push": `#!/bin/sh
` + hookMarker + `
# Blocks a push that would publish a secret. Git passes the refs pushed on
# standard input. Bypass once: git push --no-verify
command -v secretvet >/dev/null 2>&1 || { echo "secretvet is not on PATH: go install github.com/secretvet/secretvet/cmd/secretvet@latest" >&2; exit 1; }
exec secretvet git --pre-push --no-progress .
`,
}

// runHook is `secretvet hook install|uninstall [--pre-push] [--force] [REPO]`.
func runHook(args []string, stdio IO) int {
	if len(args) == 0 || (args[0] != "install" && args[0] != "uninstall") {
		fmt.Fprintln(stdio.Stderr, "usage: secretvet hook install|uninstall [--pre-push] [--force] [REPO]")
		return ExitError
	}
	action := args[0]
	fs := pflag.NewFlagSet("hook "+action, pflag.ContinueOnError)
	fs.SetOutput(stdio.Stderr)
	prePush := fs.Bool("pre-push", false, "the pre-push hook (scans what a push sends) instead of pre-commit (scans what is staged)")
	force := fs.Bool("force", false, "replace a hook that secretvet did not write (it is kept as <hook>.bak)")
	if err := fs.Parse(args[1:]); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			return ExitClean
		}
		return ExitError
	}
	if fs.NArg() > 1 {
		fmt.Fprintln(stdio.Stderr, "secretvet hook: one repository at a time")
		return ExitError
	}
	repoPath := "."
	if fs.NArg() == 1 {
		repoPath = fs.Arg(0)
	}
	name := "pre-commit"
	if *prePush {
		name = "pre-push"
	}
	dir, err := hooksDir(repoPath)
	if err != nil {
		fmt.Fprintf(stdio.Stderr, "secretvet hook: %v\n", err)
		return ExitError
	}
	path := filepath.Join(dir, name)
	if action == "uninstall" {
		return uninstallHook(path, stdio)
	}
	if old, err := os.ReadFile(path); err == nil {
		if !strings.Contains(string(old), hookMarker) {
			if !*force {
				fmt.Fprintf(stdio.Stderr, "secretvet hook: %s exists and is not secretvet's; add a line `secretvet git %s --no-progress .` to it, or use --force to replace it (it is kept as %s.bak)\n",
					path, map[bool]string{false: "--staged", true: "--pre-push"}[*prePush], name)
				return ExitError
			}
			if err := os.WriteFile(path+".bak", old, 0o755); err != nil {
				fmt.Fprintf(stdio.Stderr, "secretvet hook: keeping the old hook: %v\n", err)
				return ExitError
			}
		}
	} else if !errors.Is(err, os.ErrNotExist) {
		fmt.Fprintf(stdio.Stderr, "secretvet hook: %v\n", err)
		return ExitError
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		fmt.Fprintf(stdio.Stderr, "secretvet hook: %v\n", err)
		return ExitError
	}
	if err := os.WriteFile(path, []byte(hookScripts[name]), 0o755); err != nil {
		fmt.Fprintf(stdio.Stderr, "secretvet hook: %v\n", err)
		return ExitError
	}
	// WriteFile keeps the mode of a file that exists.
	if err := os.Chmod(path, 0o755); err != nil {
		fmt.Fprintf(stdio.Stderr, "secretvet hook: %v\n", err)
		return ExitError
	}
	fmt.Fprintf(stdio.Stdout, "secretvet: %s hook installed in %s\n", name, path)
	return ExitClean
}

func uninstallHook(path string, stdio IO) int {
	old, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		fmt.Fprintf(stdio.Stdout, "secretvet: no hook at %s\n", path)
		return ExitClean
	}
	if err != nil {
		fmt.Fprintf(stdio.Stderr, "secretvet hook: %v\n", err)
		return ExitError
	}
	if !strings.Contains(string(old), hookMarker) {
		fmt.Fprintf(stdio.Stderr, "secretvet hook: %s is not secretvet's; left alone\n", path)
		return ExitError
	}
	if err := os.Remove(path); err != nil {
		fmt.Fprintf(stdio.Stderr, "secretvet hook: %v\n", err)
		return ExitError
	}
	if _, err := os.Stat(path + ".bak"); err == nil {
		if err := os.Rename(path+".bak", path); err != nil {
			fmt.Fprintf(stdio.Stderr, "secretvet hook: restoring the old hook: %v\n", err)
			return ExitError
		}
		fmt.Fprintf(stdio.Stdout, "secretvet: hook removed, the previous one restored at %s\n", path)
		return ExitClean
	}
	fmt.Fprintf(stdio.Stdout, "secretvet: hook removed from %s\n", path)
	return ExitClean
}

// hooksDir is where git looks for the hooks of the repository at repoPath:
// core.hooksPath when set (relative to the worktree's top folder), else
// hooks/ in the common git folder (shared by linked worktrees).
func hooksDir(repoPath string) (string, error) {
	repo, err := history.Open(repoPath)
	if err != nil {
		return "", err
	}
	if repo.Bare() {
		return "", errors.New("a bare repository runs no commit hooks")
	}
	r, err := git.PlainOpenWithOptions(repo.Root(), &git.PlainOpenOptions{EnableDotGitCommonDir: true})
	if err != nil {
		return "", fmt.Errorf("opening %s: %w", repo.Root(), err)
	}
	cfg, err := r.ConfigScoped(config.GlobalScope) // the repository's, over the user's
	if err != nil {
		return "", fmt.Errorf("reading the git config: %w", err)
	}
	if p := cfg.Raw.Section("core").Option("hooksPath"); p != "" {
		if strings.HasPrefix(p, "~/") {
			if home, err := os.UserHomeDir(); err == nil {
				p = filepath.Join(home, p[2:])
			}
		}
		if !filepath.IsAbs(p) {
			p = filepath.Join(repo.Root(), p)
		}
		return p, nil
	}
	return filepath.Join(repo.CommonDir(), "hooks"), nil
}
