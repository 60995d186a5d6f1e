package files

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sync"

	"github.com/secretvet/secretvet/finding"
)

// DefaultMaxFileSize is the size limit when Options.MaxFileSize is not set.
const DefaultMaxFileSize = 50 << 20

// StdinPath is the display path of standard input, read for the root "-".
const StdinPath = "<stdin>"

// Reasons reported in finding.Skipped. Reasons built from a value (binary
// kind, size limit, OS error) are not listed.
const (
	ReasonGit       = "git metadata (use `secretvet git` for history)"
	ReasonSymlink   = "symbolic link (not followed)"
	ReasonSpecial   = "not a regular file"
	ReasonAllowlist = "excluded by allowlist"
)

// Options tune a walk. The zero value is ready to use.
type Options struct {
	// MaxFileSize is the largest file read, in bytes; larger files are
	// skipped with a reason. Zero or negative means DefaultMaxFileSize.
	MaxFileSize int64
	// Workers is the number of files read (and emitted) at once. Zero or
	// negative means runtime.GOMAXPROCS(0).
	Workers int
	// Skip, when set, reports whether a display path is excluded by the
	// configuration's global allowlist. An excluded directory is not entered.
	// Excluded paths, found by the walk or named as roots, are reported as
	// skipped with ReasonAllowlist: nothing is skipped silently.
	Skip func(path string) bool
	// Stdin is read for the root "-". Nil means os.Stdin.
	Stdin io.Reader
}

// File is one file to scan.
type File struct {
	// Path is the slash-separated display path: the root as given joined with
	// the path below it (so relative to the current directory when the root
	// is relative), or StdinPath for "-".
	Path string
	// Data is the whole content. It belongs to the receiver.
	Data []byte
	// Archive is set when the content starts with a zip-family signature
	// (zip, jar, war, apk, docx, ...); the caller expands it.
	Archive bool
	// Encoding names the encoding Data was decoded from ("UTF-16LE",
	// "UTF-16BE"); empty when Data is the file's bytes as they are. Lines of
	// decoded text match the file; byte columns do not.
	Encoding string
}

// Walk visits every regular file under roots (files, folders, or "-" for
// Options.Stdin) and calls emit for each file to scan and skip for each path
// not scanned, with its reason (skip may be nil). No roots means ".".
//
// emit and skip may be called concurrently from several goroutines; emit
// runs on the reader that read the file, so a slow emit holds back reading
// and at most Options.Workers files are in memory at once. Each file is read
// once, even when roots overlap. Directory entries are visited in name order,
// so the files emitted and skipped are the same on every run; the order of
// the calls is not.
//
// Symbolic links below a root are reported, not followed; a root that is a
// symbolic link is followed, because the user named it. A special file named
// as a root (a named pipe such as bash's <(cmd)) is read like stdin; one found
// by the walk is reported and never opened.
//
// Walk returns an error, before visiting anything, when a root cannot be used
// (it does not exist, or cannot be examined). Otherwise it returns
// ctx.Err(): nil unless ctx was cancelled, which stops the walk early.
// Problems with single paths (permission denied, ...) are skipped entries,
// not errors.
func Walk(ctx context.Context, roots []string, o Options, emit func(File), skip func(finding.Skipped)) error {
	if o.MaxFileSize <= 0 {
		o.MaxFileSize = DefaultMaxFileSize
	}
	if o.Workers <= 0 {
		o.Workers = runtime.GOMAXPROCS(0)
	}
	if o.Stdin == nil {
		o.Stdin = os.Stdin
	}
	if len(roots) == 0 {
		roots = []string{"."}
	}
	if skip == nil {
		skip = func(finding.Skipped) {}
	}
	plan, err := planRoots(roots)
	if err != nil {
		return err
	}

	w := &walker{
		ctx:    ctx,
		opts:   o,
		emit:   emit,
		skip:   skip,
		jobs:   make(chan job, o.Workers),
		seen:   make(map[string]bool),
		track:  plan.dirs > 1,
		rooted: plan.fileRoots,
	}
	var readers sync.WaitGroup
	for range o.Workers {
		readers.Go(func() {
			for j := range w.jobs {
				if ctx.Err() == nil {
					w.read(j)
				}
			}
		})
	}
	w.walkRoots(plan.roots)
	close(w.jobs)
	readers.Wait()
	return ctx.Err()
}

// rootKind says what a root is.
type rootKind int

const (
	rootStdin rootKind = iota
	rootDir
	rootFile    // regular file
	rootSpecial // named pipe, device: read like stdin
)

type root struct {
	kind    rootKind
	os      string // path to open, as given (cleaned)
	display string
	real    string // absolute path with symbolic links resolved, for dedup
}

type rootPlan struct {
	roots     []root
	dirs      int
	fileRoots map[string]bool // real paths of the regular files named as roots
}

