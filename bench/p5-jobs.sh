#!/usr/bin/env bash
# P5: Hangfire jobs/s of the running platform (no-op jobs enqueued into its Hangfire storage, run by the silo's
# Hangfire server) and what the whole platform costs PostgreSQL while idle: transactions/s and statements/s over 60 s.
# Target: idle <= 5 transactions/s.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$bench_root"

rounds=$(quick_or 1 3)
jobs=$(quick_or 300 2000)
idle_seconds=$(quick_or 15 60)
settle=$(quick_or 5 20)
bench_start_work p5
bench_build_tool
bench_publish
bench_pg_up
bench_platform_up incubator
bench_psql incubator "CREATE EXTENSION IF NOT EXISTS pg_stat_statements" >/dev/null 2>&1 || log "pg_stat_statements not available: statements not counted"
load=$(bench_load)

# Idle first: the platform as a user leaves it after start, nobody using it (the reads of the counters are subtracted).
log "Idle: letting the platform settle ${settle} s, then counting for ${idle_seconds} s…"
sleep "$settle"
statements() { bench_psql incubator "SELECT coalesce(sum(calls), 0) FROM pg_stat_statements WHERE query NOT LIKE '%pg_stat%'" 2>/dev/null || echo ""; }
s0=$(bench_psql incubator "SELECT pg_stat_statements_reset()" >/dev/null 2>&1 && echo 0 || echo "")
c0=$(bench_commits)
sleep "$idle_seconds"
c1=$(bench_commits); s1=$(statements)
idle_tx=$(awk -v a="$c0" -v b="$c1" -v s="$idle_seconds" 'BEGIN { printf "%.2f", (b - a - 2) / s }')
idle_statements="n/a"
[ -n "$s0" ] && idle_statements=$(awk -v a="$s0" -v b="$s1" -v s="$idle_seconds" 'BEGIN { printf "%.2f", (b - a) / s }')
top_idle=$(bench_psql incubator "SELECT calls || chr(9) || regexp_replace(left(query, 100), '\s+', ' ', 'g') FROM pg_stat_statements WHERE query NOT LIKE '%pg_stat%' ORDER BY calls DESC LIMIT 6" 2>/dev/null || true)

enqueue=() completed=() busy=() first=()
connection=$(bench_connection incubator)
for round in $(seq "$rounds"); do
  out=$(bench_tool --ConnectionString="$connection" --Mode=jobs --Jobs="$jobs")
  log "$out"
  enqueue+=("$(value enqueue_per_s <<<"$out")") completed+=("$(value completed_per_s <<<"$out")")
  busy+=("$(value busy_per_s <<<"$out")") first+=("$(value first_done_s <<<"$out")")
done

bench_section_head "P5 Hangfire jobs and idle load" "bench/run.sh p5"
echo "The platform (silo with its Hangfire server, $(( $(nproc) > 2 ? $(nproc) : 2 )) workers, and the web client) started from the publish output"
echo "on a private PostgreSQL. Load at start: $load."
echo
echo "**Idle** (after ${settle} s of settling, counted over ${idle_seconds} s, all databases of the server):"
echo
echo "| transactions/s (xact_commit) | statements/s (pg_stat_statements) | target |"
echo "|---|---|---|"
echo "| $idle_tx | $idle_statements | ≤ 5 transactions/s (before: about 1/s) |"
echo
if [ -n "$top_idle" ]; then
  echo "Most frequent idle statements (calls in the window):"
  echo
  echo "| calls | statement |"
  echo "|---|---|"
  while IFS=$'\t' read -r calls query; do echo "| $calls | \`${query//|/\\|}\` |"; done <<<"$top_idle"
  echo
fi
echo "**Jobs:** $jobs no-op jobs (\`GC.KeepAlive(null)\`, so the cost is Hangfire's own) enqueued by 4 parallel callers into the platform's"
echo "Hangfire storage, run by the silo; completed/s = jobs ÷ time from the first enqueue until all succeeded; busy/s = from the"
echo "first success on (idle workers poll the queue, by default every 15 s, so the first job may wait for a poll). $rounds rounds."
echo
echo "| round | enqueued/s | first job done after s | completed/s | busy/s |"
echo "|---|---|---|---|---|"
for i in "${!enqueue[@]}"; do echo "| $((i + 1)) | ${enqueue[$i]} | ${first[$i]} | ${completed[$i]} | ${busy[$i]} |"; done
echo "| **median** | **$(bench_median "${enqueue[@]}")** | $(bench_median "${first[@]}") | **$(bench_median "${completed[@]}")** | **$(bench_median "${busy[@]}")** |"
echo
