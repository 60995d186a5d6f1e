package history

import (
	"bytes"
	"cmp"
	"context"
	"fmt"
	"hash/fnv"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/object"
	"github.com/go-git/go-git/v5/storage/filesystem"

	"github.com/secretvet/secretvet/finding"
	"github.com/secretvet/secretvet/fragment"
	"github.com/secretvet/secretvet/pipeline"
	"github.com/secretvet/secretvet/rules/remediation"
	"github.com/secretvet/secretvet/source/files"
)

// Options select the history to scan and tune the scan. The zero value
// scans every commit of every ref.
type Options struct {
	// Branch limits the scan to the commits reachable from this branch (or
	// any revision: a tag, a remote branch, a hash).
	Branch string
	// Range "A..B" scans the commits reachable from B and not from A: what
	// a pull request from B into A adds.
	Range string
	// Include and Exclude are revisions for callers that build a range of
	// their own (a pre-push hook: the local commits, minus what the remote
	// has). ExcludeRemotes also excludes everything on refs/remotes/.
	Include, Exclude []string
	ExcludeRemotes   bool
	// Since skips commits committed before it.
	Since time.Time
	// MaxCommits scans only this many of the newest selected commits.
	MaxCommits int
	// MaxFileSize skips larger blobs; zero means files.DefaultMaxFileSize.
	MaxFileSize int64
	// Workers is the number of blobs read and scanned at once; zero means
	// every core.
	Workers int
	// Progress, when set, hears how far the scan is.
	Progress Progress
	// OnScan, when set, is called (from several goroutines) each time a
	// blob's content is handed to the scanner.
	OnScan func(blob, path string)
}

// Progress hears how a scan advances. Calls may come from several
// goroutines.
type Progress interface {
	// Start is called once the number of commits to scan is known.
	Start(commits int)
	// Advance adds commits diffed and bytes scanned.
	Advance(commits int, bytes int64)
	// Finish is called when the scan is over.
	Finish()
}

// job is one blob to scan.
type job struct {
	blob plumbing.Hash
	// before is the blob the same path held before, when it was not
	// scanned in this selection: secrets it already held were not added
	// here and are not reported.
	before plumbing.Hash
	// prev is the blob the same path held before, when it was scanned in
	// this selection: only the lines that changed since need scanning.
	prev   plumbing.Hash
	origin fragment.Origin
	order  int  // position of the introducing commit, oldest first
	tip    bool // the blob is in the tip's tree
}

// scanned is what scanning one job gave.
type scanned struct {
	job
	out     pipeline.Output
	scanned bool
	// partial: only the changed lines were scanned.
	partial bool
	bytes   int64
	old     map[string]bool // fingerprints of job.before
}

// Scan scans the history that o selects in repository r with s. Each
// distinct blob is read and scanned once, attributed to the oldest selected
// commit that introduced it (the commit whose first-parent diff adds or
// modifies it). A secret (same fingerprint at the same path) found in
// several blobs is reported once, at its oldest commit and at its line in
// that commit's blob, with still_present telling whether the tip (HEAD,
// the --branch or the range's end) still holds it anywhere.
//
// Damaged repositories (missing or corrupt objects, shallow clones) and
// content that is not scanned (binary, LFS pointers, submodules, too large)
// are reported as skipped entries. The error is for unusable options only.
func Scan(ctx context.Context, r *Repo, s *pipeline.Scanner, o Options) (*finding.Result, error) {
	start := time.Now()
	sel, tip, err := r.selection(o)
	if err != nil {
		return nil, err
	}
	sc := newScan(r, s, o)
	defer sc.close()

	// The walk reads commits and trees through a view of its own.
	meta := r.objects(8 << 20)
	defer meta.Close()
	order := commits(meta, sel, sc.skip)
	if o.Progress != nil {
		o.Progress.Start(len(order))
		defer o.Progress.Finish()
	}
	tr := newTrees(meta)

	tipBlobs := map[plumbing.Hash]string{}
	if !tip.IsZero() {
		if c, err := object.GetCommit(meta, tip); err != nil {
			sc.skip(finding.Skipped{Path: ".", Reason: fmt.Sprintf("tip commit %s: %v (still_present unknown)", short(tip), objectErr(err))})
		} else {
			tr.files(c.TreeHash, func(ch change) {
				if !ch.submodule {
					tipBlobs[ch.blob] = ch.path
				}
			}, sc.badTree(tip))
		}
	}

	shallow := map[plumbing.Hash]bool{}
	if hs, err := r.st.Shallow(); err == nil {
		for _, h := range hs {
			shallow[h] = true
		}
	}

	sc.startWorkers(ctx)
	seen := map[plumbing.Hash]string{} // blob → the path it was first seen at
	for i, n := range order {
		if ctx.Err() != nil {
			break
		}
		sc.commit(meta, tr, i, n, shallow, seen, tipBlobs)
		if o.Progress != nil {
			o.Progress.Advance(1, 0)
		}
	}
	sc.wait()
	sc.replace(ctx)

	res := sc.result(start)
	sc.stillPresent(res, tipBlobs, seen)
	return res, ctx.Err()
}

