#!/usr/bin/env bash
# Reconciles the read models with grain state (docs/architecture.md, "Read models that never drift").
#   deploy/repair.sh --check [--wait SECONDS]   prints the drift (deploy/reconcile.sql); exit 0 when it is 0, else 1.
#                                               --wait polls until it is 0 or the time is up (e.g. after a kill -9,
#                                               while the restarted silo's projector catches up).
#   deploy/repair.sh [--wait SECONDS]           repairs: removes rows that have no grain, puts every organization whose
#                                               rows are missing or stale in the projection outbox, then waits (default
#                                               120 s) until a running silo's projector has redone them and no drift is
#                                               left. Needs a running silo (./run.sh or deploy/run-cluster.sh).
# Connection: INCUBATOR_DB, in the form ./run.sh prints and the silo reads (Host=…;Port=…;Username=…;Password=…;Database=…).
set -euo pipefail
cd "$(dirname "$0")/.."
source deploy/postgres.sh

mode=repair
wait_seconds=""
while [ $# -gt 0 ]; do
  case "$1" in
    --check) mode=check ;;
    --wait) wait_seconds=${2:?--wait needs a number of seconds}; shift ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1 (see deploy/repair.sh --help)" >&2; exit 2 ;;
  esac
  shift
done
[ "$mode" = repair ] && wait_seconds=${wait_seconds:-120}
wait_seconds=${wait_seconds:-0}

if [ -z "${INCUBATOR_DB:-}" ]; then
  echo "Set INCUBATOR_DB to the database's connection string (./run.sh prints the port; the password is in .data/postgres-password):" >&2
  echo "  INCUBATOR_DB='Host=127.0.0.1;Port=PORT;Username=incubator;Password=…;Database=incubator' deploy/repair.sh --check" >&2
  exit 2
fi

# The Npgsql connection string as libpq's environment, so the password never shows on a command line.
IFS=';' read -ra parts <<<"$INCUBATOR_DB"
for part in "${parts[@]}"; do
  key=$(echo "${part%%=*}" | tr '[:upper:]' '[:lower:]' | tr -d ' ')
  value=${part#*=}
  case "$key" in
    host|server) export PGHOST=$value ;;
    port) export PGPORT=$value ;;
    username|userid|user) export PGUSER=$value ;;
    password) export PGPASSWORD=$value ;;
    database) export PGDATABASE=$value ;;
  esac
done

psql=$(command -v psql || true)
if [ -z "$psql" ]; then
  bin=$(pg_bin_dir) || exit 2
  psql="$bin/psql"
fi
run_sql() { "$psql" -X -q -v ON_ERROR_STOP=1 "$@"; }

total_drift() { run_sql -tA -c "SELECT coalesce(sum(rows), 0) FROM incubator.read_model_drift()"; }

if [ "$mode" = repair ]; then
  echo "Drift found, before repair:"
  run_sql -c "SELECT * FROM incubator.repair_read_models()"
fi

deadline=$((SECONDS + wait_seconds))
while :; do
  drift=$(total_drift)
  if [ "$drift" = 0 ] || [ "$SECONDS" -ge "$deadline" ]; then
    break
  fi
  sleep 1
done

run_sql -f deploy/reconcile.sql
if [ "$drift" != 0 ]; then
  [ "$mode" = repair ] && echo "Drift left after ${wait_seconds}s: is a silo running? Its projector redoes the outbox rows." >&2
  exit 1
fi
echo "No drift."
