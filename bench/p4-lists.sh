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
set +e  # from here on only reporting: print what there is
elapsed=$(( $(date +%s) - started ))

# Name search: how many rows PostgreSQL reads for a search, with the gram index of 0012 and with pg_trgm on
# the same rows (when the extension is installed: Debian's postgresql-15 package ships it). Each search counts all its
# matches through the index alone (sequential scans off), so the figure is the index's work, not the page's.
psql() { PGPASSWORD=$(cat "$work/password") "$(pg_bin_dir)/psql" -h 127.0.0.1 -p "$port" -U incubator -d incubator_p4 -X -q -t -A "$@"; }
explain() { psql -c "SET enable_seqscan = off" -c "EXPLAIN (ANALYZE, TIMING OFF, SUMMARY ON) $1" | sed -n 's/.*Execution Time: \([0-9.]*\).*/\1/p'; }
index_rows() { psql -c "SET enable_seqscan = off" -c "EXPLAIN (ANALYZE, TIMING OFF) $1" | sed -n 's/.*Bitmap Index Scan.*actual rows=\([0-9]*\).*/\1/p' | head -n 1; }
organizations=$(psql -c "SELECT count(*) FROM incubator.organization_directory")
terms=(社区 养老 老 阳光社区养老 elder)
declare -A matches grams trigrams
for term in "${terms[@]}"; do
  query="SELECT count(*) FROM incubator.organization_directory WHERE name_grams @> incubator.search_grams('$term') AND name ILIKE '%$term%'"
  matches[$term]=$(psql -c "$query")
  grams[$term]="$(index_rows "$query") rows, $(explain "$query") ms"
done
# pg_trgm with the gram index dropped, so that only its own index serves the search.
if psql -c "CREATE EXTENSION IF NOT EXISTS pg_trgm" 2>/dev/null \
   && psql -c "CREATE INDEX bench_name_trgm ON incubator.organization_directory USING gin (name gin_trgm_ops)" -c "DROP INDEX incubator.organization_directory_name_grams" -c "ANALYZE incubator.organization_directory"; then
  for term in "${terms[@]}"; do
    query="SELECT count(*) FROM incubator.organization_directory WHERE name ILIKE '%$term%'"
    trigrams[$term]="$(index_rows "$query") rows, $(explain "$query") ms"
  done
fi
search_rows=""
for term in "${terms[@]}"; do
  search_rows+="| $term | ${matches[$term]} | ${grams[$term]} | ${trigrams[$term]:-pg_trgm not installed} |"$'\n'
done

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

**Name search, index against index** ($organizations organizations; server version $(psql -c "SHOW server_version"), collation
$(psql -c "SHOW lc_collate")): rows the index hands to the heap for one search, and the time to count every match
through it.

| search | matches | gram index (0012) | pg_trgm GIN |
|---|---|---|---|
$search_rows
pg_trgm makes trigrams of Chinese characters under this locale (they count as alphanumeric), but a search shorter than
three characters yields no trigram, so its GIN scan returns every row for the heap to recheck; most Chinese searches
are two characters. The gram index holds every character and every adjacent pair: a one- or two-character search is one
key, a longer one all its pairs (then ILIKE checks they are adjacent).

**Command:** \`bench/p4-lists.sh\` (options: \`--Sizes=1000,10000,100000 --Runs=5 --Queries=100 --Warmup=30\`)
SECTION
exit $status
