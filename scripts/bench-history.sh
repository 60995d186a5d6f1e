#!/usr/bin/env bash
# bench-history.sh times `secretvet git` against `gitleaks git` on the same
# history, in one run, and times `secretvet git --staged` on a large
# worktree.
#
# 1. History: a fresh repository with one commit per released version of
#    golang.org/x/tools (from the module cache; `go mod download` fetches a
#    missing version through the module proxy once), with fake secrets planted
#    in some versions (one added then removed, so that it is only in
#    history). Commit dates are fixed and tokens derived from fixed seeds:
#    the corpus is the same on every run. The repository is packed (git gc),
#    as real repositories are. Both tools scan the whole history, JSON
#    report, under /usr/bin/time -v (elapsed time, peak RSS).
# 2. Staged: a repository of STAGED_FILES (50,000) small files, committed,
#    then one file changed and staged: the typical pre-commit. Timed cold
#    (first run) and warm (best of 5).
#
# Usage: scripts/bench-history.sh [VERSIONS] (default 12 versions from
# v0.30.0; FIRST=13 starts at v0.13.0, for up to 40 versions). WORK
# (default a fresh temporary folder) keeps the corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
versions=${1:-12}
first=${FIRST:-30}
work=${WORK:-$(mktemp -d)}
staged_files=${STAGED_FILES:-50000}
mkdir -p "$work"
echo "bench-history: work folder $work" >&2

export GIT_CONFIG_NOSYSTEM=1 GIT_AUTHOR_NAME=Bench GIT_AUTHOR_EMAIL=bench@example.org \
	GIT_COMMITTER_NAME=Bench GIT_COMMITTER_EMAIL=bench@example.org
git_() { git -c init.defaultBranch=main -c gc.auto=0 -c core.autocrlf=false "$@"; }

# --- tools -------------------------------------------------------------------
go build -o "$work/secretvet" ./cmd/secretvet
# gitleaks at the version go.mod pins; its CLI needs modules (cobra) that our
# go.sum may not list, so fall back to installing it in module mode.
glv=$(go list -m -f '{{.Version}}' github.com/zricethezav/gitleaks/v8)
go build -o "$work/gitleaks" github.com/zricethezav/gitleaks/v8 2>/dev/null ||
	GOBIN="$work" GOFLAGS=-mod=mod go install "github.com/zricethezav/gitleaks/v8@$glv"
sv="$work/secretvet" gl="$work/gitleaks"

# token PREFIX SEED PUBLEN SECLEN: a fake token from a fixed seed (base32).
b32() { printf '%s' "$1" | sha512sum | cut -c1-128 | xxd -r -p | base32 -w0 | tr -d '='; }
tok() { local s; s="$(b32 "$2-a")$(b32 "$2-b")"; echo "$1.${s:0:$3}.${s:$3:$4}"; }

