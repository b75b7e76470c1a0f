# Shared by bench/p<N>-*.sh: sourced, not run. Each script is self-contained: it starts what it needs under a temporary
# folder, prints one markdown section on stdout and its diagnostics on stderr, and cleans up on exit.
# BENCH_QUICK=1 (bench/run.sh --quick) shortens every measurement to a smoke run.
bench_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$bench_root/deploy/postgres.sh"
source "$bench_root/deploy/processes.sh"

BENCH_QUICK=${BENCH_QUICK:-0}
bench_children=()
bench_pg_dir=""
bench_work=""

log() { echo "$@" >&2; }

# quick_or QUICK FULL: the value for this run.
quick_or() { if [ "$BENCH_QUICK" = 1 ]; then echo "$1"; else echo "$2"; fi; }

bench_load() { cut -d' ' -f1-3 /proc/loadavg; }

# bench_median N…: the median of the numbers given (the lower middle one of an even count).
bench_median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { if (NR) print v[int((NR + 1) / 2)] }'; }

# bench_ratio A B [DIGITS]
bench_ratio() { awk -v a="$1" -v b="$2" -v d="${3:-3}" 'BEGIN { if (b == 0) print "n/a"; else printf "%.*f\n", d, a / b }'; }

bench_cleanup() {
  trap - EXIT
  [ ${#bench_children[@]} -gt 0 ] && stop_processes "${bench_children[@]}"
  [ -n "$bench_pg_dir" ] && pg_stop "$bench_pg_dir"
  [ -n "$bench_work" ] && rm -rf "$bench_work"
}

# bench_start_work NAME: a temporary folder the postgres user can use, removed on exit with everything started.
bench_start_work() {
  bench_work=$(mktemp -d "/tmp/incubator-$1.XXXXXX")
  chmod 755 "$bench_work"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$bench_work"
  trap bench_cleanup EXIT
  trap 'bench_cleanup; exit 130' INT
  trap 'bench_cleanup; exit 143' TERM
}

# bench_pg_up: a private PostgreSQL with durable commits (fsync, synchronous_commit on, as in production) and
# pg_stat_statements loaded when the server has it. Sets BENCH_PG_PORT and bench_password.
bench_pg_up() {
  local extra="-c fsync=on -c synchronous_commit=on"
  [ -f "/usr/share/postgresql/$(basename "$(dirname "$(pg_bin_dir)")")/extension/pg_stat_statements.control" ] \
    && extra="$extra -c shared_preload_libraries=pg_stat_statements"
  bench_pg_dir="$bench_work/postgres"
  bench_password="$bench_work/password"
  pg_init "$bench_pg_dir" "$bench_password"
  BENCH_PG_PORT=$(free_port 57432)
  pg_start "$bench_pg_dir" "$BENCH_PG_PORT" "$bench_work/postgres.log" "$extra"
  log "PostgreSQL on 127.0.0.1:$BENCH_PG_PORT ($extra)"
}

bench_connection() { pg_connection_string "$BENCH_PG_PORT" "$bench_password" "$1"; }

# bench_psql DATABASE SQL: one value per line, no headers.
bench_psql() {
  PGPASSWORD=$(cat "$bench_password") "$(pg_bin_dir)/psql" -h 127.0.0.1 -p "$BENCH_PG_PORT" -U incubator -d "$1" -XAtq -c "$2"
}

bench_createdb() {
  PGPASSWORD=$(cat "$bench_password") "$(pg_bin_dir)/createdb" -h 127.0.0.1 -p "$BENCH_PG_PORT" -U incubator "$1"
}

# bench_pgbench CLIENTS SECONDS: TPS of pgbench -N (the simple-update write, durable) on a database of its own.
bench_pgbench() {
  local bin
  bin=$(pg_bin_dir)
  if [ "$(bench_psql postgres "SELECT count(*) FROM pg_database WHERE datname = 'pgbench'")" = 0 ]; then
    bench_createdb pgbench
    PGPASSWORD=$(cat "$bench_password") "$bin/pgbench" -h 127.0.0.1 -p "$BENCH_PG_PORT" -U incubator -i -q pgbench >/dev/null 2>&1
  fi
  PGPASSWORD=$(cat "$bench_password") "$bin/pgbench" -h 127.0.0.1 -p "$BENCH_PG_PORT" -U incubator -N -c "$1" -j "$1" -T "$2" pgbench 2>/dev/null \
    | sed -n 's/^tps = \([0-9.]*\).*/\1/p' | cut -d. -f1
}

# Commits of the whole server since it started (all databases).
bench_commits() { bench_psql postgres "SELECT sum(xact_commit) FROM pg_stat_database"; }

bench_build_tool() {
  log "Building bench/Incubator.Bench…"
  dotnet build "$bench_root/bench/Incubator.Bench" -c Release --nologo -v quiet -warnaserror >&2
}

# bench_tool ARGS…: runs bench/Incubator.Bench (built by bench_build_tool).
bench_tool() { dotnet "$bench_root/bench/Incubator.Bench/bin/Release/net10.0/Incubator.Bench.dll" "$@"; }

# value KEY < key=value lines
value() { sed -n "s/^$1=//p" | head -n 1; }

bench_publish() {
  log "Publishing the silo and the client (as ./run.sh does)…"
  publish_all "$bench_root" >&2
}

# bench_platform_up DATABASE: the silo and the web client from the publish output, as ./run.sh starts them, on the
# private server. Sets BENCH_URL, BENCH_SILO_URL, bench_admin_password.
bench_platform_up() {
  bench_createdb "$1"
  export INCUBATOR_DB
  INCUBATOR_DB=$(bench_connection "$1")
  bench_admin_password="Bench$(openssl rand -hex 6)Aa1"
  export INCUBATOR_ADMIN_PASSWORD=$bench_admin_password
  local silo_http silo_port gateway_port client_port
  silo_http=$(free_port 5280)
  silo_port=$(free_port 11211)
  gateway_port=$(free_port 30100)
  client_port=$(free_port 5380)
  export Orleans__SiloPort=$silo_port Orleans__GatewayPort=$gateway_port Logging__Directory="$bench_work/logs"
  mkdir -p "$bench_work/logs"
  BENCH_SILO_URL="http://127.0.0.1:$silo_http"
  BENCH_URL="http://127.0.0.1:$client_port"
  (cd "$bench_root/.artifacts/publish/silo" && exec dotnet Incubator.Silo.dll --urls="$BENCH_SILO_URL") >"$bench_work/logs/silo.log" 2>&1 &
  bench_children+=($!)
  BENCH_SILO_PID=$!
  wait_ready "$BENCH_SILO_URL/health/ready" silo "$BENCH_SILO_PID" "$bench_work/logs"
  (cd "$bench_root/.artifacts/publish/client" && exec dotnet Incubator.Client.dll --urls="$BENCH_URL") >"$bench_work/logs/client.log" 2>&1 &
  bench_children+=($!)
  BENCH_CLIENT_PID=$!
  wait_ready "$BENCH_URL/health/ready" client "$BENCH_CLIENT_PID" "$bench_work/logs"
  log "Platform up: $BENCH_URL (silo $BENCH_SILO_URL)"
}

# bench_token: a bearer token of the administrator the platform created from INCUBATOR_ADMIN_PASSWORD.
bench_token() {
  curl -fsS -H 'Content-Type: application/json' -d "{\"userName\":\"admin\",\"password\":\"$bench_admin_password\"}" "$BENCH_URL/api/auth/token" \
    | json_field accessToken
}

# json_field NAME < JSON
json_field() { grep -o "\"$1\":\"[^\"]*\"" | head -n 1 | cut -d'"' -f4; }

# bench_api_post TOKEN PATH JSON: the created resource's id.
bench_api_post() {
  curl -fsS -H "Authorization: Bearer $1" -H 'Content-Type: application/json' -d "$3" "$BENCH_URL$2" | json_field id
}

# The heading lines every section starts with: machine load now and the reproducing command.
bench_section_head() {
  echo "## $1"
  echo
  echo "**Command:** \`$2\`; load average at start $(bench_load), $(nproc) cores."
  echo
}
