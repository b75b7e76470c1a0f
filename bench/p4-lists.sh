#!/usr/bin/env bash
# P4: list page, name search, credit-code lookup and pipeline at 1k, 10k and 100k organizations (docs/benchmarks.md).
# Self-contained: starts a private PostgreSQL, files every organization through the grains (bench/Incubator.Bench,
# --Benchmark=p4), measures, cleans up. Prints one markdown section on stdout; progress goes to stderr.
# Extra arguments go to the benchmark, e.g. --Sizes=1000,10000 --Runs=3.
set -euo pipefail
cd "$(dirname "$0")/.."
source deploy/postgres.sh

work=$(mktemp -d /tmp/incubator-p4.XXXXXX)
chmod 755 "$work"
cleanup() {
  pg_stop "$work/postgres"
  rm -rf "$work"
}
trap cleanup EXIT

echo "Building…" >&2
dotnet build bench/Incubator.Bench -c Release --nologo -v quiet -warnaserror >&2

[ "$(id -u)" = 0 ] && chown postgres:postgres "$work"
pg_init "$work/postgres" "$work/password"
port=$(free_port 57500)
# P4 measures reads: durability settings change only how long filing 100k organizations takes, not a query's time.
# autovacuum stays on, as in production.
pg_start "$work/postgres" "$port" "$work/postgres.log" "-c fsync=off -c synchronous_commit=off -c shared_buffers=256MB"
connection=$(pg_connection_string "$port" "$work/password" incubator_p4)

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
started=$(date +%s)
table=$(dotnet bench/Incubator.Bench/bin/Release/net10.0/Incubator.Bench.dll --Benchmark=p4 --ConnectionString="$connection" "$@") && status=0 || status=$?
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
elapsed=$(( $(date +%s) - started ))

cat <<SECTION
## P4 Lists at 1k, 10k and 100k organizations

**Targets:** list page, search and pipeline p95 < 50 ms at 100k organizations and at most 1.5× their 1k time.

**Machine load:** load average $load_before before, $load_after after ($(nproc) cores; the run took ${elapsed} s, most of it filing).

**What it does:** an in-process silo with the production grain setup files organizations through their grains (half at
one incubator, the rest at three others in its district; every fifth admitted, a third with a credit code; Chinese names
built from place, setting, service and form, one in twenty English), 32 at a time, up to each size; then ANALYZE, a warm-up, and
interleaved runs of every query through the directory grain, as the Client's services call it. PostgreSQL runs with
fsync off (only filing is faster; the queries read).

$table

**Command:** \`bench/p4-lists.sh\` (options: \`--Sizes=1000,10000,100000 --Runs=5 --Queries=100 --Warmup=30\`)
SECTION
exit $status
