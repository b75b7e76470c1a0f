#!/usr/bin/env bash
# P9: ranking candidate teams for a need over 10,000 organizations and 5,000 social workers (docs/benchmarks.md).
# Self-contained: starts a private PostgreSQL, applies the schema, generates the read-model rows matching reads
# (bench/Incubator.Bench, --Benchmark=p9), ranks needs, cleans up. Prints one markdown section on stdout.
# Extra arguments go to the benchmark, e.g. --Organizations=10000 --SocialWorkers=5000 --Needs=200 --Runs=5.
set -euo pipefail
cd "$(dirname "$0")/.."
source deploy/postgres.sh

work=$(mktemp -d /tmp/incubator-p9.XXXXXX)
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
port=$(free_port 57600)
# Durable settings as in production: ranking only reads, but it reads what was written with them.
pg_start "$work/postgres" "$port" "$work/postgres.log" "-c shared_buffers=256MB"
connection=$(pg_connection_string "$port" "$work/password" incubator_p9)

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
extra=()
[ "${BENCH_QUICK:-0}" = 1 ] && extra=(--Needs=50 --Runs=1 --Warmup=5)
table=$(dotnet bench/Incubator.Bench/bin/Release/net10.0/Incubator.Bench.dll --Benchmark=p9 --ConnectionString="$connection" "${extra[@]}" "$@") && status=0 || status=$?
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

cat <<SECTION
## P9 Matching: ranking teams for a need

**Target:** p95 < 200 ms over 10,000 organizations and 5,000 social workers.

**Machine load:** load average $load_before before, $load_after after ($(nproc) cores, shared with other work).

**What it does:** generates, in SQL, the read-model rows matching reads (offers, social workers, stations,
stationings, past engagements; 10 districts × 10 subdistricts × 10 communities; see \`MatchingBenchmark\`), then ranks
every need in turn through \`NeedsReadModel.RankTeamsAsync\` (the statement the needs directory grain runs: offers in
the need's domain serving its community, subdistrict or district through the GIN indexes of 0026, each with its best
social worker, its station and its track record), top 20, sequentially.

$table

**Command:** \`bench/p9-matching.sh\` (options: \`--Organizations=10000 --SocialWorkers=5000 --Needs=200 --Runs=5 --Warmup=20\`)
SECTION
exit $status
