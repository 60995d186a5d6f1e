#!/usr/bin/env bash
# coverage.sh prints recall, false positives and precision of secretvet's
# default rules and of gitleaks' default config (gitleaks' own detector,
# decode depth 5 for both) on the generated corpus in testdata/coverage.
#
# Usage: scripts/coverage.sh            # measure
#        scripts/coverage.sh -generate  # rewrite testdata/coverage first
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" = "-generate" ]; then
	go test -count 1 -run '^TestCoverageCorpusUpToDate$' ./rules/ -args -coverage.generate
fi
go test -count 1 -run '^TestCoverageReport$' -v ./rules/ -args -coverage.report |
	sed -n '/coverage corpus:/,/^--- /p' | sed -e 's/^        //' -e '/^--- /d'
