#!/usr/bin/env bash
# P0: organization writes vs timeline length. Starts a private PostgreSQL with fsync and synchronous_commit on (durable
# writes, as in production), runs bench/Incubator.Bench against it and prints per-run medians and the ratio 5,000
# entries / 10 entries as a markdown section. Extra arguments go to the benchmark, e.g. --Runs=7. Exit code 0 when the
# ratio of the medians is at most 1.2. (bench/timeline.sh runs this too.)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$bench_root"

bench_start_work p0
bench_build_tool
bench_pg_up
bench_createdb incubator_bench
load=$(bench_load)
pgbench1=$(bench_pgbench 1 5)
quick=()
[ "$BENCH_QUICK" = 1 ] && quick=(--Runs=1 --Writes=50 --Warmup=10 --Lengths=10,1000)
status=0
out=$(bench_tool --ConnectionString="$(bench_connection incubator_bench)" "${quick[@]}" "$@") || status=$?
log "$out"

bench_section_head "P0 Organization writes vs timeline length" "bench/run.sh p0   (or bench/timeline.sh --Runs=7)"
echo "**Claim:** an organization write costs the same whatever the length of its timeline; limit: a write of an organization"
echo "with 5,000 timeline entries costs at most 1.2× one with 10. The measured write is \`UpdatePartyProfileAsync\` (grain state"
echo "plus one timeline entry), interleaved between the two organizations. Load at start: $load; \`pgbench -N\`, 1 client: $pgbench1 TPS."
echo
echo '```'
echo "$out"
echo '```'
echo
exit "$status"
