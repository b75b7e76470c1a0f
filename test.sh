#!/usr/bin/env bash
# Everything CI checks: builds with warnings as errors, starts a throwaway PostgreSQL, runs every test project,
# and ends with one line "N passed, N failed". Test results (TRX) and screenshots land in .artifacts/test-results/.
set -uo pipefail
cd "$(dirname "$0")"
root=$(pwd)
source deploy/postgres.sh

results="$root/.artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

work=$(mktemp -d /tmp/incubator-test.XXXXXX)
chmod 755 "$work"
cleanup() {
  pg_stop "$work/postgres"
  rm -rf "$work"
}
trap cleanup EXIT

echo "Building…"
if ! dotnet build Incubator.sln -c Release --nologo -v quiet -warnaserror; then
  echo "0 passed, 1 failed"
  exit 1
fi

[ "$(id -u)" = 0 ] && chown postgres:postgres "$work"
pg_init "$work/postgres" "$work/password" || { echo "0 passed, 1 failed"; exit 1; }
port=$(free_port 55432)
# No autovacuum: the commit-counting test must see only its own transactions.
pg_start "$work/postgres" "$port" "$work/postgres.log" "-c autovacuum=off -c fsync=off" || { echo "0 passed, 1 failed"; exit 1; }
export INCUBATOR_TEST_DB
INCUBATOR_TEST_DB=$(pg_connection_string "$port" "$work/password" postgres)
export INCUBATOR_TEST_ARTIFACTS="$results"

status=0
for project in tests/*.Tests/*.Tests.csproj; do
  name=$(basename "$project" .csproj)
  echo "Running $name…"
  dotnet test "$project" -c Release --no-build --nologo \
    --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" --results-directory "$results" || status=1
done

# The OpenAPI document the API tests saved, linted as an integrator's tools would; @redocly/cli is installed once into a
# cache folder (npm registry) and reused.
lint_failed=0
echo "Linting the OpenAPI document…"
redocly_dir="${XDG_CACHE_HOME:-$HOME/.cache}/incubator/redocly-2.77.0"
if [ ! -x "$redocly_dir/node_modules/.bin/redocly" ]; then
  mkdir -p "$redocly_dir"
  npm install --no-audit --no-fund --silent --prefix "$redocly_dir" @redocly/cli@2.77.0 >/dev/null || lint_failed=1
fi
if [ "$lint_failed" -eq 0 ] && [ -f "$results/openapi.json" ]; then
  NO_UPDATE_NOTIFIER=1 REDOCLY_TELEMETRY=off "$redocly_dir/node_modules/.bin/redocly" lint --config deploy/redocly.yaml \
    --format stylish "$results/openapi.json" || lint_failed=1
else
  echo "OpenAPI lint could not run (npm install failed or no openapi.json from the API tests)." >&2
  lint_failed=1
fi

passed=0
failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done
expected=$(ls tests/*.Tests/*.Tests.csproj | wc -l)
found=$(ls "$results"/*.trx 2>/dev/null | wc -l)
if [ "$found" -lt "$expected" ]; then
  echo "Only $found of $expected test projects reported results." >&2
  failed=$((failed + expected - found))
fi
failed=$((failed + lint_failed))
[ "$status" -ne 0 ] && [ "$failed" -eq 0 ] && failed=1
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
