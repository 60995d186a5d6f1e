#!/usr/bin/env bash
# bench-documents.sh: 1,000 generated Dynatrace notebooks and dashboards,
# scanned as documents by secretvet's pipeline and as plain text by
# gitleaks' detector (default rules, decode depth 5 for both), in one
# `go test -bench` run, single-threaded; prints the ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(go test -run '^$' -bench '^BenchmarkDocuments$' -benchtime "${BENCHTIME:-2x}" -cpu 1 ./pipeline/)
echo "$out"
echo "$out" | awk '
/^BenchmarkDocuments\/secretvet/ { for (i = 2; i <= NF; i++) if ($i == "MB/s") sv = $(i - 1) }
/^BenchmarkDocuments\/gitleaks/  { for (i = 2; i <= NF; i++) if ($i == "MB/s") gl = $(i - 1) }
END { printf "documents: secretvet %.1f MB/s, gitleaks %.1f MB/s, ratio %.1fx\n", sv, gl, sv / gl }'
