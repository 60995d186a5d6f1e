package dtapp

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"

	"github.com/secretvet/secretvet/finding"
)

// maxSource bounds the size of a source file read for its SDK calls; larger
// files are built bundles, not code to review.
const maxSource = 2 << 20

// skipDirs are folders that hold no project of the user's own and no code
// of the project under review: dependencies, build output, VCS metadata.
var skipDirs = map[string]bool{"node_modules": true, ".git": true, "dist": true, "out": true, ".dt-app": true, "vendor": true}

// Review finds every dt-app project under roots and checks it: what the CLI
// runs after the scan. skip (may be nil) excludes display paths, as the
// configuration's allowlist does for the scan. It reads directory entries
// to find projects and, for each project, its app config and its code.
func Review(ctx context.Context, roots []string, skip func(path string) bool) ([]finding.Finding, []finding.Skipped) {
	projects, skipped := Find(ctx, roots, skip)
	var out []finding.Finding
	for _, p := range projects {
		if ctx.Err() != nil {
			break
		}
		files, sk := Load(p, skip)
		skipped = append(skipped, sk...)
		fs, sk := Check(p, files)
		out = append(out, fs...)
		skipped = append(skipped, sk...)
	}
	return out, skipped
}

// Find returns the folders under roots (slash display paths, joined to the
// roots as given) that hold an app config (see ConfigNames), in name order.
// A root that is itself an app config names its folder. "-" (stdin) holds
// none.
func Find(ctx context.Context, roots []string, skip func(path string) bool) ([]string, []finding.Skipped) {
	found := map[string]bool{}
	var skipped []finding.Skipped
	isConfig := map[string]bool{}
	for _, n := range ConfigNames {
		isConfig[n] = true
	}
	for _, root := range roots {
		if root == "-" {
			continue
		}
		st, err := os.Stat(root)
		if err != nil {
			continue // the scan reports unusable roots
		}
		if !st.IsDir() {
			if isConfig[filepath.Base(root)] {
				found[filepath.ToSlash(filepath.Dir(root))] = true
			}
			continue
		}
		err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			if err != nil {
				return nil // the scan reports unreadable folders
			}
			slash := filepath.ToSlash(p)
			if d.IsDir() {
				if p != root && (skipDirs[d.Name()] || skip != nil && skip(slash)) {
					return filepath.SkipDir
				}
				return nil
			}
			if isConfig[d.Name()] && (skip == nil || !skip(slash)) {
				found[filepath.ToSlash(filepath.Dir(p))] = true
			}
			return nil
		})
		if err != nil && !errors.Is(err, context.Canceled) {
			skipped = append(skipped, finding.Skipped{Path: root, Reason: fmt.Sprintf("looking for dt-app projects: %v", err)})
		}
	}
	var out []string
	for p := range found {
		out = append(out, p)
	}
	sort.Strings(out)
	return out, skipped
}

// Load reads the project at root (a slash display path) for Check: its app
// configs and the JS and TS files under api/, ui/ and actions/ (up to
// 2 MiB each; dependencies and excluded paths are left out).
func Load(root string, skip func(path string) bool) (map[string][]byte, []finding.Skipped) {
	files := map[string][]byte{}
	var skipped []finding.Skipped
	dir := filepath.FromSlash(root)
	for _, n := range ConfigNames {
		if data, err := os.ReadFile(filepath.Join(dir, n)); err == nil {
			files[n] = data
		} else if !errors.Is(err, fs.ErrNotExist) {
			skipped = append(skipped, finding.Skipped{Path: join(root, n), Reason: fmt.Sprintf("dt-app checks: %v", err)})
		}
	}
	for _, sub := range sourceDirs {
		base := filepath.Join(dir, filepath.FromSlash(sub))
		_ = filepath.WalkDir(base, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			rel, rerr := filepath.Rel(dir, p)
			if rerr != nil {
				return nil
			}
			rel = filepath.ToSlash(rel)
			if d.IsDir() {
				if skipDirs[d.Name()] || skip != nil && skip(join(root, rel)) {
					return filepath.SkipDir
				}
				return nil
			}
			if !d.Type().IsRegular() || !isSource(rel) || skip != nil && skip(join(root, rel)) {
				return nil
			}
			if info, err := d.Info(); err != nil || info.Size() > maxSource {
				return nil
			}
			data, err := os.ReadFile(p)
			if err != nil {
				skipped = append(skipped, finding.Skipped{Path: join(root, rel), Reason: fmt.Sprintf("dt-app checks: %v", err)})
				return nil
			}
			files[rel] = data
			return nil
		})
	}
	return files, skipped
}
