#!/usr/bin/env bash
# P6: start-up times, medians of 3: ./run.sh (already built) until its URL answers, and the silo alone (from the publish
# output) until /health/ready, then the web client until /health/ready.
# ./run.sh is pointed at a private PostgreSQL (INCUBATOR_DB) so that the benchmark never touches the data of .data/.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$bench_root"

runs=$(quick_or 1 3)
bench_start_work p6
bench_publish
bench_pg_up
if [ -f .data/run.pid ] && kill -0 "$(cat .data/run.pid)" 2>/dev/null; then
  log "./run.sh is running here already; its start-up cannot be measured now"
  run_sh_skipped=1
fi
load=$(bench_load)
now_ms() { date +%s%3N; }

# wait_url URL PID DEADLINE_S: polls until URL answers 2xx; fails when PID exits first.
wait_url() {
  local deadline=$((SECONDS + $3))
  until curl -fsS -o /dev/null "$1" 2>/dev/null; do
    kill -0 "$2" 2>/dev/null || { log "process $2 exited before $1 answered"; return 1; }
    [ $SECONDS -lt $deadline ] || { log "$1 did not answer within $3 s"; return 1; }
    sleep 0.1
  done
}

run_sh=()
if [ -z "${run_sh_skipped:-}" ]; then
  had_admin=0
  [ -f .data/admin-created ] && had_admin=1
  for i in $(seq "$runs"); do
    db="runsh$i"
    bench_createdb "$db"
    rm -f .data/url
    start=$(now_ms)
    INCUBATOR_DB=$(bench_connection "$db") INCUBATOR_ADMIN_PASSWORD="Bench$(openssl rand -hex 6)Aa1" \
      setsid ./run.sh >"$bench_work/run-sh-$i.log" 2>&1 &
    pid=$!
    # run.sh writes its URL once the client answers /health/ready.
    until [ -s .data/url ] && curl -fsS -o /dev/null "$(cat .data/url)" 2>/dev/null; do
      kill -0 "$pid" 2>/dev/null || { log "./run.sh exited: $(tail -n 20 "$bench_work/run-sh-$i.log")"; exit 1; }
      sleep 0.1
    done
    run_sh+=("$(( $(now_ms) - start ))")
    # SIGTERM: a background job of a non-interactive shell ignores SIGINT (docs: stack-notes).
    kill -TERM "$pid"
    wait "$pid" 2>/dev/null || true
    log "./run.sh run $i: ${run_sh[-1]} ms to ready"
  done
  [ "$had_admin" = 1 ] || rm -f .data/admin-created
fi

silo=() client=()
for i in $(seq "$runs"); do
  db="silo$i"
  bench_createdb "$db"
  export INCUBATOR_DB
  INCUBATOR_DB=$(bench_connection "$db")
  export INCUBATOR_ADMIN_PASSWORD="Bench$(openssl rand -hex 6)Aa1"
  export Orleans__SiloPort Orleans__GatewayPort Logging__Directory="$bench_work/logs"
  Orleans__SiloPort=$(free_port 11311) Orleans__GatewayPort=$(free_port 30200)
  mkdir -p "$bench_work/logs"
  silo_url="http://127.0.0.1:$(free_port 5480)"
  client_url="http://127.0.0.1:$(free_port 5580)"
  start=$(now_ms)
  (cd .artifacts/publish/silo && exec dotnet Incubator.Silo.dll --urls="$silo_url") >"$bench_work/logs/silo-$i.log" 2>&1 &
  silo_pid=$!
  wait_url "$silo_url/health/ready" "$silo_pid" 120
  silo+=("$(( $(now_ms) - start ))")
  start=$(now_ms)
  (cd .artifacts/publish/client && exec dotnet Incubator.Client.dll --urls="$client_url") >"$bench_work/logs/client-$i.log" 2>&1 &
  client_pid=$!
  wait_url "$client_url/health/ready" "$client_pid" 120
  client+=("$(( $(now_ms) - start ))")
  stop_processes "$client_pid" "$silo_pid"
  log "run $i: silo ${silo[-1]} ms, client ${client[-1]} ms"
done

# What ./run.sh spends before starting anything: its publish step with nothing to rebuild (once: a reference).
publish=()
for i in 1; do
  start=$(now_ms)
  publish_all "$bench_root" >&2
  publish+=("$(( $(now_ms) - start ))")
done

ms() { awk -v v="$1" 'BEGIN { if (v == "") print "n/a"; else printf "%.1f s", v / 1000 }'; }
bench_section_head "P6 Start-up" "bench/run.sh p6"
echo "Medians of $runs starts, each on an empty database of a private PostgreSQL that is already running (so the schema"
echo "migration is in every figure). \`./run.sh\` is already built (its publish step finds nothing to do) and is pointed"
echo "at that server with INCUBATOR_DB; ready = the URL it prints answers. Load at start: $load."
echo
echo "| what | runs (ms) | median |"
echo "|---|---|---|"
echo "| \`./run.sh\` to ready (publish check, silo, client) | ${run_sh[*]:-not measured: ./run.sh was running} | $(ms "$(bench_median "${run_sh[@]:-}")") |"
echo "| of which: the publish step with nothing to rebuild (\`publish_all\`, measured alone) | ${publish[*]} | $(ms "$(bench_median "${publish[@]}")") |"
echo "| silo start to /health/ready | ${silo[*]} | $(ms "$(bench_median "${silo[@]}")") |"
echo "| web client start to /health/ready (silo up) | ${client[*]} | $(ms "$(bench_median "${client[@]}")") |"
echo
echo "No target in issue 8; the figures are a reference for later changes."
echo
