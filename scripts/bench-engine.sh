#!/usr/bin/env bash
# bench-engine.sh compares the throughput of secretvet's rules engine with
# gitleaks' detector (both running gitleaks' default rules) on the planted
# corpus of rules/gitleaks_diff_test.go, single-threaded, at decode depth 5
# (gitleaks' CLI default) and 0, in one `go test -bench` run.
#
# Usage: scripts/bench-engine.sh [corpus flags], e.g.
#   scripts/bench-engine.sh                           # the sampled corpus (~1 MB)
#   scripts/bench-engine.sh -corpus.modules=xtools    # only golang.org/x/tools
#   scripts/bench-engine.sh -corpus.full              # every file (~12 MB, slow)
# BENCHTIME (default 3x) is passed to -benchtime.
set -euo pipefail
cd "$(dirname "$0")/.."

cmd=(go test -run '^$' -bench '^BenchmarkScan$' -benchtime "${BENCHTIME:-3x}" -cpu 1 -count 1 ./rules/)
if [ $# -gt 0 ]; then
	cmd+=(-args "$@")
fi
echo "+ ${cmd[*]}" >&2
out=$("${cmd[@]}")
echo "$out"
echo "$out" | awk '
/^BenchmarkScan\// {
	split($1, part, "/")          # BenchmarkScan, engine, depth=N[-procs]
	engine = part[2]
	depth = part[3]
	sub(/^depth=/, "", depth)
	sub(/-[0-9]+$/, "", depth)
	for (i = 2; i <= NF; i++) if ($i == "MB/s") mbs[engine, depth] = $(i - 1)
	if (!(depth in seen)) { seen[depth] = 1; order[++n] = depth }
}
END {
	if (n == 0) { print "bench-engine: no BenchmarkScan results" > "/dev/stderr"; exit 1 }
	for (k = 1; k <= n; k++) {
		d = order[k]
		s = mbs["secretvet", d]; g = mbs["gitleaks", d]
		if (s == "" || g == "" || g + 0 == 0) { printf "engine depth=%s: missing results\n", d; bad = 1; continue }
		printf "engine depth=%s: secretvet %.1f MB/s, gitleaks %.1f MB/s, ratio %.1fx\n", d, s, g, s / g
	}
	exit bad
}'
