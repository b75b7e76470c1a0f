#!/usr/bin/env bash
# A three-silo cluster and two web clients on this machine behind nginx, all on loopback: the silos find each other,
# and the clients find their gateways, through PostgreSQL (Orleans:ClusteringMode = AdoNet). A silo or client that
# exits is started again (same ports, so the cluster replaces its old entry at once); the rest carry on.
#
# Usage: deploy/run-cluster.sh [silos, default 3] [clients, default 2]. Ctrl-C (or SIGTERM) stops everything it started.
# Database: INCUBATOR_DB=<connection string>, or else a private PostgreSQL under the state folder, as ./run.sh does.
# The first run creates the administrator from INCUBATOR_ADMIN_PASSWORD (generated and shown once when unset).
# Environment: INCUBATOR_CLUSTER_DIR (state: pids, nginx config, logs; default .data/cluster), INCUBATOR_PORT (nginx,
# default 5090), INCUBATOR_SKIP_BUILD=1 (use the existing .artifacts/publish output).
# For scripts (bench/p8-failover.sh): silo-N.pid / client-N.pid hold the running process of each, silo-N.health its
# readiness URL, events.log one line per restart, and url appears once everything is ready.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
source deploy/postgres.sh
source deploy/processes.sh

silos=${1:-3}
clients=${2:-2}
state=${INCUBATOR_CLUSTER_DIR:-$root/.data/cluster}
logs="$state/logs"
mkdir -p "$logs"
rm -f "$state/url" "$state/stopping"
command -v nginx >/dev/null || { echo "nginx is missing: apt-get install -y nginx-light (or nginx)" >&2; exit 1; }