// selection turns the options into the commits to walk and the tip that
// still_present is about.
func (r *Repo) selection(o Options) (selection, plumbing.Hash, error) {
	sel := selection{since: o.Since, max: o.MaxCommits}
	var tip plumbing.Hash
	resolveAll := func(revs []string) ([]plumbing.Hash, error) {
		var out []plumbing.Hash
		for _, rev := range revs {
			h, err := r.resolve(rev)
			if err != nil {
				return nil, err
			}
			out = append(out, h)
		}
		return out, nil
	}
	var err error
	switch {
	case o.Range != "":
		a, b, ok := strings.Cut(o.Range, "..")
		if !ok || strings.HasPrefix(b, ".") {
			return sel, tip, fmt.Errorf("--range %q: want A..B", o.Range)
		}
		if a == "" {
			a = "HEAD"
		}
		if b == "" {
			b = "HEAD"
		}
		if sel.exclude, err = resolveAll([]string{a}); err != nil {
			return sel, tip, err
		}
		// A base that is not here (a shallow clone, a typo) would make the
		// range everything reachable from B: refuse it.
		if _, err := peel(r.st, sel.exclude[0]); err != nil {
			return sel, tip, fmt.Errorf("--range base %q is not in the repository (a shallow clone? fetch it first): %w", a, err)
		}
		if sel.include, err = resolveAll([]string{b}); err != nil {
			return sel, tip, err
		}
	case o.Branch != "":
		if sel.include, err = resolveAll([]string{o.Branch}); err != nil {
			return sel, tip, err
		}
	case len(o.Include) > 0:
		if sel.include, err = resolveAll(o.Include); err != nil {
			return sel, tip, err
		}
	default:
		if sel.include, err = r.refTips(true); err != nil {
			return sel, tip, err
		}
		if h, err := r.head(); err == nil {
			tip = h
		}
	}
	if tip.IsZero() && len(sel.include) > 0 {
		tip = sel.include[0]
	}
	ex, err := resolveAll(o.Exclude)
	if err != nil {
		return sel, tip, err
	}
	sel.exclude = append(sel.exclude, ex...)
	if o.ExcludeRemotes {
		remotes, err := r.refTips(false, "refs/remotes/")
		if err != nil {
			return sel, tip, err
		}
		sel.exclude = append(sel.exclude, remotes...)
	}
	return sel, tip, nil
}

// scan is one run: workers, their results, and what is skipped.
type scan struct {
	r       *Repo
	packs   *packSet
	s       *pipeline.Scanner
	o       Options
	limit   int64
	workers []*worker
	batch   []job
	results chan scanned
	wg      sync.WaitGroup
	done    chan struct{}

	mu          sync.Mutex
	skipped     []finding.Skipped
	skipSeen    map[string]bool
	found       map[string]*placed
	tipFP       map[string]bool
	stats       finding.Stats
	beforeCache map[plumbing.Hash]map[string]bool
	// moved are blobs seen again at another path; withFindings are the
	// blobs that hold secrets.
	moved        []job
	withFindings map[plumbing.Hash]bool
	// partialTip are tip blobs scanned only where they changed: the
	// secrets on their other lines were found in older blobs.
	partialTip map[plumbing.Hash]bool
}

// placed is a finding with the position of its commit.
type placed struct {
	f     finding.Finding
	order int
}

type worker struct {
	st    *filesystem.Storage
	packs *packReader
	jobs  chan job
	// old holds the lines of the previous version of the file at hand.
	old lineSet
}

