#!/usr/bin/env bash
# Several silos and one web client on this machine, finding each other through PostgreSQL (AdoNet clustering).
# Needs a shared database: INCUBATOR_DB=<connection string>; the first run also needs INCUBATOR_ADMIN_PASSWORD.
# Usage: INCUBATOR_DB=... deploy/run-cluster.sh [silo count, default 2]. Ctrl-C stops everything it started.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
source deploy/postgres.sh
source deploy/processes.sh

silos=${1:-2}
if [ -z "${INCUBATOR_DB:-}" ]; then
  echo "Set INCUBATOR_DB to the PostgreSQL connection string the silos share (./run.sh is the single-node way)." >&2
  exit 2
fi

logs="$root/.data/logs"
mkdir -p "$logs"
children=()
stop_all() {
  trap - INT TERM EXIT
  stop_processes "${children[@]}"
  echo "Stopped."
}
trap stop_all EXIT
trap 'stop_all; exit 130' INT
trap 'stop_all; exit 143' TERM

echo "Building…"
publish_all "$root"

export Orleans__ClusteringMode=AdoNet
# JSON log files named by process: silo-1-YYYYMMDD.json, silo-2-…, client-….
export Logging__Directory="$logs"
next_port=11111
next_gateway=30000
next_http=5180
for i in $(seq 1 "$silos"); do
  silo_port=$(free_port "$next_port"); gateway_port=$(free_port "$next_gateway"); http=$(free_port "$next_http")
  next_port=$((silo_port + 1)); next_gateway=$((gateway_port + 1)); next_http=$((http + 1))
  (cd "$root/.artifacts/publish/silo" && Orleans__SiloPort=$silo_port Orleans__GatewayPort=$gateway_port Logging__FileName="silo-$i" \
    exec dotnet Incubator.Silo.dll --urls="http://127.0.0.1:$http") >"$logs/silo-$i.log" 2>&1 &
  children+=($!)
  wait_ready "http://127.0.0.1:$http/health/ready" "silo-$i" "${children[-1]}" "$logs"
  echo "silo $i: silo port $silo_port, gateway $gateway_port, health http://127.0.0.1:$http/health/ready"
done

client_port=$(free_port "${INCUBATOR_PORT:-5080}")
(cd "$root/.artifacts/publish/client" && exec dotnet Incubator.Client.dll --urls="http://127.0.0.1:$client_port") >"$logs/client.log" 2>&1 &
children+=($!)
wait_ready "http://127.0.0.1:$client_port/health/ready" client "${children[-1]}" "$logs"
echo "Incubator ($silos silos) is running at http://127.0.0.1:$client_port — logs in $logs. Press Ctrl-C to stop."
wait -n "${children[@]}" || true
echo "A process exited; see $logs." >&2
