// Package sourcemap reads JavaScript source maps (revision 3, also index
// maps with sections). Extract returns the original sources embedded in a
// map's sourcesContent as fragments, located in the physical .map file and
// in the original source, so that a secret in ui/app/App.tsx is found in the
// dt-app bundle's main.js.map and reported at both places. Parse and
// Map.Original decode the mappings, so that a finding in a minified
// generated file can name its original file and line.
//
// The package parses JSON with a small parser of its own that keeps byte
// offsets and escape anchors of every string; encoding/json keeps neither.
// It decodes VLQ mappings itself too: the one Go library for it
// (github.com/go-sourcemap/sourcemap) panics on some malformed maps, and a
// scanner reads hostile input.
package sourcemap
