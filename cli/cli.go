package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"github.com/spf13/pflag"

	"github.com/secretvet/secretvet/finding"
	"github.com/secretvet/secretvet/pipeline"
	"github.com/secretvet/secretvet/report"
	jsonreport "github.com/secretvet/secretvet/report/json"
	"github.com/secretvet/secretvet/report/sarif"
	"github.com/secretvet/secretvet/report/text"
	"github.com/secretvet/secretvet/rules"
	"github.com/secretvet/secretvet/source/archive"
	"github.com/secretvet/secretvet/source/dtapp"
	"github.com/secretvet/secretvet/source/files"
	"github.com/secretvet/secretvet/suppress"
)

// Version is the secretvet version, set at build time.
var Version = "dev"

// Exit codes.
const (
	ExitClean    = 0
	ExitFindings = 1
	ExitError    = 2
)

// IO is where a command reads and writes.
type IO struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	// Terminal says whether Stdout is a terminal (colour in text reports).
	Terminal bool
}

// Main runs the command line args (without the program name) and returns
// the exit status.
func Main(args []string, stdio IO) int {
	if len(args) == 0 {
		usage(stdio.Stderr)
		return ExitError
	}
	switch args[0] {
	case "scan":
		return runScan(args[1:], stdio, false)
	case "baseline":
		return runScan(args[1:], stdio, true)
	case "rules":
		return runRules(args[1:], stdio)
	case "version", "--version", "-version":
		fmt.Fprintln(stdio.Stdout, "secretvet", Version)
		return ExitClean
	case "help", "-h", "--help":
		usage(stdio.Stdout)
		return ExitClean
	case "git":
		return runGit(args[1:], stdio)
	case "hook":
		return runHook(args[1:], stdio)
	}
	fmt.Fprintf(stdio.Stderr, "secretvet: unknown command %q\n\n", args[0])
	usage(stdio.Stderr)
	return ExitError
}

func usage(w io.Writer) {
	fmt.Fprint(w, `secretvet finds secrets hard-coded in code, Dynatrace apps, notebooks,
dashboards and workflows, and suggests the Credential Vault reference that
should take their place.

Usage:
  secretvet scan [flags] [PATH ...]      files, folders, archives, documents; "-" reads stdin
  secretvet baseline [flags] [PATH ...]  write a baseline of the current findings
  secretvet git [flags] [REPO]           git history: every ref, --branch, --range A..B, --since
  secretvet git --staged [REPO]          what is staged (pre-commit); --pre-push reads a pre-push hook's input
  secretvet hook install [--pre-push]    install a git hook that runs secretvet
  secretvet rules                        list the rules
  secretvet version
  go vet -vettool=$(which secretvet) ./...

Run 'secretvet scan --help' for the flags. Exit status: 0 nothing found,
1 findings, 2 error.
`)
}

type scanFlags struct {
	format, output, config, baseline, ignoreFile string
	showSecrets, noColor                         bool
	maxFileSize                                  int64
	maxDecodeDepth, maxArchiveDepth              int
	minConfidence                                string
}

func runScan(args []string, stdio IO, writeBaseline bool) int {
	name := "scan"
	if writeBaseline {
		name = "baseline"
	}
	fs := pflag.NewFlagSet(name, pflag.ContinueOnError)
	fs.SetOutput(stdio.Stderr)
	var f scanFlags
	f.define(fs, "the scan root")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			return ExitClean
		}
		return ExitError
	}
	if !writeBaseline && !f.validFormat(stdio) {
		return ExitError
	}
	roots := fs.Args()
	if len(roots) == 0 {
		roots = []string{"."}
	}
	root := scanRoot(roots)

	cfg, cfgPath, err := loadConfig(f.config, root)
	if err != nil {
		fmt.Fprintf(stdio.Stderr, "secretvet: %v\n", err)
		return ExitError
	}
	baseline := f.baseline
	if writeBaseline {
		baseline = ""
	}
	sup, err := loadSuppression(f.ignoreFile, baseline, root)
	if err != nil {
		fmt.Fprintf(stdio.Stderr, "secretvet: %v\n", err)
		return ExitError
	}

	s := f.scanner(cfg)
	own := map[string]bool{}
	for _, p := range []string{cfgPath, f.baseline, f.output} {
		if p != "" {
			if abs, err := filepath.Abs(p); err == nil {
				own[abs] = true
			}
		}
	}
	opts := files.Options{
		MaxFileSize: f.maxFileSize,
		Stdin:       stdio.Stdin,
		Skip: func(path string) bool {
			if abs, err := filepath.Abs(path); err == nil && own[abs] {
				return true // secretvet's own config, baseline and report
			}
			return s.Engine.PathAllowed(path, "")
		},
	}
	res, err := s.Run(context.Background(), roots, opts)
	if err != nil {
		fmt.Fprintf(stdio.Stderr, "secretvet: %v\n", err)
		return ExitError
	}
	// dt-app projects under the roots: checks beyond secrets (scopes, source maps)
	appFindings, appSkipped := dtapp.Review(context.Background(), roots, opts.Skip)
	res.Findings, res.Skipped = append(res.Findings, appFindings...), append(res.Skipped, appSkipped...)
	pipeline.Sort(res.Findings)
	res.Stats.Findings, res.Stats.Skipped = len(res.Findings), len(res.Skipped)

	if writeBaseline {
		return writeBaselineFile(res.Findings, f.output, stdio)
	}

	// Paths of a scan are relative to the current folder (as the user named
	// the roots), so SARIF URIs are too. Stale suppression entries mean
	// something only when the whole project was scanned.
	whole := len(roots) == 1 && roots[0] == root
	return f.report(res, sup, ".", whole, stdio)
}

