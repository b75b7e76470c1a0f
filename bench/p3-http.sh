#!/usr/bin/env bash
# P3: the HTTP API under wrk (Debian's wrk package) at 10 and 50 connections: filing (POST /api/organizations), one
# organization (GET /api/organizations/{id}) and a list page (GET /api/organizations?incubatorId=…, 20 rows), with the
# platform started from the publish output as ./run.sh starts it, on a private PostgreSQL with durable commits.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$bench_root"
command -v wrk >/dev/null || { log "wrk not found: apt-get install -y wrk"; exit 1; }

rounds=$(quick_or 1 3)
seconds=$(quick_or 3 10)
connections=(10 50)
bench_start_work p3
bench_publish
bench_pg_up
bench_platform_up incubator
token=$(bench_token)
district=$(bench_api_post "$token" /api/geography/areas "{\"name\":\"压测区$RANDOM\",\"level\":\"District\"}")
incubator=$(bench_api_post "$token" /api/geography/incubators "{\"name\":\"压测孵化园$RANDOM\",\"areaId\":\"$district\"}")
organization=$(bench_api_post "$token" /api/organizations \
  "{\"incubatorId\":\"$incubator\",\"name\":\"压测读取样本社\",\"category\":\"CommunityService\",\"serviceDomains\":[\"ElderlyCare\"],\"contactName\":\"王敏\",\"contactPhone\":\"13912345678\"}")
export BENCH_TOKEN=$token BENCH_INCUBATOR=$incubator BENCH_WRK_DIR="$bench_root/bench/wrk"
load=$(bench_load)

# run_wrk SCRIPT CONNECTIONS [PATH]: the RESULT line of one wrk run.
run_wrk() {
  BENCH_PATH=${3:-/} wrk -t2 -c"$2" -d"${seconds}s" --timeout 10s -s "$BENCH_WRK_DIR/$1" "$BENCH_URL" | tee /dev/stderr | sed -n 's/^RESULT //p'
}
field() { tr ' ' '\n' <<<"$1" | sed -n "s/^$2=//p"; }

declare -A rps p50 p99 errors
# Filing first, so the reads and the list page find the organizations it filed.
endpoints=("filing:post-filing.lua:" "get-by-id:get.lua:/api/organizations/$organization" "list-page:get.lua:/api/organizations?incubatorId=$incubator&pageSize=20")
pgbench10=()
for round in $(seq "$rounds"); do
  # The baseline in every round, so that both see the same load.
  pgbench10+=("$(bench_pgbench 10 "$seconds")")
  for entry in "${endpoints[@]}"; do
    IFS=: read -r name script path <<<"$entry"
    for c in "${connections[@]}"; do
      result=$(run_wrk "$script" "$c" "$path")
      key="$name/$c"
      rps[$key]="${rps[$key]:-} $(field "$result" rps)"
      p50[$key]="${p50[$key]:-} $(field "$result" p50_ms)"
      p99[$key]="${p99[$key]:-} $(field "$result" p99_ms)"
      errors[$key]=$(( ${errors[$key]:-0} + $(field "$result" non2xx) + $(field "$result" socket_errors) ))
      log "P3 round $round $key: $result"
    done
  done
done
filed=$(bench_psql incubator "SELECT count(*) FROM incubator.organization_directory WHERE incubator_id = '$incubator'")
pgbench10=$(bench_median "${pgbench10[@]}")

bench_section_head "P3 HTTP: filing, one organization, a list page" "bench/run.sh p3"
echo "wrk (2 threads, ${seconds} s per run, $rounds rounds; medians of the rounds) against the web client started from the publish output"
echo "as ./run.sh starts it, silo and client on this machine, private PostgreSQL (fsync=on, synchronous_commit=on)."
echo "The list page is one page of 20 of the incubator's organizations ($filed at the end, filed by the filing runs)."
echo "Load at start: $load. \`pgbench -N -c 10\` on the same server after the runs: $pgbench10 TPS."
echo
echo "| request | connections | requests/s | p50 ms | p99 ms | errors (non-2xx + socket), all rounds |"
echo "|---|---|---|---|---|---|"
declare -A labels=([filing]="POST /api/organizations" [get-by-id]="GET /api/organizations/{id}" [list-page]="GET /api/organizations?incubatorId=…")
for entry in "${endpoints[@]}"; do
  name=${entry%%:*}
  for c in "${connections[@]}"; do
    key="$name/$c"
    # shellcheck disable=SC2086
    echo "| ${labels[$name]} | $c | $(bench_median ${rps[$key]}) | $(bench_median ${p50[$key]}) | $(bench_median ${p99[$key]}) | ${errors[$key]} |"
  done
done
# shellcheck disable=SC2086
echo
echo "Filing at 10 connections ÷ pgbench -N at 10 clients: $(bench_ratio "$(bench_median ${rps[filing/10]})" "$pgbench10") (target ≥ 0.3; before: 713/s = 0.136 of 5,251 TPS)."
echo
