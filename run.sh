#!/usr/bin/env bash
# Builds and starts Incubator on this machine: a private PostgreSQL under .data/ (unless INCUBATOR_DB is set),
# the silo (which applies the schema) and the web client. A silo or client that crashes later is restarted with backoff
# (logged to .data/logs/supervisor.log). Ctrl-C or SIGTERM stops everything it started; data stays in .data/.
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)
data="$root/.data"
mkdir -p "$data"
source deploy/postgres.sh
source deploy/processes.sh

pidfile="$data/run.pid"
if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
  echo "Incubator is already running (pid $(cat "$pidfile")) at $(cat "$data/url" 2>/dev/null || echo '?'); leaving it alone."
  exit 0
fi
if [ -n "${INCUBATOR_DB:-}" ]; then ensure_prerequisites; else ensure_prerequisites postgresql; fi
echo $$ >"$pidfile"

pg_data=""
stop_all() {
  trap - INT TERM HUP EXIT
  echo
  echo "Stopping…"
  supervise_stop
  [ -n "$pg_data" ] && pg_stop "$pg_data"
  rm -f "$pidfile" "$data/url"
  echo "Stopped. Data is kept in $data."
}
trap stop_all EXIT
trap 'stop_all; exit 130' INT
trap 'stop_all; exit 143' TERM
trap 'stop_all; exit 129' HUP

echo "Building…"
publish_all "$root"

mkdir -p "$data/logs"
if [ -z "${INCUBATOR_DB:-}" ]; then
  # The server refuses root: as root, keep the cluster where the postgres user can reach it and link it here.
  pg_data="$data/postgres"
  if [ "$(id -u)" = 0 ] && ! runuser -u postgres -- test -x "$data" 2>/dev/null; then
    outside="/var/lib/incubator/$(echo -n "$root" | sha1sum | cut -c1-12)"
    mkdir -p "$outside"
    chown postgres:postgres "$outside"
    [ -L "$pg_data" ] || ln -s "$outside/postgres" "$pg_data"
    pg_dir="$outside/postgres"
    pg_log="$outside/postgres.log"
  else
    pg_dir="$pg_data"
    pg_log="$data/logs/postgres.log"
  fi
  pg_init "$pg_dir" "$data/postgres-password"
  pg_port=$(free_port 54330)
  pg_start "$pg_dir" "$pg_port" "$pg_log"
  pg_data="$pg_dir"
  export INCUBATOR_DB
  INCUBATOR_DB=$(pg_connection_string "$pg_port" "$data/postgres-password" incubator)
  echo "PostgreSQL: private server on 127.0.0.1:$pg_port, data in $pg_dir"
else
  echo "PostgreSQL: INCUBATOR_DB"
fi

# The first administrator: from INCUBATOR_ADMIN_PASSWORD, or generated once and shown once.
admin_note=""
if [ -z "${INCUBATOR_ADMIN_PASSWORD:-}" ] && [ ! -f "$data/admin-created" ]; then
  INCUBATOR_ADMIN_PASSWORD="$(openssl rand -base64 12 | tr -d '/+=')Aa1"
  admin_note="generated"
fi
export INCUBATOR_ADMIN_PASSWORD="${INCUBATOR_ADMIN_PASSWORD:-}"

silo_http=$(free_port 5180)
silo_port=$(free_port 11111)
gateway_port=$(free_port 30000)
client_port=$(free_port "${INCUBATOR_PORT:-5080}")
export Orleans__SiloPort=$silo_port Orleans__GatewayPort=$gateway_port
# JSON log files (silo-YYYYMMDD.json, client-YYYYMMDD.json) beside each process's console output.
export Logging__Directory="$data/logs"

# The same ports on every restart: the client keeps reconnecting to the gateway it knows.
start_silo() { cd "$root/.artifacts/publish/silo" && exec dotnet Incubator.Silo.dll --urls="http://127.0.0.1:$silo_http"; }
start_client() { cd "$root/.artifacts/publish/client" && exec dotnet Incubator.Client.dll --urls="http://127.0.0.1:$client_port"; }

# A process that fails its first start stops everything (a setup problem, shown now); later exits are restarted.
echo "Starting the silo…"
supervise_start silo "$data/logs/silo.log" start_silo
wait_ready "http://127.0.0.1:$silo_http/health/ready" silo "$(supervise_pid silo)" "$data/logs"

echo "Starting the web client…"
supervise_start client "$data/logs/client.log" start_client
wait_ready "http://127.0.0.1:$client_port/health/ready" client "$(supervise_pid client)" "$data/logs"
touch "$data/admin-created"

url="http://127.0.0.1:$client_port"
echo "$url" >"$data/url"
echo
echo "Incubator is running at $url"
echo "  API reference:     $url/api-reference   (OpenAPI: $url/openapi/v1.json)"
echo "  Jobs (Hangfire):   $url/jobs            Cluster (Orleans): $url/dashboard   (administrators)"
if [ "$admin_note" = generated ]; then
  echo "  Log in as: admin / $INCUBATOR_ADMIN_PASSWORD   (generated now and shown only this once)"
elif [ -n "$INCUBATOR_ADMIN_PASSWORD" ]; then
  echo "  Log in as: admin with the password in INCUBATOR_ADMIN_PASSWORD"
else
  echo "  Log in as: admin with the password shown on the first run"
fi
echo "  Logs: $data/logs/ (JSON: silo-*.json, client-*.json; restarts: supervisor.log)   Press Ctrl-C to stop."
supervise_loop "$data/logs/supervisor.log"