// define declares the flags scan, baseline and git share; root names, in
// the help text, the folder where a config and an ignore file are found.
func (f *scanFlags) define(fs *pflag.FlagSet, root string) {
	fs.StringVarP(&f.format, "format", "f", "text", "report format: text, json or sarif")
	fs.StringVarP(&f.output, "output", "o", "", "write the report (or baseline) to this file instead of stdout")
	fs.StringVarP(&f.config, "config", "c", "", "rule config (gitleaks TOML); default: .secretvet.toml or .gitleaks.toml at "+root+", else the built-in rules")
	fs.StringVar(&f.baseline, "baseline", "", "baseline file: findings listed there are not reported")
	fs.StringVar(&f.ignoreFile, "ignore-file", "", "ignore file of fingerprints with reasons (default: .secretvetignore at "+root+")")
	fs.BoolVar(&f.showSecrets, "show-secrets", false, "print secrets in clear (redacted by default)")
	fs.BoolVar(&f.noColor, "no-color", false, "no colour in text output")
	fs.Int64Var(&f.maxFileSize, "max-file-size", 50<<20, "skip files larger than this many bytes")
	fs.IntVar(&f.maxDecodeDepth, "max-decode-depth", 5, "rounds of decoding (base64, hex, percent, unicode escapes) to look for hidden secrets")
	fs.IntVar(&f.maxArchiveDepth, "max-archive-depth", archive.DefaultMaxDepth, "how deep to read nested archives")
	fs.StringVar(&f.minConfidence, "min-confidence", "low", "report only findings at least this sure to be a secret: low (everything), medium (not generic rules) or high (provider prefixes and checksums)")
}

// validFormat reports whether --format names a report format and
// --min-confidence a confidence, and says so when one does not.
func (f *scanFlags) validFormat(stdio IO) bool {
	if _, ok := confidenceRank[f.minConfidence]; !ok {
		fmt.Fprintf(stdio.Stderr, "secretvet: unknown --min-confidence %q (low, medium or high)\n", f.minConfidence)
		return false
	}
	switch f.format {
	case "text", "json", "sarif":
		return true
	}
	fmt.Fprintf(stdio.Stderr, "secretvet: unknown --format %q (text, json or sarif)\n", f.format)
	return false
}

// confidenceRank orders the confidences for --min-confidence. A finding
// without one (a dt-app check, not a rule match) is not filtered.
var confidenceRank = map[string]int{"low": 0, "medium": 1, "high": 2}

// belowConfidence splits fs into the findings at or above min and the
// number below it.
func belowConfidence(fs []finding.Finding, min string) ([]finding.Finding, int) {
	floor := confidenceRank[min]
	if floor == 0 {
		return fs, 0
	}
	kept := fs[:0:0]
	for _, f := range fs {
		if r, ok := confidenceRank[f.Confidence]; ok && r < floor {
			continue
		}
		kept = append(kept, f)
	}
	return kept, len(fs) - len(kept)
}

// scanner builds the pipeline for the rule config and the flags.
func (f *scanFlags) scanner(cfg *rules.Config) *pipeline.Scanner {
	return &pipeline.Scanner{
		Engine:  rules.New(cfg, rules.Options{MaxDecodeDepth: f.maxDecodeDepth}),
		Archive: archive.Limits{MaxDepth: f.maxArchiveDepth},
	}
}

// loadSuppression loads the ignore file (ignoreFile, else .secretvetignore
// at root when there is one) and, when baseline is set, the baseline.
func loadSuppression(ignoreFile, baseline, root string) (*suppress.Set, error) {
	ignorePath := ignoreFile
	if ignorePath == "" && root != "" {
		ignorePath = filepath.Join(root, suppress.IgnoreFileName)
	}
	sup, err := suppress.LoadIgnoreFile(ignorePath)
	if err != nil {
		return nil, err
	}
	if baseline != "" {
		b, err := suppress.LoadBaseline(baseline)
		if err != nil {
			return nil, err
		}
		sup = sup.Merge(b)
	}
	return sup, nil
}

