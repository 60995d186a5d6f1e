package cli

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/pflag"
	"golang.org/x/term"

	"github.com/secretvet/secretvet/finding"
	"github.com/secretvet/secretvet/source/history"
)

// runGit is `secretvet git [flags] [REPO]`: the history of a repository,
// what is staged (--staged) or what a push sends (--pre-push).
func runGit(args []string, stdio IO) int {
	limitHeap()
	fs := pflag.NewFlagSet("git", pflag.ContinueOnError)
	fs.SetOutput(stdio.Stderr)
	var f scanFlags
	f.define(fs, "the repository's top folder")
	var o history.Options
	var since string
	var staged, prePush, noProgress bool
	fs.StringVar(&o.Range, "range", "", "scan only what B adds to A: the commits reachable from B and not from A (A..B)")
	fs.StringVar(&o.Branch, "branch", "", "scan only the commits reachable from this branch (or tag, or commit)")
	fs.StringVar(&since, "since", "", "scan only commits committed since this date (2024-01-31, RFC 3339, or an age: 90d, 2w, 12h)")
	fs.IntVar(&o.MaxCommits, "max-commits", 0, "scan only this many of the newest selected commits (0: all)")
	fs.BoolVar(&staged, "staged", false, "scan what is staged for the next commit (for a pre-commit hook)")
	fs.BoolVar(&prePush, "pre-push", false, "scan what a push sends: reads a pre-push hook's standard input (or pre-commit's PRE_COMMIT_FROM_REF/TO_REF)")
	fs.BoolVar(&noProgress, "no-progress", false, "no progress bar on standard error")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			return ExitClean
		}
		return ExitError
	}
	if !f.validFormat(stdio) {
		return ExitError
	}
	if fs.NArg() > 1 {
		fmt.Fprintln(stdio.Stderr, "secretvet git: one repository at a time")
		return ExitError
	}
	selectors := 0
	for _, set := range []bool{staged, prePush, o.Range != "", o.Branch != ""} {
		if set {
			selectors++
		}
	}
	if selectors > 1 {
		fmt.Fprintln(stdio.Stderr, "secretvet git: --staged, --pre-push, --range and --branch do not combine")
		return ExitError
	}
	if since != "" {
		t, err := parseSince(since, time.Now())
		if err != nil {
			fmt.Fprintf(stdio.Stderr, "secretvet git: %v\n", err)
			return ExitError
		}
		o.Since = t
	}
	path := "."
	if fs.NArg() == 1 {
		path = fs.Arg(0)
	}
	repo, err := history.Open(path)
	if err != nil {
		fmt.Fprintf(stdio.Stderr, "secretvet git: %v\n", err)
		return ExitError
	}
	root := repo.Root()

	cfg, _, err := loadConfig(f.config, root)
	if err != nil {
		fmt.Fprintf(stdio.Stderr, "secretvet: %v\n", err)
		return ExitError
	}
	sup, err := loadSuppression(f.ignoreFile, f.baseline, root)
	if err != nil {
		fmt.Fprintf(stdio.Stderr, "secretvet: %v\n", err)
		return ExitError
	}
	s := f.scanner(cfg)
	o.MaxFileSize = f.maxFileSize

	ctx := context.Background()
	var res *finding.Result
	switch {
	case staged:
		res, err = history.Staged(ctx, repo, s, o)
	default:
		if prePush {
			push, err := readPush(stdio.Stdin)
			if err != nil {
				fmt.Fprintf(stdio.Stderr, "secretvet git --pre-push: %v\n", err)
				return ExitError
			}
			if len(push.Include) == 0 {
				// Nothing is pushed but deletions.
				res = &finding.Result{Findings: []finding.Finding{}, Skipped: []finding.Skipped{}}
				break
			}
			o.Include, o.Exclude, o.ExcludeRemotes = push.Include, push.Exclude, push.ExcludeRemotes
		}
		if !noProgress {
			if bar := newProgress(stdio.Stderr); bar != nil {
				o.Progress = bar
			}
		}
		res, err = history.Scan(ctx, repo, s, o)
	}
	if err != nil {
		fmt.Fprintf(stdio.Stderr, "secretvet git: %v\n", err)
		return ExitError
	}
	whole := !staged && !prePush && o.Range == "" && o.Branch == "" && since == "" && o.MaxCommits == 0
	return f.report(res, sup, root, whole, stdio)
}

// push is the range a pre-push hook is about.
type push struct {
	Include, Exclude []string
	ExcludeRemotes   bool
}

const zeroSHA = "0000000000000000000000000000000000000000"

