package pipeline

import (
	"context"
	"slices"
	"strconv"
	"sync"
	"time"

	"github.com/secretvet/secretvet/finding"
	"github.com/secretvet/secretvet/source/files"
)

// Run scans files, folders and "-" (stdin) with s, using every core, and
// returns all findings (unsuppressed, with reuse marked) and everything
// skipped. Its error is for unusable arguments only.
func (s *Scanner) Run(ctx context.Context, roots []string, o files.Options) (*finding.Result, error) {
	start := time.Now()
	res := &finding.Result{Findings: []finding.Finding{}, Skipped: []finding.Skipped{}}
	var mu sync.Mutex
	if o.Skip == nil {
		o.Skip = func(path string) bool { return s.Engine.PathAllowed(path, "") }
	}
	err := files.Walk(ctx, roots, o,
		func(f files.File) {
			out := s.File(f.Path, f.Data)
			mu.Lock()
			defer mu.Unlock()
			res.Stats.Files++
			res.Stats.Bytes += int64(len(f.Data))
			res.Stats.Fragments += out.Fragments
			res.Findings = append(res.Findings, out.Findings...)
			res.Skipped = append(res.Skipped, out.Skipped...)
		},
		func(sk finding.Skipped) {
			mu.Lock()
			defer mu.Unlock()
			res.Skipped = append(res.Skipped, sk)
		})
	if err != nil {
		return nil, err
	}
	Sort(res.Findings)
	MarkReuse(res.Findings)
	res.Stats.Findings = len(res.Findings)
	res.Stats.Skipped = len(res.Skipped)
	res.Stats.Seconds = time.Since(start).Seconds()
	return res, nil
}

// Sort orders findings by place (finding.Compare), so that output does not
// depend on the order in which workers finished.
func Sort(fs []finding.Finding) {
	slices.SortStableFunc(fs, finding.Compare)
}

// maxAlsoAt is how many other places a finding names before it counts.
const maxAlsoAt = 10

// MarkReuse lists, on each finding, the other places where the same secret
// was found: one secret in several places must be rotated everywhere, and
// reuse is against the Credential Vault's best practices.
func MarkReuse(fs []finding.Finding) {
	byFP := map[string][]int{}
	for i := range fs {
		byFP[fs[i].Fingerprint] = append(byFP[fs[i].Fingerprint], i)
	}
	for _, idx := range byFP {
		if len(idx) < 2 {
			continue
		}
		for _, i := range idx {
			for _, j := range idx {
				if i == j {
					continue
				}
				if len(fs[i].AlsoAt) == maxAlsoAt {
					// One secret copied into thousands of fixtures would
					// make the report quadratic: name a few, count the rest.
					fs[i].AlsoAt = append(fs[i].AlsoAt, "and "+strconv.Itoa(len(idx)-1-maxAlsoAt)+" more places")
					break
				}
				fs[i].AlsoAt = append(fs[i].AlsoAt, fs[j].Location())
			}
			fs[i].Remediation.Steps = append(fs[i].Remediation.Steps,
				"the same secret is in "+strconv.Itoa(len(idx))+" places: give each place its own credential (no reuse) and rotate this one everywhere")
		}
	}
}