// report applies suppression to res, renders it as the flags say and
// returns the exit status: findings left make it ExitFindings.
// Stale entries are reported only when whole is set: after a scan of part
// of a project (one file, the staged changes, a range) every entry for the
// rest would look stale, and removing them would break the next full scan.
func (f *scanFlags) report(res *finding.Result, sup *suppress.Set, root string, whole bool, stdio IO) (code int) {
	kept, suppressed, stale := sup.Apply(res.Findings)
	// After the ignore file and baseline, so that their entries for
	// low-confidence findings are not reported as stale.
	kept, unsure := belowConfidence(kept, f.minConfidence)
	res.Findings = kept
	if whole {
		res.Stale = stale
	}
	res.Stats.Suppressed = suppressed + unsure
	res.Stats.Findings = len(kept)

	out := stdio.Stdout
	terminal := stdio.Terminal
	if f.output != "" {
		file, err := os.Create(f.output)
		if err != nil {
			fmt.Fprintf(stdio.Stderr, "secretvet: %v\n", err)
			return ExitError
		}
		out, terminal = file, false
		defer func() {
			if err := file.Close(); err != nil && code != ExitError {
				fmt.Fprintf(stdio.Stderr, "secretvet: writing the report: %v\n", err)
				code = ExitError
			}
		}()
	}
	o := report.Options{
		ShowSecrets: f.showSecrets,
		Color:       terminal && !f.noColor && os.Getenv("NO_COLOR") == "",
		ToolName:    "secretvet",
		ToolVersion: Version,
		Root:        root,
	}
	render := map[string]report.RenderFunc{
		"text": text.Render, "json": jsonreport.Render, "sarif": sarif.Render,
	}[f.format]
	if err := render(out, res, o); err != nil {
		fmt.Fprintf(stdio.Stderr, "secretvet: writing the report: %v\n", err)
		return ExitError
	}
	if f.output != "" && f.format != "text" && len(res.Findings) > 0 {
		fmt.Fprintf(stdio.Stderr, "secretvet: %d findings, report in %s\n", len(res.Findings), f.output)
	}
	if len(res.Findings) > 0 {
		return ExitFindings
	}
	return ExitClean
}

func writeBaselineFile(fs []finding.Finding, output string, stdio IO) int {
	w := stdio.Stdout
	if output != "" {
		file, err := os.Create(output)
		if err != nil {
			fmt.Fprintf(stdio.Stderr, "secretvet: %v\n", err)
			return ExitError
		}
		defer file.Close()
		w = file
	}
	if err := suppress.WriteBaseline(w, fs); err != nil {
		fmt.Fprintf(stdio.Stderr, "secretvet: writing the baseline: %v\n", err)
		return ExitError
	}
	fmt.Fprintf(stdio.Stderr, "secretvet: baseline of %d findings written\n", len(fs))
	return ExitClean
}

// scanRoot is the folder whose .secretvet.toml, .gitleaks.toml and
// .secretvetignore apply: the first root that is a folder, or the folder
// of the first file.
func scanRoot(roots []string) string {
	for _, r := range roots {
		if r == "-" {
			continue
		}
		if st, err := os.Stat(r); err == nil {
			if st.IsDir() {
				return r
			}
			return filepath.Dir(r)
		}
	}
	return "."
}

// loadConfig loads --config, else a config at the root, else the default
// rule set. It returns the path it read ("" for the default set).
func loadConfig(flagPath, root string) (*rules.Config, string, error) {
	if flagPath != "" {
		c, err := rules.Load(flagPath)
		return c, flagPath, err
	}
	for _, n := range []string{".secretvet.toml", ".gitleaks.toml"} {
		p := filepath.Join(root, n)
		if _, err := os.Stat(p); err == nil {
			c, err := rules.Load(p)
			return c, p, err
		}
	}
	c, err := rules.Default()
	return c, "", err
}

func runRules(args []string, stdio IO) int {
	fs := pflag.NewFlagSet("rules", pflag.ContinueOnError)
	fs.SetOutput(stdio.Stderr)
	config := fs.StringP("config", "c", "", "rule config (gitleaks TOML)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			return ExitClean
		}
		return ExitError
	}
	cfg, _, err := loadConfig(*config, ".")
	if err != nil {
		fmt.Fprintf(stdio.Stderr, "secretvet: %v\n", err)
		return ExitError
	}
	w := tabwriter.NewWriter(stdio.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, "ID\tFAMILY\tCONFIDENCE\tVALIDATED\tDESCRIPTION")
	for _, r := range cfg.Rules {
		family := r.Family
		if family == "" {
			family = strings.SplitN(r.ID, "-", 2)[0]
		}
		validated := "no"
		if r.Validate != "" {
			validated = "yes (" + r.Validate + ")"
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\n", r.ID, family, pipeline.Confidence(r), validated, r.Description)
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintf(stdio.Stderr, "secretvet: %v\n", err)
		return ExitError
	}
	return ExitClean
}