// planRoots examines every root before anything is visited, so that a typo
// in the last argument fails the command before it prints findings.
func planRoots(roots []string) (rootPlan, error) {
	p := rootPlan{fileRoots: make(map[string]bool)}
	var errs []error
	for _, r := range roots {
		if r == "-" {
			p.roots = append(p.roots, root{kind: rootStdin, display: StdinPath, real: StdinPath})
			continue
		}
		if r == "" {
			errs = append(errs, errors.New(`cannot scan "": empty path`))
			continue
		}
		clean := filepath.Clean(r)
		fi, err := os.Stat(clean)
		if err != nil {
			errs = append(errs, fmt.Errorf("cannot scan %q: %w", r, err))
			continue
		}
		rt := root{os: clean, display: filepath.ToSlash(clean), real: realPath(clean)}
		switch {
		case fi.IsDir():
			rt.kind = rootDir
			p.dirs++
		case fi.Mode().IsRegular():
			rt.kind = rootFile
			p.fileRoots[rt.real] = true
		default:
			rt.kind = rootSpecial
		}
		p.roots = append(p.roots, rt)
	}
	return p, errors.Join(errs...)
}

// realPath returns path made absolute with symbolic links resolved; two
// roots that reach the same place get the same real path.
func realPath(path string) string {
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	if res, err := filepath.EvalSymlinks(path); err == nil {
		return res
	}
	return path
}

// job is a file for a reader.
type job struct {
	os      string // path to open; "" with stdin set
	display string
	stdin   bool
	special bool // named as a root and not a regular file: open blocking, read as a stream
}

type walker struct {
	ctx  context.Context
	opts Options
	emit func(File)
	skip func(finding.Skipped)
	jobs chan job

	// Used by the walking goroutine only.
	seen   map[string]bool // real paths of roots and (when track) directories visited
	track  bool            // several directory roots: remember directories to enter each once
	rooted map[string]bool // regular files named as roots: emitted as roots, not by the walk
}

func (w *walker) walkRoots(roots []root) {
	for _, r := range roots {
		if w.ctx.Err() != nil {
			return
		}
		if r.kind != rootDir && w.seen[r.real] {
			continue // the same file named twice
		}
		if r.kind != rootStdin && w.opts.Skip != nil && w.opts.Skip(r.display) {
			w.skipped(r.display, ReasonAllowlist)
			continue
		}
		switch r.kind {
		case rootStdin:
			w.seen[r.real] = true
			w.send(job{display: r.display, stdin: true})
		case rootFile:
			w.seen[r.real] = true
			w.send(job{os: r.os, display: r.display})
		case rootSpecial:
			w.seen[r.real] = true
			w.send(job{os: r.os, display: r.display, special: true})
		case rootDir:
			w.walkDir(r.os, r.display, r.real)
		}
	}
}

// walkDir visits the directory at osPath; real is its resolved absolute path.
func (w *walker) walkDir(osPath, display, real string) {
	if w.track {
		if w.seen[real] {
			return
		}
		w.seen[real] = true
	}
	entries, err := os.ReadDir(osPath)
	if err != nil {
		// ReadDir returns the entries it read before the error; scan those.
		w.skipped(display, errReason(err))
	}
	for _, e := range entries {
		if w.ctx.Err() != nil {
			return
		}
		name := e.Name()
		childOS := filepath.Join(osPath, name)
		childDisplay := filepath.ToSlash(childOS)
		if e.IsDir() && name == ".git" {
			w.skipped(childDisplay, ReasonGit)
			continue
		}
		if w.opts.Skip != nil && w.opts.Skip(childDisplay) {
			// Reported, not dropped: nothing is skipped silently. An
			// excluded folder is one entry; its content is not visited.
			w.skipped(childDisplay, ReasonAllowlist)
			continue
		}
		switch t := e.Type(); {
		case t.IsDir():
			w.walkDir(childOS, childDisplay, filepath.Join(real, name))
		case t&fs.ModeSymlink != 0:
			w.skipped(childDisplay, ReasonSymlink)
		case t.IsRegular():
			if len(w.rooted) > 0 && w.rooted[filepath.Join(real, name)] {
				continue // named as a root too: emitted once, as the root
			}
			w.send(job{os: childOS, display: childDisplay})
		default:
			w.skipped(childDisplay, ReasonSpecial)
		}
	}
}

func (w *walker) send(j job) {
	select {
	case w.jobs <- j:
	case <-w.ctx.Done():
	}
}

func (w *walker) skipped(path, reason string) {
	w.skip(finding.Skipped{Path: path, Reason: reason})
}

// errReason turns an OS error into a skip reason. The path is already in the
// skipped entry, so a *fs.PathError is shortened to "open: permission
// denied".
func errReason(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Op + ": " + pe.Err.Error()
	}
	return err.Error()
}
