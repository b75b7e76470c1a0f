#!/usr/bin/env bash
# The benchmark suite: runs bench/p<N>-*.sh in order (each starts what it needs and prints one markdown section) and
# writes docs/benchmarks.md: a header describing the machine and the commit, then the sections.
#   bench/run.sh              every benchmark
#   bench/run.sh p1 p3        only these
#   bench/run.sh --quick …    short smoke runs (figures not worth keeping)
#   bench/run.sh --out=FILE   write elsewhere than docs/benchmarks.md
# A benchmark that fails leaves a note in its place and the others still run; the exit code says whether all passed.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

quick=0 out="$root/docs/benchmarks.md" only=()
for arg in "$@"; do
  case "$arg" in
    --quick) quick=1 ;;
    --out=*) out=${arg#--out=} ;;
    p[0-9]*) only+=("$arg") ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    *) echo "unknown argument: $arg (see bench/run.sh --help)" >&2; exit 2 ;;
  esac
done

scripts=()
for script in $(ls bench/p[0-9]*-*.sh | sort -V); do
  name=$(basename "$script" | cut -d- -f1)
  if [ ${#only[@]} -eq 0 ] || printf '%s\n' "${only[@]}" | grep -qx "$name"; then scripts+=("$script"); fi
done
[ ${#scripts[@]} -gt 0 ] || { echo "no benchmark matches: ${only[*]}" >&2; exit 2; }

sections=$(mktemp -d)
trap 'rm -rf "$sections"' EXIT
failed=0
for script in "${scripts[@]}"; do
  echo "=== $script ($(date -u +%H:%M:%S)) ===" >&2
  started=$SECONDS
  if BENCH_QUICK=$quick "$script" >"$sections/$(basename "$script").md"; then
    echo "=== $script done in $((SECONDS - started)) s ===" >&2
  else
    failed=1
    echo "=== $script FAILED after $((SECONDS - started)) s ===" >&2
    {
      echo
      echo "**$script failed in this run** (exit code above in its output); its figures are missing or partial."
      echo
    } >>"$sections/$(basename "$script").md"
  fi
done

commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
dirty=$(git status --porcelain --untracked-files=no 2>/dev/null | grep -q . && echo " (with uncommitted changes)" || true)
{
  echo "# Benchmarks"
  echo
  echo "Written by \`bench/run.sh${*:+ $*}\`. Figures move with the load on the machine: compare only numbers taken in the same"
  echo "run (each section measures its own baseline), and rerun the command rather than trusting a figure from another day."
  [ "$quick" = 1 ] && { echo; echo "**Quick mode:** smoke runs, too short to quote."; }
  [ ${#only[@]} -gt 0 ] && { echo; echo "This run measured ${only[*]}; other sections keep their figures from earlier runs (each names its load)."; }
  echo
  echo "| machine | |"
  echo "|---|---|"
  echo "| cores | $(nproc) |"
  echo "| CPU | $(lscpu | sed -n 's/^Model name: *//p' | head -n 1) |"
  echo "| RAM | $(free -g | awk '/^Mem:/ {print $2}') GB |"
  echo "| OS | $(. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME") |"
  echo "| .NET SDK | $(dotnet --version 2>/dev/null) |"
  echo "| PostgreSQL | $("$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)/postgres" --version | sed 's/^postgres (PostgreSQL) //') |"
  echo "| load average (1, 5, 15 min) at the end | $(cut -d' ' -f1-3 /proc/loadavg) |"
  echo "| date | $(date -u '+%Y-%m-%d %H:%M UTC') |"
  echo "| commit | $commit$dirty |"
  echo
  # A partial run (bench/run.sh p1 p3) keeps the other sections of the existing file, in number order.
  if [ ${#only[@]} -gt 0 ] && [ -f "$out" ]; then
    awk -v dir="$sections" '/^## P[0-9]+ / { n = substr($2, 2); file = dir "/kept-" n ".md" } file { print > file }' "$out"
  fi
  for script in "${scripts[@]}"; do
    n=$(basename "$script" | cut -d- -f1 | tr -d p)
    mv "$sections/$(basename "$script").md" "$sections/new-$n.md"
    rm -f "$sections/kept-$n.md"
  done
  for file in $(ls "$sections"/*.md | sed 's/.*-\([0-9]*\)\.md$/\1 &/' | sort -n | cut -d' ' -f2); do
    cat "$file"
  done
} >"$out.tmp"
mv "$out.tmp" "$out"
echo "Wrote $out" >&2
exit "$failed"