func newScan(r *Repo, s *pipeline.Scanner, o Options) *scan {
	n := o.Workers
	if n <= 0 {
		n = runtime.GOMAXPROCS(0)
	}
	limit := o.MaxFileSize
	if limit <= 0 {
		limit = files.DefaultMaxFileSize
	}
	sc := &scan{
		r: r, s: s, o: o, limit: limit,
		results:      make(chan scanned, 64),
		done:         make(chan struct{}),
		skipSeen:     map[string]bool{},
		found:        map[string]*placed{},
		tipFP:        map[string]bool{},
		beforeCache:  map[plumbing.Hash]map[string]bool{},
		withFindings: map[plumbing.Hash]bool{},
		partialTip:   map[plumbing.Hash]bool{},
	}
	sc.packs = openPacks(r.CommonDir())
	for range n {
		// Each worker reads packed blobs with a cache of its own for the
		// delta bases of the files it is given, and the rest through its
		// own view of the object database.
		sc.workers = append(sc.workers, &worker{
			st:    r.objects(4 << 20),
			packs: newPackReader(sc.packs, workerCacheBytes),
			jobs:  make(chan job, 32),
		})
	}
	return sc
}

// workerCacheBytes bounds each worker's cache of recently read objects.
const workerCacheBytes = 4 << 20

func (sc *scan) close() {
	sc.packs.close()
	for _, w := range sc.workers {
		w.st.Close()
	}
}

// skip records a skipped entry once per path and reason: a binary file
// changed in a hundred commits is one entry.
func (sc *scan) skip(sk finding.Skipped) {
	sc.mu.Lock()
	defer sc.mu.Unlock()
	k := sk.Path + "\x00" + sk.Member + "\x00" + sk.Reason
	if sc.skipSeen[k] {
		return
	}
	sc.skipSeen[k] = true
	sc.skipped = append(sc.skipped, sk)
}

func (sc *scan) badTree(commit plumbing.Hash) func(string, error) {
	return func(p string, err error) {
		sc.skip(finding.Skipped{Path: p, Reason: fmt.Sprintf("commit %s: %v (not scanned)", short(commit), err)})
	}
}

// commit diffs commit n against its first parent and hands the blobs not
// seen yet to the workers.
func (sc *scan) commit(meta *filesystem.Storage, tr *trees, order int, n node, shallow map[plumbing.Hash]bool, seen, tipBlobs map[plumbing.Hash]string) {
	c, err := object.GetCommit(meta, n.hash)
	if err != nil {
		sc.skip(finding.Skipped{Path: ".", Reason: fmt.Sprintf("commit %s: %v (not scanned)", short(n.hash), objectErr(err))})
		return
	}
	var parentTree plumbing.Hash
	if len(c.ParentHashes) > 0 {
		p := c.ParentHashes[0]
		pc, err := object.GetCommit(meta, p)
		switch {
		case err == nil:
			parentTree = pc.TreeHash
		case shallow[n.hash]:
			sc.skip(finding.Skipped{Path: ".", Reason: fmt.Sprintf("shallow clone: history before commit %s is not in the repository; its whole tree is scanned as if it were the first commit", short(n.hash))})
		default:
			sc.skip(finding.Skipped{Path: ".", Reason: fmt.Sprintf("commit %s: parent %s: %v; its whole tree is scanned as if it were the first commit", short(n.hash), short(p), objectErr(err))})
		}
	}
	origin := fragment.Origin{
		Commit: c.Hash.String(),
		Author: c.Author.Name,
		Email:  c.Author.Email,
		Date:   c.Author.When.UTC().Format(time.RFC3339),
	}
	tr.diff(parentTree, c.TreeHash, "", func(ch change) {
		if ch.submodule {
			sc.skip(finding.Skipped{Path: ch.path, Reason: ReasonSubmodule})
			return
		}
		if sc.s.Engine.PathAllowed(ch.path, origin.Commit) {
			sc.skip(finding.Skipped{Path: ch.path, Reason: files.ReasonAllowlist})
			return
		}
		j := job{blob: ch.blob, origin: origin, order: order}
		j.origin.Path = ch.path
		_, j.tip = tipBlobs[ch.blob]
		if first, ok := seen[ch.blob]; ok {
			if first != ch.path {
				// Copied or renamed: placed here too if it holds secrets.
				sc.moved = append(sc.moved, j)
			}
			return
		}
		seen[ch.blob] = ch.path
		if !ch.before.IsZero() {
			if _, ok := seen[ch.before]; ok {
				j.prev = ch.before
			} else {
				j.before = ch.before
			}
		}
		sc.dispatch(j)
	}, sc.badTree(c.Hash))
}

// batchJobs is how many jobs the walk gathers before it hands them out.
const batchJobs = 8192

