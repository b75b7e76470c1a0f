#!/usr/bin/env bash
# Organization writes vs timeline length (docs/benchmarks.md). Starts a private PostgreSQL with fsync and
# synchronous_commit on (durable writes, as in production), runs bench/Incubator.Bench against it and prints
# per-run medians and the ratio 5,000 entries / 10 entries. Extra arguments go to the benchmark, e.g. --Runs=7.
set -euo pipefail
cd "$(dirname "$0")/.."
source deploy/postgres.sh

work=$(mktemp -d /tmp/incubator-bench.XXXXXX)
chmod 755 "$work"
cleanup() {
  pg_stop "$work/postgres"
  rm -rf "$work"
}
trap cleanup EXIT

echo "Building…"
dotnet build bench/Incubator.Bench -c Release --nologo -v quiet -warnaserror >/dev/null

[ "$(id -u)" = 0 ] && chown postgres:postgres "$work"
pg_init "$work/postgres" "$work/password"
port=$(free_port 57432)
pg_start "$work/postgres" "$port" "$work/postgres.log" "-c fsync=on -c synchronous_commit=on"
connection=$(pg_connection_string "$port" "$work/password" incubator_bench)

echo "Machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -n 1), $(free -g | awk '/^Mem:/ {print $2}') GB; load $(cut -d' ' -f1-3 /proc/loadavg)"
# The durable-commit ceiling of this box right now, for context (one client, 5 s).
bin=$(pg_bin_dir)
PGPASSWORD=$(cat "$work/password") "$bin/createdb" -h 127.0.0.1 -p "$port" -U incubator pgbench
PGPASSWORD=$(cat "$work/password") "$bin/pgbench" -h 127.0.0.1 -p "$port" -U incubator -i -q pgbench >/dev/null 2>&1
PGPASSWORD=$(cat "$work/password") "$bin/pgbench" -h 127.0.0.1 -p "$port" -U incubator -N -c 1 -T 5 pgbench 2>/dev/null \
  | sed -n 's/^tps = \([0-9.]*\).*/pgbench -N, 1 client: \1 TPS/p'

dotnet bench/Incubator.Bench/bin/Release/net10.0/Incubator.Bench.dll --ConnectionString="$connection" "$@"