// readPush reads what git tells a pre-push hook on standard input, one line
// per ref pushed: "<local ref> <local sha> <remote ref> <remote sha>". The
// commits to scan are those of the local shas that the remote does not
// have: not reachable from the remote sha, or, for a new branch (remote sha
// all zeros), from any remote-tracking branch. The pre-commit framework
// does not pass those lines; it sets PRE_COMMIT_FROM_REF and
// PRE_COMMIT_TO_REF instead, which are used when set.
func readPush(stdin io.Reader) (push, error) {
	var p push
	if from, to := os.Getenv("PRE_COMMIT_FROM_REF"), os.Getenv("PRE_COMMIT_TO_REF"); to != "" {
		p.Include = []string{to}
		if from != "" && from != zeroSHA {
			p.Exclude = []string{from}
		} else {
			p.ExcludeRemotes = true
		}
		return p, nil
	}
	if stdin == nil {
		return p, nil
	}
	sc := bufio.NewScanner(stdin)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		fields := strings.Fields(line)
		if len(fields) != 4 {
			return p, fmt.Errorf("line %d: want \"<local ref> <local sha> <remote ref> <remote sha>\", got %q", n, line)
		}
		local, remote := fields[1], fields[3]
		if local == zeroSHA {
			continue // a deletion sends nothing
		}
		p.Include = append(p.Include, local)
		if remote == zeroSHA {
			p.ExcludeRemotes = true
		} else {
			p.Exclude = append(p.Exclude, remote)
		}
	}
	if err := sc.Err(); err != nil {
		return p, fmt.Errorf("reading standard input: %w", err)
	}
	return p, nil
}

// parseSince reads --since: a date, an RFC 3339 time, or an age before now
// (90d, 2w, 12h, 30m).
func parseSince(s string, now time.Time) (time.Time, error) {
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02"} {
		if t, err := time.ParseInLocation(layout, s, time.Local); err == nil {
			return t, nil
		}
	}
	if n := len(s); n > 1 {
		if v, err := strconv.Atoi(s[:n-1]); err == nil && v >= 0 {
			switch s[n-1] {
			case 'd':
				return now.AddDate(0, 0, -v), nil
			case 'w':
				return now.AddDate(0, 0, -7*v), nil
			case 'y':
				return now.AddDate(-v, 0, 0), nil
			}
		}
	}
	if d, err := time.ParseDuration(s); err == nil && d >= 0 {
		return now.Add(-d), nil
	}
	return time.Time{}, fmt.Errorf("--since %q: want a date (2024-01-31), an RFC 3339 time or an age (90d, 2w, 12h)", s)
}

// progress draws a progress bar of commits (count, rate, time left) and
// bytes scanned on standard error.
type progress struct {
	mu    sync.Mutex
	w     io.Writer
	bar   *progressbar.ProgressBar
	bytes int64
	start time.Time
	shown time.Time
}

// newProgress returns a progress bar on w when w is a terminal, else nil:
// logs of CI jobs and redirected output get no bar.
func newProgress(w io.Writer) *progress {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	return &progress{w: w}
}

func (p *progress) Start(commits int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.start = time.Now()
	p.bar = progressbar.NewOptions(commits,
		progressbar.OptionSetWriter(p.w),
		progressbar.OptionSetDescription("history"),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("commits"),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionSetWidth(24),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionClearOnFinish(),
	)
}

func (p *progress) Advance(commits int, bytes int64) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.bar == nil {
		return
	}
	p.bytes += bytes
	if now := time.Now(); now.Sub(p.shown) > 200*time.Millisecond {
		p.shown = now
		rate := ""
		if secs := now.Sub(p.start).Seconds(); secs > 0.5 {
			rate = ", " + humanBytes(int64(float64(p.bytes)/secs)) + "/s"
		}
		p.bar.Describe("history: " + humanBytes(p.bytes) + rate)
	}
	if commits > 0 {
		p.bar.Add(commits)
	}
}

func (p *progress) Finish() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.bar != nil {
		p.bar.Finish()
	}
}

func humanBytes(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}

// historyHeapLimit is the soft heap limit of a history scan. A scan streams
// blobs, so its live heap is the engine (about 15 MiB with every rule
// compiled), the caches (delta bases, trees, each bounded) and the blobs in
// flight: about 30 MiB on the history of a large module, whatever its
// length. Without a limit the Go runtime lets the heap grow to twice that
// between collections; too close to the live heap, it collects all the
// time. Measured with scripts/bench-history.sh (40 versions): 40 MiB costs
// 25% more time than 44 MiB for 2 MB less RSS, 48 MiB gains nothing. The
// limit is soft: a larger live heap is allowed, with collection capped at
// half the CPU.
const historyHeapLimit = 44 << 20

// limitHeap sets historyHeapLimit unless the user set GOMEMLIMIT.
func limitHeap() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(historyHeapLimit)
	}
}