// dispatch queues j. The jobs of a batch go to the workers file by file,
// each file's versions newest first, each file to a worker chosen by its
// path: git packs store the newest version of a file whole and the older
// ones as deltas of the newer, so a worker that reads a file's versions
// one after the other, newest first, applies each delta once, to the
// version it has just read (still in its cache). Findings do not depend on
// this order: each is kept at its oldest commit.
func (sc *scan) dispatch(j job) {
	sc.batch = append(sc.batch, j)
	if len(sc.batch) >= batchJobs {
		sc.flush()
	}
}

func (sc *scan) flush() {
	slices.SortStableFunc(sc.batch, func(a, b job) int {
		return cmp.Or(strings.Compare(a.origin.Path, b.origin.Path), b.order-a.order)
	})
	for _, j := range sc.batch {
		h := fnv.New32a()
		h.Write([]byte(j.origin.Path))
		sc.workers[h.Sum32()%uint32(len(sc.workers))].jobs <- j
	}
	sc.batch = sc.batch[:0]
}

func (sc *scan) startWorkers(ctx context.Context) {
	for _, w := range sc.workers {
		sc.wg.Add(1)
		go func() {
			defer sc.wg.Done()
			for j := range w.jobs {
				if ctx.Err() != nil {
					continue
				}
				sc.results <- sc.scanJob(w, j)
			}
		}()
	}
	go func() {
		for r := range sc.results {
			sc.collect(r)
		}
		close(sc.done)
	}()
}

// wait closes the job queues and waits for every result.
func (sc *scan) wait() {
	sc.flush()
	for _, w := range sc.workers {
		close(w.jobs)
	}
	sc.wg.Wait()
	close(sc.results)
	<-sc.done
}

func (sc *scan) scanJob(w *worker, j job) scanned {
	res := scanned{job: j}
	data, reason, err := w.readBlob(j.blob, sc.limit)
	switch {
	case err != nil:
		where := ""
		if j.origin.Commit != "" {
			where = " in commit " + j.origin.Commit[:7]
		}
		sc.skip(finding.Skipped{Path: j.origin.Path, Reason: fmt.Sprintf("blob %s%s: %v (not scanned)", short(j.blob), where, err)})
		return res
	case reason != "":
		sc.skip(finding.Skipped{Path: j.origin.Path, Reason: reason})
		return res
	}
	if sc.o.OnScan != nil {
		sc.o.OnScan(j.blob.String(), j.origin.Path)
	}
	// A new version of a file is scanned where it differs from the one
	// before it (read now: it is a delta of this one, which is cached).
	var changed []pipeline.LineRange
	if !j.prev.IsZero() {
		if old, reason, err := w.readBlob(j.prev, sc.limit); err == nil && reason == "" {
			w.old.fill(old)
			changed = changedLines(data, &w.old)
		}
	}
	res.out = sc.s.FileChanged(j.origin, data, changed)
	res.scanned, res.partial, res.bytes = true, changed != nil, int64(len(data))
	if len(res.out.Findings) > 0 && !j.before.IsZero() {
		res.old = sc.before(w, j)
	}
	return res
}

// before returns the fingerprints of j.before, scanning it once.
func (sc *scan) before(w *worker, j job) map[string]bool {
	sc.mu.Lock()
	fps, ok := sc.beforeCache[j.before]
	sc.mu.Unlock()
	if ok {
		return fps
	}
	data, reason, err := w.readBlob(j.before, sc.limit)
	if err == nil && reason == "" {
		if sc.o.OnScan != nil {
			sc.o.OnScan(j.before.String(), j.origin.Path)
		}
		o := j.origin
		out := sc.s.FileAt(o, data)
		for _, f := range out.Findings {
			if fps == nil {
				fps = map[string]bool{}
			}
			fps[f.Fingerprint] = true
		}
	}
	sc.mu.Lock()
	sc.beforeCache[j.before] = fps
	sc.mu.Unlock()
	return fps
}