supervisors=()
nginx_pid=""
pg_data=""
stop_all() {
  trap - INT TERM EXIT
  touch "$state/stopping"
  [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null && wait "$nginx_pid" 2>/dev/null
  stop_processes "${supervisors[@]}"
  [ -n "$pg_data" ] && pg_stop "$pg_data"
  rm -f "$state/url"
  echo "Stopped."
}
trap stop_all EXIT
trap 'stop_all; exit 130' INT
trap 'stop_all; exit 143' TERM

if [ "${INCUBATOR_SKIP_BUILD:-0}" != 1 ] || [ ! -f "$root/.artifacts/publish/silo/Incubator.Silo.dll" ]; then
  echo "Building…"
  publish_all "$root"
fi

if [ -z "${INCUBATOR_DB:-}" ]; then
  # As in ./run.sh: the server refuses root, so as root keep its files where the postgres user can reach them.
  pg_dir="$state/postgres"
  pg_log="$logs/postgres.log"
  if ! pg_can_use_dir "$pg_dir" || ! pg_can_use_dir "$pg_log"; then
    outside="/var/lib/incubator/cluster-$(echo -n "$state" | sha1sum | cut -c1-12)"
    mkdir -p "$outside"
    chown postgres:postgres "$outside"
    pg_dir="$outside/postgres"
    pg_log="$outside/postgres.log"
  fi
  pg_init "$pg_dir" "$state/postgres-password"
  pg_port=$(free_port 54340)
  pg_start "$pg_dir" "$pg_port" "$pg_log"
  pg_data="$pg_dir"
  echo "$pg_dir" >"$state/postgres-dir"
  echo "$pg_port" >"$state/postgres-port"
  echo "$pg_log" >"$state/postgres-log"
  export INCUBATOR_DB
  INCUBATOR_DB=$(pg_connection_string "$pg_port" "$state/postgres-password" incubator)
  echo "PostgreSQL: private server on 127.0.0.1:$pg_port, data in $pg_dir"
fi

admin_note=""
if [ -z "${INCUBATOR_ADMIN_PASSWORD:-}" ] && [ ! -f "$state/admin-created" ]; then
  INCUBATOR_ADMIN_PASSWORD="$(openssl rand -base64 12 | tr -d '/+=')Aa1"
  admin_note="generated"
fi
export INCUBATOR_ADMIN_PASSWORD="${INCUBATOR_ADMIN_PASSWORD:-}"
export Orleans__ClusteringMode=AdoNet
# JSON log files named by process: silo-1-YYYYMMDD.json, …, client-1-….
export Logging__Directory="$logs"

# keep_running NAME DIR DLL ARGS…: runs the process, and again after it exits (1 s later, doubling up to 30 s while it
# keeps dying within 10 s of its start), until the cluster stops. NAME.pid holds the current process.
keep_running() {
  local name=$1 dir=$2 dll=$3 pid="" delay=1 started rc
  shift 3
  trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; [ -n "$pid" ] && wait "$pid" 2>/dev/null; exit 0' TERM
  while :; do
    started=$SECONDS
    (cd "$dir" && exec dotnet "$dll" "$@") >>"$logs/$name.log" 2>&1 &
    pid=$!
    echo "$pid" >"$state/$name.pid"
    rc=0
    wait "$pid" || rc=$?
    pid=""
    [ -e "$state/stopping" ] && exit 0
    if [ $((SECONDS - started)) -ge 10 ]; then delay=1; fi
    echo "$(date -u +%FT%T.%3NZ) $name exited with $rc; starting it again in ${delay} s" | tee -a "$state/events.log" >&2
    sleep "$delay"
    delay=$((delay * 2 > 30 ? 30 : delay * 2))
  done
}

# wait_pidfile_ready URL NAME: like wait_ready, for a process started by keep_running.
wait_pidfile_ready() {
  local deadline=$((SECONDS + ${INCUBATOR_READY_SECONDS:-600}))
  until curl -fsS -o /dev/null "$1" 2>/dev/null; do
    if [ $SECONDS -ge $deadline ]; then echo "$2 did not become ready; see $logs/$2.log" >&2; tail -n 30 "$logs/$2.log" >&2; exit 1; fi
    sleep 0.5
  done
}

next_port=11111 next_gateway=30000 next_http=5180
for i in $(seq 1 "$silos"); do
  silo_port=$(free_port "$next_port"); gateway_port=$(free_port "$next_gateway"); http=$(free_port "$next_http")
  next_port=$((silo_port + 1)) next_gateway=$((gateway_port + 1)) next_http=$((http + 1))
  Orleans__SiloPort=$silo_port Orleans__GatewayPort=$gateway_port Logging__FileName="silo-$i" \
    keep_running "silo-$i" "$root/.artifacts/publish/silo" Incubator.Silo.dll --urls="http://127.0.0.1:$http" &
  supervisors+=($!)
  echo "http://127.0.0.1:$http/health/ready" >"$state/silo-$i.health"
  echo "$silo_port" >"$state/silo-$i.port"
  # The first silo applies the schema alone; the others then start side by side.
  [ "$i" = 1 ] && wait_pidfile_ready "http://127.0.0.1:$http/health/ready" "silo-$i"
  echo "silo $i: silo port $silo_port, gateway $gateway_port, health http://127.0.0.1:$http/health/ready"
done
for i in $(seq 2 "$silos"); do wait_pidfile_ready "$(cat "$state/silo-$i.health")" "silo-$i"; done

upstreams=""
next_client=5081
for i in $(seq 1 "$clients"); do
  port=$(free_port "$next_client"); next_client=$((port + 1))
  Logging__FileName="client-$i" keep_running "client-$i" "$root/.artifacts/publish/client" Incubator.Client.dll --urls="http://127.0.0.1:$port" &
  supervisors+=($!)
  echo "http://127.0.0.1:$port/health/ready" >"$state/client-$i.health"
  upstreams+="    server 127.0.0.1:$port max_fails=1 fail_timeout=2s;"$'\n'
  # The first client creates the administrator alone (two at once race on the user's unique name).
  [ "$i" = 1 ] && wait_pidfile_ready "http://127.0.0.1:$port/health/ready" "client-$i"
done
for i in $(seq 2 "$clients"); do wait_pidfile_ready "$(cat "$state/client-$i.health")" "client-$i"; done
touch "$state/admin-created"

# nginx as this user, with its own prefix, config and temp folders (no system service, nothing under /etc).
web="$state/nginx"
mkdir -p "$web/tmp"
listen=$(free_port "${INCUBATOR_PORT:-5090}")
user_line=""
# Started as root, nginx hands its workers to an unprivileged user, which must be able to write its temp folders.
if [ "$(id -u)" = 0 ]; then user_line="user nobody nogroup;"; chown -R nobody:nogroup "$web/tmp"; fi
cat >"$web/nginx.conf" <<EOF
# Generated by deploy/run-cluster.sh; rewritten on every start.
$user_line
worker_processes 1;
pid $web/nginx.pid;
error_log $logs/nginx-error.log warn;
events { worker_connections 2048; }
http {
  access_log off;
  client_body_temp_path $web/tmp/body;
  proxy_temp_path $web/tmp/proxy;
  fastcgi_temp_path $web/tmp/fastcgi;
  uwsgi_temp_path $web/tmp/uwsgi;
  scgi_temp_path $web/tmp/scgi;

  # Sticky clients: a Blazor circuit lives in one client process, so a browser keeps going to the client it started
  # on. The first answer sets incubator_node to a random value; the consistent hash of it picks the client, and keeps
  # picking the same one while it is up. Requests without the cookie (API callers) spread over the clients.
  map \$cookie_incubator_node \$incubator_affinity { "" \$request_id; default \$cookie_incubator_node; }
  map \$cookie_incubator_node \$incubator_set_cookie { "" "incubator_node=\$request_id; Path=/; HttpOnly; SameSite=Lax"; default ""; }
  # WebSockets (/_blazor): pass the upgrade on; other requests reuse kept-alive upstream connections.
  map \$http_upgrade \$incubator_connection { default upgrade; "" ""; }

  upstream incubator_clients {
    hash \$incubator_affinity consistent;
$upstreams    keepalive 64;
  }

  server {
    listen 127.0.0.1:$listen;
    client_max_body_size 20m;
    add_header Set-Cookie \$incubator_set_cookie always;

    location / {
      proxy_pass http://incubator_clients;
      proxy_http_version 1.1;
      proxy_set_header Upgrade \$http_upgrade;
      proxy_set_header Connection \$incubator_connection;
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
    }

    location /_blazor {
      proxy_pass http://incubator_clients;
      proxy_http_version 1.1;
      proxy_set_header Upgrade \$http_upgrade;
      proxy_set_header Connection \$incubator_connection;
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_buffering off;
      # A circuit is one long-lived connection: do not cut it for being quiet.
      proxy_read_timeout 1h;
      proxy_send_timeout 1h;
    }
  }
}
EOF
nginx -p "$web" -c "$web/nginx.conf" -g 'daemon off;' 2>>"$logs/nginx-error.log" &
nginx_pid=$!
wait_pidfile_ready "http://127.0.0.1:$listen/health/ready" nginx-error

url="http://127.0.0.1:$listen"
echo "$url" >"$state/url"
echo "Incubator ($silos silos, $clients clients behind nginx) is running at $url — logs in $logs. Press Ctrl-C to stop."
if [ "$admin_note" = generated ]; then
  echo "  Log in as: admin / $INCUBATOR_ADMIN_PASSWORD   (generated now and shown only this once)"
fi
# Runs until stopped; a dying silo or client is started again by its keep_running loop, and nginx only ends with us.
wait "$nginx_pid" || true
echo "nginx exited; see $logs/nginx-error.log." >&2
