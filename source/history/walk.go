package history

import (
	"container/heap"
	"errors"
	"fmt"
	"time"

	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/object"
	"github.com/go-git/go-git/v5/plumbing/storer"

	"github.com/secretvet/secretvet/finding"
)

// selection is which commits to scan: those reachable from include and not
// from exclude, newer than since, at most max of the newest.
type selection struct {
	include, exclude []plumbing.Hash
	since            time.Time
	max              int
}

// node is a selected commit: just enough to order the selection; the
// commit itself is read again when its turn comes, so that a long history
// costs little memory.
type node struct {
	hash    plumbing.Hash
	parents []plumbing.Hash
}

type walkFlag uint8

const (
	queued walkFlag = 1 << iota // pushed as interesting
	hidden                      // reachable from an excluded commit
)

type entry struct {
	c      *object.Commit
	hidden bool
}

// queue pops the newest commit first.
type queue []entry

func (q queue) Len() int           { return len(q) }
func (q queue) Less(i, j int) bool { return q[i].c.Committer.When.After(q[j].c.Committer.When) }
func (q queue) Swap(i, j int)      { q[i], q[j] = q[j], q[i] }
func (q *queue) Push(x any)        { *q = append(*q, x.(entry)) }
func (q *queue) Pop() any {
	old := *q
	e := old[len(old)-1]
	*q = old[:len(old)-1]
	return e
}

// commits selects the commits of sel and returns them oldest first, each
// after its parents (topological order), so that the first commit that
// shows a blob is the one that introduced it. Commits that cannot be read
// are reported as skipped, not fatal.
//
// The walk goes newest first by committer date, as git rev-list does, and
// stops as soon as only excluded commits are left to walk: a range over a
// long history reads little more than the range.
func commits(s storer.EncodedObjectStorer, sel selection, skip func(finding.Skipped)) []node {
	flags := map[plumbing.Hash]walkFlag{}
	var q queue
	interesting := 0
	push := func(c *object.Commit, hide bool) {
		heap.Push(&q, entry{c, hide})
		if !hide {
			interesting++
		}
	}
	load := func(h plumbing.Hash) (*object.Commit, error) {
		c, err := object.GetCommit(s, h)
		if err != nil {
			return nil, fmt.Errorf("commit %s: %w", short(h), objectErr(err))
		}
		return c, nil
	}
	for _, h := range sel.exclude {
		if flags[h]&hidden != 0 {
			continue
		}
		flags[h] |= hidden
		if c, err := load(h); err == nil {
			push(c, true)
		}
	}
	for _, h := range sel.include {
		if flags[h] != 0 {
			continue
		}
		c, err := load(h)
		if err != nil {
			skip(finding.Skipped{Path: ".", Reason: err.Error()})
			continue
		}
		flags[h] |= queued
		push(c, false)
	}

	var picked []node
	for q.Len() > 0 && interesting > 0 {
		e := heap.Pop(&q).(entry)
		if !e.hidden {
			interesting--
		}
		c := e.c
		if e.hidden || flags[c.Hash]&hidden != 0 {
			// Everything behind an excluded commit is excluded too.
			for _, p := range c.ParentHashes {
				if flags[p]&hidden == 0 {
					flags[p] |= hidden
					if pc, err := load(p); err == nil {
						push(pc, true)
					}
				}
			}
			continue
		}
		if !sel.since.IsZero() && c.Committer.When.Before(sel.since) {
			continue
		}
		picked = append(picked, node{hash: c.Hash, parents: c.ParentHashes})
		for _, p := range c.ParentHashes {
			if flags[p] != 0 {
				continue
			}
			pc, err := load(p)
			if err != nil {
				// A missing parent (shallow clone, damaged repository) is
				// reported when the child is diffed.
				flags[p] |= queued
				continue
			}
			flags[p] |= queued
			push(pc, false)
		}
	}
	// With clock skew a commit can be picked before the walk learns it is
	// behind an excluded one.
	kept := picked[:0]
	for _, n := range picked {
		if flags[n.hash]&hidden == 0 {
			kept = append(kept, n)
		}
	}
	picked = kept
	if sel.max > 0 && len(picked) > sel.max {
		picked = picked[:sel.max]
	}
	return topoOrder(picked)
}

// topoOrder returns the commits (newest first, as walked) oldest first, each
// after those of its parents that are in the list.
func topoOrder(newestFirst []node) []node {
	index := make(map[plumbing.Hash]int, len(newestFirst))
	for i, n := range newestFirst {
		index[n.hash] = i
	}
	done := make([]bool, len(newestFirst))
	out := make([]node, 0, len(newestFirst))
	type frame struct{ i, next int }
	var stack []frame
	for start := len(newestFirst) - 1; start >= 0; start-- {
		if done[start] {
			continue
		}
		done[start] = true
		stack = append(stack[:0], frame{start, 0})
		for len(stack) > 0 {
			top := &stack[len(stack)-1]
			n := newestFirst[top.i]
			if top.next < len(n.parents) {
				p := n.parents[top.next]
				top.next++
				if j, ok := index[p]; ok && !done[j] {
					done[j] = true
					stack = append(stack, frame{j, 0})
				}
				continue
			}
			out = append(out, n)
			stack = stack[:len(stack)-1]
		}
	}
	return out
}

// objectErr names the usual ways an object read fails in words a user
// understands.
func objectErr(err error) error {
	if errors.Is(err, plumbing.ErrObjectNotFound) {
		return fmt.Errorf("object missing from the repository: %w", err)
	}
	return err
}
