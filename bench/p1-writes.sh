#!/usr/bin/env bash
# P1: durable organization writes/s (filings through the grains, in-process silo) against pgbench -N TPS on the same
# private PostgreSQL (fsync and synchronous_commit on), interleaved round by round, and the commits per filing.
# Target: filings/s >= 0.3 x pgbench -N TPS at the same concurrency.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$bench_root"

rounds=$(quick_or 1 3)
seconds=$(quick_or 3 10)
clients=${P1_CLIENTS:-10}
bench_start_work p1
bench_build_tool
bench_pg_up
bench_createdb incubator_bench
# P1_CONNECTION_OPTIONS (e.g. "No Reset On Close=true") is appended to the grains' connection string, to try a setting.
connection="$(bench_connection incubator_bench)${P1_CONNECTION_OPTIONS:+;$P1_CONNECTION_OPTIONS}"
bench_psql incubator_bench "CREATE EXTENSION IF NOT EXISTS pg_stat_statements" >/dev/null 2>&1 || log "pg_stat_statements not available: statements not counted"
load=$(bench_load)

pgbench_tps=() filing_rate=() ratios=() commits=() p50=() p99=() statements=()
for round in $(seq "$rounds"); do
  tps=$(bench_pgbench "$clients" "$seconds")
  out=$(bench_tool --ConnectionString="$connection" --Mode=filings --Writers="$clients" --Seconds="$seconds" --Warmup=2)
  log "$out"
  rate=$(value filings_per_s <<<"$out")
  pgbench_tps+=("$tps") filing_rate+=("$rate") ratios+=("$(bench_ratio "$rate" "$tps")")
  commits+=("$(value commits_per_filing <<<"$out")") p50+=("$(value p50_ms <<<"$out")") p99+=("$(value p99_ms <<<"$out")")
  statements+=("$(value statements_per_filing <<<"$out")")
  last="$out"
  log "P1 round $round: pgbench -N $tps TPS, filings $rate/s"
done

bench_section_head "P1 Durable organization writes vs pgbench -N" "bench/run.sh p1"
echo "Filing (\`IOrganizationGrain.FileAsync\`, the write behind \`POST /api/organizations\`) through an in-process silo with the"
echo "production grain setup, $clients concurrent writers for ${seconds} s per round after a 2 s warm-up, against \`pgbench -N -c $clients\` for"
echo "${seconds} s on the same private PostgreSQL (fsync=on, synchronous_commit=on), the two interleaved round by round. Load at start: $load."
[ -n "${P1_CONNECTION_OPTIONS:-}" ] && echo "Connection string of the grains with \`$P1_CONNECTION_OPTIONS\`."
echo
echo "| round | pgbench -N TPS | filings/s | ratio | filing p50 ms | filing p99 ms | commits/filing | statements/filing |"
echo "|---|---|---|---|---|---|---|---|"
for i in "${!ratios[@]}"; do
  echo "| $((i + 1)) | ${pgbench_tps[$i]} | ${filing_rate[$i]} | ${ratios[$i]} | ${p50[$i]} | ${p99[$i]} | ${commits[$i]} | ${statements[$i]:-n/a} |"
done
echo "| **median** | **$(bench_median "${pgbench_tps[@]}")** | **$(bench_median "${filing_rate[@]}")** | **$(bench_median "${ratios[@]}")** | $(bench_median "${p50[@]}") | $(bench_median "${p99[@]}") | $(bench_median "${commits[@]}") | $(bench_median "${statements[@]:-0}") |"
echo
echo "**Target:** filings/s ≥ 0.3 × pgbench -N TPS (issue 8; before: 713/s over HTTP = 0.136 of 5,251 TPS)."
echo
if grep -q '^statement=' <<<"$last"; then
  echo "Statements per filing in the last round (pg_stat_statements, calls ÷ filings, at least 0.05):"
  echo
  echo "| per filing | statement |"
  echo "|---|---|"
  sed -n 's/^statement=//p' <<<"$last" | while IFS=$'\t' read -r per query; do echo "| $per | \`${query//|/\\|}\` |"; done
  echo
fi
