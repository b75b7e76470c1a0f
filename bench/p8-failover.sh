#!/usr/bin/env bash
# P8: faults under write load on the loopback cluster of deploy/run-cluster.sh (3 silos, 2 clients, nginx, one private
# PostgreSQL). wrk files organizations through nginx the whole time while
#   A. one silo is killed with SIGKILL every 30 s, 4 times (the next silo each round); run-cluster.sh starts it again;
#   B. PostgreSQL is restarted (pg_ctl restart -m fast) once.
# Afterwards every acknowledged filing (an id answered with 201) is looked up through the API; the section reports
# losses, 500s and 503s, how long failures lasted after each fault, when the dead silo was declared dead, and when
# its new process was Active in orleans.membership. Bounded: about 4 minutes plus start-up (BENCH_QUICK=1: 1 kill).
# Prints one markdown section on stdout, diagnostics on stderr. Needs nginx and wrk (apt-get install -y nginx-light wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
source deploy/postgres.sh
log() { echo "$@" >&2; }
command -v wrk >/dev/null || { log "wrk not found: apt-get install -y wrk"; exit 1; }

rounds=4 interval=30 connections=${BENCH_CONNECTIONS:-10}
[ "${BENCH_QUICK:-0}" = 1 ] && rounds=1
work=$(mktemp -d /tmp/incubator-p8.XXXXXX)
chmod 755 "$work"
cluster_pid="" wrk_pid="" watcher_pid=""
cleanup() {
  trap - EXIT
  [ -n "$wrk_pid" ] && kill "$wrk_pid" 2>/dev/null
  [ -n "$watcher_pid" ] && kill "$watcher_pid" 2>/dev/null
  if [ -n "$cluster_pid" ]; then
    kill "$cluster_pid" 2>/dev/null || true
    # Silos stop gracefully (leaving the membership table), which takes a while on a loaded machine.
    local deadline=$((SECONDS + 120))
    while kill -0 "$cluster_pid" 2>/dev/null && [ $SECONDS -lt $deadline ]; do sleep 1; done
  fi
  if [ "${BENCH_KEEP:-0}" = 1 ]; then log "Kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'cleanup; exit 130' INT
trap 'cleanup; exit 143' TERM

state="$work/cluster"
mkdir -p "$state" "$work/acks-a" "$work/acks-b"
export INCUBATOR_CLUSTER_DIR=$state INCUBATOR_PORT=5490
export INCUBATOR_ADMIN_PASSWORD="P8$(openssl rand -hex 6)Aa1"
unset INCUBATOR_DB
load_at_start=$(cut -d' ' -f1-3 /proc/loadavg)
log "Starting the cluster (deploy/run-cluster.sh 3 2, output in $state/logs)…"
deploy/run-cluster.sh 3 2 >"$work/cluster.out" 2>&1 &
cluster_pid=$!
deadline=$((SECONDS + 900))
until [ -f "$state/url" ]; do
  kill -0 "$cluster_pid" 2>/dev/null || { tail -n 40 "$work/cluster.out" >&2; exit 1; }
  [ $SECONDS -lt $deadline ] || { log "The cluster did not come up"; exit 1; }
  sleep 1
done
url=$(cat "$state/url")
pg_port=$(cat "$state/postgres-port")
pg_dir=$(cat "$state/postgres-dir")
psql_q() { PGPASSWORD=$(cat "$state/postgres-password") "$(pg_bin_dir)/psql" -h 127.0.0.1 -p "$pg_port" -U incubator -d incubator -XAtq -c "$1"; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

json_field() { grep -o "\"$1\":\"[^\"]*\"" | head -n 1 | cut -d'"' -f4; }
token=$(curl -fsS -H 'Content-Type: application/json' -d "{\"userName\":\"admin\",\"password\":\"$INCUBATOR_ADMIN_PASSWORD\"}" "$url/api/auth/token" | json_field accessToken)
post() { curl -fsS -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d "$2" "$url$1" | json_field id; }
district=$(post /api/geography/areas "{\"name\":\"演练区$RANDOM\",\"level\":\"District\"}")
incubator=$(post /api/geography/incubators "{\"name\":\"演练孵化园$RANDOM\",\"areaId\":\"$district\"}")
export BENCH_TOKEN=$token BENCH_INCUBATOR=$incubator
log "Cluster up at $url; filing into incubator $incubator"

# load NAME SECONDS: wrk in the background, answers logged under $work/acks-NAME.
load() {
  BENCH_ACK_DIR="$work/acks-$1" wrk -t2 -c"$connections" -d"${2}s" --timeout 15s -s "$root/bench/wrk/p8-filing.lua" "$url" \
    >"$work/wrk-$1.out" 2>&1 &
  wrk_pid=$!
}
# finish_load NAME: waits for wrk (not in a $(…): a subshell cannot wait for it) and sets result to its RESULT line.
finish_load() { wait "$wrk_pid" || true; wrk_pid=""; result=$(sed -n 's/^RESULT //p' "$work/wrk-$1.out"); }

# The membership table twice a second ("epoch port generation status" lines), for when each silo died and rejoined.
(
  while :; do
    psql_q "SELECT extract(epoch FROM clock_timestamp())::numeric(14,1) || ' ' || port || ' ' || generation || ' ' || status FROM orleans.membership" 2>/dev/null || true
    sleep 0.5
  done
) >"$work/membership.log" &
watcher_pid=$!

# Part A: kill a silo every $interval s.
hangfire_before=$(psql_q "SELECT count(*) FROM hangfire.job")
load a $((rounds * interval + 20))
start_a=$(date +%s)
kills=()
for round in $(seq "$rounds"); do
  # Kills at fixed times (every $interval s from the start of the load), whatever the watching below took.
  target=$((start_a + round * interval))
  while [ "$(date +%s)" -lt "$target" ]; do sleep 0.2; done
  silo=$(( (round % 3) + 1 ))
  port=$(cat "$state/silo-$silo.port")
  old_pid=$(cat "$state/silo-$silo.pid")
  old_generation=$(psql_q "SELECT coalesce(max(generation), 0) FROM orleans.membership WHERE port = $port AND status = 3")
  killed_at=$(now)
  kill -9 "$old_pid"
  log "Round $round: SIGKILL silo-$silo (pid $old_pid, port $port, generation $old_generation)"
  kills+=("$round:silo-$silo:$killed_at:$port:$old_generation")
done
finish_load a; result_a=$result
log "Part A wrk: $result_a"
active_end=$(psql_q "SELECT count(*) FROM orleans.membership WHERE status = 3")

# Part B: restart PostgreSQL under load, once all silos are Active again (or 3 minutes passed).
deadline=$((SECONDS + 180))
until [ "$(psql_q "SELECT count(*) FROM orleans.membership WHERE status = 3")" -ge 3 ] || [ $SECONDS -ge $deadline ]; do sleep 1; done
scheduled_before=$(psql_q "SELECT coalesce(string_agg(statename || '=' || n, ' ' ORDER BY statename), 'none') FROM (SELECT statename, count(*) n FROM hangfire.job GROUP BY statename) s")
load b 40
sleep 10
restarted_at=$(date +%s)
log "Part B: pg_ctl restart -m fast"
pg_as_owner "$(pg_bin_dir)/pg_ctl" --pgdata="$pg_dir" --log="$(cat "$state/postgres-log")" --mode=fast --wait restart >/dev/null
pg_back=$(( $(date +%s) - restarted_at ))
finish_load b; result_b=$result
log "Part B wrk: $result_b"
jobs_after=$(psql_q "SELECT coalesce(string_agg(statename || '=' || n, ' ' ORDER BY statename), 'none') FROM (SELECT statename, count(*) n FROM hangfire.job GROUP BY statename) s")
hangfire_after=$(psql_q "SELECT count(*) FROM hangfire.job")
failed_jobs=$(psql_q "SELECT count(*) FROM hangfire.job WHERE statename = 'Failed'")

# Reconcile: every acknowledged id must be readable through the API (grain state) and listed in the directory.
cat "$work"/acks-a/*.log >"$work/answers-a"
cat "$work"/acks-b/*.log >"$work/answers-b"
cat "$work/answers-a" "$work/answers-b" | awk '$2 == 201 { print $3 }' | sort -u >"$work/acked"
acked=$(wc -l <"$work/acked")
# Read back with retries: a 503 now (the cluster still settling) is not a loss; a 404 is.
cp "$work/acked" "$work/unread"
for pass in 1 2 3 4 5 6; do
  [ -s "$work/unread" ] || break
  {
    echo "header = \"Authorization: Bearer $token\""
    sed "s|.*|url = \"$url/api/organizations/&\"\noutput = /dev/null|" "$work/unread"
  } >"$work/curl.conf"
  curl -s -K "$work/curl.conf" -w '%{http_code} %{url_effective}\n' >"$work/readback" || true
  awk '$1 != 200 { sub(".*/", "", $2); print $2 }' "$work/readback" >"$work/unread"
  [ -s "$work/unread" ] && sleep 5
done
lost=$(awk '$1 == 404' "$work/readback" | wc -l)
missing_api=$(wc -l <"$work/unread")
missing_directory=$(PGPASSWORD=$(cat "$state/postgres-password") "$(pg_bin_dir)/psql" -h 127.0.0.1 -p "$pg_port" -U incubator -d incubator -XAtq \
  -c "CREATE TEMP TABLE acked (id uuid)" -c "\\copy acked FROM '$work/acked'" \
  -c "SELECT count(*) FROM acked a WHERE NOT EXISTS (SELECT 1 FROM incubator.organization_directory d WHERE d.organization_id = a.id)" | tail -n 1)
doubled=$(psql_q "SELECT count(*) FROM (SELECT name FROM incubator.organization_directory WHERE incubator_id = '$incubator' GROUP BY name HAVING count(*) > 1) d")
restarts=$(grep -c "silo-.* exited" "$state/events.log" 2>/dev/null || echo 0)

# count FILE STATUS-AWK-CONDITION
count() { awk "$2 { n++ } END { print n + 0 }" "$1"; }
# recovery FILE START: seconds from START until requests succeed again: the first whole second from which on, for
# 3 seconds, answers came and none failed (not 2xx). A stall (no answers at all) counts as failing.
recovery() {
  awk -v s="$2" -v w="$interval" '$1 >= s && $1 < s + w { n[$1]++; if ($2 < 200 || $2 > 299) bad[$1]++ }
    END { for (t = s; t < s + w; t++) { ok = 1; for (u = t; u < t + 3; u++) if (!n[u] || bad[u]) ok = 0; if (ok) { print t - s; exit } } print ">" w }' "$1"
}
# disturbed FILE START: seconds in [START, START+interval) with a failed answer or no answer at all (a stall), which
# includes the restarted silo rejoining.
disturbed() {
  awk -v s="$2" -v w="$interval" '$1 >= s && $1 < s + w { n[$1]++; if ($2 < 200 || $2 > 299) bad[$1]++ }
    END { c = 0; for (t = s; t < s + w; t++) if (!n[t] || bad[t]) c++; print c }' "$1"
}
field() { local v; v=$(tr ' ' '\n' <<<"$1" | sed -n "s/^$2=//p"); echo "${v:-0}"; }

echo "## P8 Failover: silo SIGKILL and PostgreSQL restart under filing load"
echo
echo "**Command:** \`bench/p8-failover.sh\` (or \`bench/run.sh p8\`); load average at start $load_at_start, $(nproc) cores."
echo
echo "deploy/run-cluster.sh: 3 silos and 2 web clients behind nginx on loopback, AdoNet clustering on one private PostgreSQL"
echo "(fsync on). wrk: 2 threads, $connections connections, POST /api/organizations through nginx the whole time."
echo "Membership: ProbeTimeout 2 s, NumMissedProbesLimit 2, grain call timeout 10 s (OrleansOptions)."
echo
echo "| fault | declared dead after s | new process in membership after s | new process Active after s | requests succeed again after s | seconds with failures or no answer, of the next 30 |"
echo "|---|---|---|---|---|---|"
for k in "${kills[@]}"; do
  IFS=: read -r round name killed_at port old_generation <<<"$k"
  at=${killed_at%.*}
  dead=$(awk -v t="$killed_at" -v p="$port" -v g="$old_generation" '$2 == p && $3 == g && $4 == 6 { printf "%.1f", $1 - t; exit }' "$work/membership.log")
  joined=$(awk -v t="$killed_at" -v p="$port" -v g="$old_generation" '$2 == p && $3 > g && $4 == 3 { printf "%.1f", $1 - t; exit }' "$work/membership.log")
  ready=$(awk -v t="$killed_at" -v p="$port" -v g="$old_generation" '$2 == p && $3 > g { printf "%.1f", $1 - t; exit }' "$work/membership.log")
  dead=${dead:-n/a} ready=${ready:-n/a} active=${joined:-n/a}
  echo "| round $round: SIGKILL $name | $dead | $ready | $active | $(recovery "$work/answers-a" "$at") | $(disturbed "$work/answers-a" "$at") |"
done
echo "| pg_ctl restart -m fast (server back after ${pg_back} s) | – | – | – | $(recovery "$work/answers-b" "$restarted_at") | $(disturbed "$work/answers-b" "$restarted_at") |"
echo
echo "| run | requests | answered 201 | 500 | 503 (all with Retry-After) | other non-2xx | socket errors + timeouts | p99 ms | max ms |"
echo "|---|---|---|---|---|---|---|---|---|"
for part in a b; do
  r=$([ $part = a ] && echo "$result_a" || echo "$result_b")
  f="$work/answers-$part"
  label=$([ $part = a ] && echo "A: $rounds silo kills" || echo "B: PostgreSQL restart")
  with_retry=$(awk '$2 == 503 && $4 != "-" { n++ } END { print n + 0 }' "$f")
  echo "| $label | $(field "$r" requests) | $(count "$f" '$2 == 201') | $(count "$f" '$2 == 500') | $(count "$f" '$2 == 503') ($with_retry) | $(count "$f" '$2 != 201 && $2 != 500 && $2 != 503') | $(( $(field "$r" socket_errors) + $(field "$r" timeouts) )) | $(field "$r" p99_ms) | $(field "$r" max_ms) |"
done
echo
echo "Acknowledged filings: $acked; lost (404 when read back through the API): **$lost**; still unreadable after 6 tries: $missing_api; missing from the directory"
echo "read model: $missing_directory; names filed twice: $doubled. Silo restarts by run-cluster.sh: $restarts; Active silos at the"
echo "end of part A: $active_end. Hangfire jobs: $hangfire_before before, $hangfire_after after ($jobs_after; before the"
echo "PostgreSQL restart: $scheduled_before); failed: $failed_jobs."
echo
echo "Targets: 0 acknowledged filings lost; failures over within 10 s of a fault; 0 answers 500 (503 with Retry-After while a"
echo "silo is being declared dead); the killed silo restarted and Active again. Before: 1,206 answers 500 in one failover"
echo "window, and a killed silo tore the whole run-cluster.sh cluster down."
echo
