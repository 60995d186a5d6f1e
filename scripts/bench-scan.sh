#!/usr/bin/env bash
# bench-scan.sh times `secretvet scan` against `gitleaks dir` on the same
# folder in one run, both with gitleaks' default rules and decode depth 5,
# and prints wall times, the ratio and the findings each reported.
#
# The corpus is a copy of real module sources from the module cache
# (golang.org/x/tools, gitleaks, go-git), which gitleaks' own testdata and
# rule sources make rich in secrets. No network beyond the module proxy.
#
# Usage: scripts/bench-scan.sh [DIR]   (default: a fresh corpus in a temp dir)
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap '[ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT

go build -o "$work/secretvet" ./cmd/secretvet
# gitleaks, built from the version go.mod pins, in a scratch module so that
# its CLI dependencies stay out of ours.
mkdir -p "$work/gl" && (cd "$work/gl" && go mod init gl >/dev/null 2>&1 &&
	GOFLAGS=-mod=mod go get github.com/zricethezav/gitleaks/v8@v8.30.1 >/dev/null 2>&1 &&
	GOFLAGS=-mod=mod go build -o "$work/gitleaks" github.com/zricethezav/gitleaks/v8)
modcache=$(go env GOMODCACHE)
glcfg="$modcache/github.com/zricethezav/gitleaks/v8@v8.30.1/config/gitleaks.toml"

corpus=${1:-}
if [ -z "$corpus" ]; then
	corpus="$work/corpus"
	mkdir -p "$corpus"
	for m in golang.org/x/tools@v0.52.0 github.com/zricethezav/gitleaks/v8@v8.30.1 github.com/go-git/go-git/v5@v5.19.3; do
		dir=$(go mod download -json "$m" | sed -n 's/.*"Dir": "\(.*\)".*/\1/p')
		cp -r "$dir" "$corpus/$(basename "$dir")"
	done
	chmod -R u+w "$corpus"
fi
bytes=$(du -sb "$corpus" | cut -f1)
echo "corpus: $corpus ($((bytes / 1000000)) MB, $(find "$corpus" -type f | wc -l) files), $(nproc) cores"

t() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s.%N); echo "$e - $s" | bc; }
# warm the page cache once
cat $(find "$corpus" -type f) >/dev/null 2>&1 || true

sv=$(t "$work/secretvet" scan --config "$glcfg" --max-decode-depth 5 --format json --output "$work/sv.json" "$corpus")
gl=$(t "$work/gitleaks" dir --config "$glcfg" --max-decode-depth 5 --report-format json --report-path "$work/gl.json" "$corpus")
svn=$(python3 -c "import json;print(len(json.load(open('$work/sv.json'))['findings']))")
gln=$(python3 -c "import json;print(len(json.load(open('$work/gl.json'))))")
echo "secretvet scan: ${sv}s, $svn findings"
echo "gitleaks dir:   ${gl}s, $gln findings"
echo "ratio: $(echo "scale=1; $gl / $sv" | bc)x"