# --- 1. history corpus -------------------------------------------------------
repo="$work/history"
if [ ! -d "$repo/.git" ]; then
	git_ init -q "$repo"
	day=0
	for i in $(seq 0 $((versions - 1))); do
		v="v0.$((first + i)).0"
		if ! dir=$(go mod download -json "golang.org/x/tools@$v" | jq -er .Dir); then
			echo "bench-history: golang.org/x/tools@$v is not available (newest versions: go list -m -versions golang.org/x/tools)" >&2
			exit 2
		fi
		find "$repo" -mindepth 1 -maxdepth 1 ! -name .git -exec rm -rf {} +
		cp -R "$dir"/. "$repo"/
		chmod -R u+w "$repo"
		# ghp_body: 30 random characters and their CRC32 in base62, as GitHub
		# tokens carry it (a token without it is not reported as one)
		ghp_body() { python3 -c 'import sys,zlib
r=sys.argv[1]; n=zlib.crc32(r.encode()); a="0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"; c=""
while n: n,d=divmod(n,62); c=a[d]+c
print(r+c.rjust(6,"0"))' "$(b32 "$1" | tr 'A-Z' 'a-z' | cut -c1-30)"; }
		# planted: a Go constant in versions 2-3 only (then only in history),
		# an .env.example from version 5 on, and a token appended to a large
		# existing file from version 8 on
		if [ "$i" -ge 2 ] && [ "$i" -le 3 ]; then
			printf 'package config\n\n// planted by bench-history.sh\nconst apiToken = "%s"\n' "$(tok dt0c01 plant-2 24 64)" >"$repo/internal/planted_token.go"
		fi
		if [ "$i" -ge 5 ]; then
			printf 'DT_API_TOKEN=%s\nGITHUB_TOKEN=ghp_%s\n' "$(tok dt0c01 plant-5 24 64)" "$(ghp_body plant-5-gh)" >"$repo/.env.example"
		fi
		if [ "$i" -ge 8 ]; then
			printf '\n// debugging: export DT_API_TOKEN=%s\n' "$(tok dt0c01 plant-8 24 64)" >>"$repo/go/packages/packages.go"
		fi
		day=$((day + 30))
		date=$(date -u -d "2025-01-01 +$day days" +%Y-%m-%dT12:00:00Z)
		git_ -C "$repo" add -A
		GIT_AUTHOR_DATE=$date GIT_COMMITTER_DATE=$date git_ -C "$repo" commit -qm "golang.org/x/tools $v"
		git_ -C "$repo" tag "$v"
	done
	git_ -C "$repo" gc -q
fi
commits=$(git -C "$repo" rev-list --all | wc -l)
blobs=$(git -C "$repo" rev-list --all --objects | cut -d' ' -f1 | git -C "$repo" cat-file --batch-check='%(objecttype) %(objectsize)' | awk '$1=="blob"{n++; s+=$2} END{printf "%d blobs, %.1f MB", n, s/1048576}')
packed=$(du -sh "$repo/.git/objects" | cut -f1)
echo "corpus: $commits commits, $blobs (unique), .git/objects $packed"

# measure NAME CMD...: elapsed seconds and peak RSS of CMD
measure() {
	local name=$1; shift
	/usr/bin/time -v -o "$work/$name.time" "$@" >"$work/$name.out" 2>"$work/$name.err" || true
	local secs rss
	secs=$(awk -F': ' '/Elapsed \(wall clock\)/{n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; print s}' "$work/$name.time")
	rss=$(awk -F': ' '/Maximum resident set size/{printf "%.0f", $2/1024}' "$work/$name.time")
	echo "$secs $rss"
}

# RUNS (default 3) runs of each tool, taking turns so that both see the same
# machine; the median time and the largest peak RSS are reported.
runs=${RUNS:-3}
sv_times="" gl_times="" sv_rss=0 gl_rss=0
for _ in $(seq "$runs"); do
	read -r s r < <(measure secretvet "$sv" git --format json -o "$work/secretvet.json" --no-progress "$repo")
	sv_times="$sv_times $s" sv_rss=$((r > sv_rss ? r : sv_rss))
	read -r s r < <(measure gitleaks "$gl" git --no-banner --log-level error -f json -r "$work/gitleaks.json" "$repo")
	gl_times="$gl_times $s" gl_rss=$((r > gl_rss ? r : gl_rss))
done
median() { tr ' ' '\n' <<<"$1" | sed '/^$/d' | sort -g | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }
sv_s=$(median "$sv_times") gl_s=$(median "$gl_times")
echo "runs: secretvet$sv_times s; gitleaks$gl_times s"
sv_n=$(jq '.findings | length' "$work/secretvet.json")
sv_gone=$(jq '[.findings[] | select(.still_present == false)] | length' "$work/secretvet.json")
gl_n=$(jq 'length' "$work/gitleaks.json")
echo "+ $sv git --format json -o secretvet.json --no-progress $repo"
echo "+ $gl git --no-banner -f json -r gitleaks.json $repo"
printf 'history: secretvet %.2f s, %s MB peak RSS, %s findings (%s only in history)\n' "$sv_s" "$sv_rss" "$sv_n" "$sv_gone"
printf 'history: gitleaks  %.2f s, %s MB peak RSS, %s findings\n' "$gl_s" "$gl_rss" "$gl_n"
awk -v a="$sv_s" -v b="$gl_s" 'BEGIN{ if (a > 0) printf "history: gitleaks/secretvet time ratio %.2fx\n", b / a }'
echo "secretvet rules: $(jq -r '[.findings[].rule] | group_by(.) | map("\(.[0]) \(length)") | join(", ")' "$work/secretvet.json")"
echo "gitleaks rules:  $(jq -r '[.[].RuleID] | group_by(.) | map("\(.[0]) \(length)") | join(", ")' "$work/gitleaks.json")"

# --- 2. staged scan on a large worktree --------------------------------------
big="$work/staged"
if [ ! -d "$big/.git" ]; then
	git_ init -q "$big"
	(cd "$big" && awk -v n="$staged_files" 'BEGIN{
		for (i = 0; i < n; i++) {
			d = sprintf("pkg%03d/sub%02d", i % 500, int(i / 500) % 20)
			if (!(d in made)) { system("mkdir -p " d); made[d] = 1 }
			f = sprintf("%s/file%05d.go", d, i)
			printf "package p\n\n// file %d\nconst name%d = \"value-%d\"\n", i, i, i > f
			close(f)
		}
	}')
	git_ -C "$big" add -A
	GIT_AUTHOR_DATE=2025-01-01T12:00:00Z GIT_COMMITTER_DATE=2025-01-01T12:00:00Z git_ -C "$big" commit -qm "$staged_files files"
fi
# the typical commit: one existing file changed (the middle one)
i=$((staged_files / 2))
changed=$(printf 'pkg%03d/sub%02d/file%05d.go' $((i % 500)) $((i / 500 % 20)) "$i")
printf 'package p\n\nconst token = "%s"\n' "$(tok dt0c01 staged 24 64)" >"$big/$changed"
git_ -C "$big" add "$changed"
read -r st_s st_rss < <(measure staged "$sv" git --staged --format json "$big")
best=""
for _ in 1 2 3 4 5; do
	read -r s _ < <(measure staged "$sv" git --staged --format json "$big")
	best=$(awk -v a="$s" -v b="$best" 'BEGIN{ print (b == "" || a < b) ? a : b }')
done
st_n=$(jq '.findings | length' "$work/staged.out")
echo "+ $sv git --staged --format json $big"
printf 'staged: %d files in the index, 1 staged: first run %.2f s (%s MB peak RSS), best of 5 %.2f s, %s finding(s)\n' \
	"$staged_files" "$st_s" "$st_rss" "$best" "$st_n"