// collect merges one blob's findings: a secret at a path is kept at its
// oldest commit.
func (sc *scan) collect(r scanned) {
	if sc.o.Progress != nil && r.bytes > 0 {
		sc.o.Progress.Advance(0, r.bytes)
	}
	sc.mu.Lock()
	defer sc.mu.Unlock()
	if r.scanned {
		sc.stats.Files++
		sc.stats.Bytes += r.bytes
		sc.stats.Fragments += r.out.Fragments
	}
	for _, sk := range r.out.Skipped {
		k := sk.Path + "\x00" + sk.Member + "\x00" + sk.Reason
		if !sc.skipSeen[k] {
			sc.skipSeen[k] = true
			sc.skipped = append(sc.skipped, sk)
		}
	}
	if len(r.out.Findings) > 0 {
		sc.withFindings[r.blob] = true
	}
	if r.partial && r.tip {
		sc.partialTip[r.blob] = true
	}
	for _, f := range r.out.Findings {
		if r.tip {
			sc.tipFP[f.Fingerprint] = true
		}
		if r.old[f.Fingerprint] {
			continue // the secret was there before this selection
		}
		k := f.Fingerprint + "\x00" + f.Path + "\x00" + f.Member
		if p, ok := sc.found[k]; ok && (p.order < r.order || p.order == r.order && p.f.Line <= f.Line) {
			continue
		}
		sc.found[k] = &placed{f: f, order: r.order}
	}
}

// replace places the secrets of blobs that were copied or renamed at their
// new paths too: the blob is scanned again for each new path, which is rare
// (only blobs that hold secrets) and exact (rules and remediation depend on
// the path).
func (sc *scan) replace(ctx context.Context) {
	for _, j := range sc.moved {
		if ctx.Err() != nil {
			return
		}
		if sc.withFindings[j.blob] {
			r := sc.scanJob(sc.workers[0], j)
			r.scanned, r.bytes = false, 0 // counted when first scanned
			sc.collect(r)
		}
	}
	sc.moved = nil
}

// result gathers the findings and skipped entries.
func (sc *scan) result(start time.Time) *finding.Result {
	res := &finding.Result{Findings: make([]finding.Finding, 0, len(sc.found)), Skipped: sc.skipped, Stats: sc.stats}
	if res.Skipped == nil {
		res.Skipped = []finding.Skipped{}
	}
	for _, p := range sc.found {
		res.Findings = append(res.Findings, p.f)
	}
	pipeline.Sort(res.Findings)
	res.Stats.Findings = len(res.Findings)
	res.Stats.Skipped = len(res.Skipped)
	res.Stats.Seconds = time.Since(start).Seconds()
	return res
}

// stillPresent sets still_present on every finding: whether any blob of the
// tip's tree holds the same secret (same fingerprint), wherever it is now.
// Tip blobs scanned during the walk are known; the others (a range scan
// leaves most of the tree unscanned) are searched, only when some finding
// is not known to be present, for the secret's text, and scanned when it is
// there.
func (sc *scan) stillPresent(res *finding.Result, tipBlobs, seen map[plumbing.Hash]string) {
	var missing []string
	missingAt := map[string]bool{}
	for i := range res.Findings {
		if !sc.tipFP[res.Findings[i].Fingerprint] && res.Findings[i].Secret != "" {
			missing = append(missing, res.Findings[i].Secret)
			missingAt[res.Findings[i].Path] = true
		}
	}
	if len(missing) > 0 {
		w := sc.workers[0]
		for h, p := range tipBlobs {
			// A tip blob scanned in part carries its other lines from the
			// file's earlier versions at the same path, whose secrets were
			// reported at that path: only those paths need a second look.
			if _, ok := seen[h]; ok && !(sc.partialTip[h] && missingAt[p]) || sc.s.Engine.PathAllowed(p, "") {
				continue
			}
			data, reason, err := w.readBlob(h, sc.limit)
			if err != nil || reason != "" || !containsAny(data, missing) {
				continue
			}
			for _, f := range sc.s.FileAt(fragment.Origin{Path: p}, data).Findings {
				sc.tipFP[f.Fingerprint] = true
			}
		}
	}
	var present []finding.Finding
	for i := range res.Findings {
		f := &res.Findings[i]
		here := sc.tipFP[f.Fingerprint]
		f.StillPresent = &here
		if !here {
			// The finding's own remediation was written for a secret still
			// in place; this one is only in history.
			f.Remediation = remediation.For(remediation.Place{
				RuleID: f.RuleID, Path: f.Path, Member: f.Member, Kind: fragment.Kind(f.Kind),
				Commit: f.Commit, Date: f.Date, StillPresent: f.StillPresent,
			})
		}
	}
	// Reuse is about places that hold the secret now.
	idx := []int{}
	for i := range res.Findings {
		if *res.Findings[i].StillPresent {
			present = append(present, res.Findings[i])
			idx = append(idx, i)
		}
	}
	pipeline.MarkReuse(present)
	for k, i := range idx {
		res.Findings[i] = present[k]
	}
}

func containsAny(data []byte, secrets []string) bool {
	for _, s := range secrets {
		if bytes.Contains(data, []byte(s)) {
			return true
		}
	}
	return false
}
