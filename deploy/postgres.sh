# Private PostgreSQL for ./run.sh and ./test.sh: sourced, not run.
# The server refuses root, so as root it runs as the `postgres` user on a folder that user owns.

pg_bin_dir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$dir" ] || [ ! -x "$dir/initdb" ]; then
    echo "PostgreSQL server binaries not found under /usr/lib/postgresql; install them: apt-get install -y --no-install-recommends postgresql" >&2
    return 1
  fi
  echo "$dir"
}

# Runs a server binary as the right user: ourselves, or `postgres` when we are root.
pg_as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# Prints a TCP port on 127.0.0.1 that nothing listens on, starting the search at $1.
free_port() {
  local port=$1
  while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
    port=$((port + 1))
  done
  echo "$port"
}

# True when the postgres user can reach and write into folder $1 (every parent must be traversable).
pg_can_use_dir() {
  [ "$(id -u)" != 0 ] && return 0
  runuser -u postgres -- test -x "$(dirname "$1")" 2>/dev/null
}

# pg_init DATA_DIR PASSWORD_FILE: creates a cluster whose superuser `incubator` logs in with a generated password.
pg_init() {
  local data=$1 password_file=$2 bin
  bin=$(pg_bin_dir) || return 1
  [ -f "$data/PG_VERSION" ] && return 0
  mkdir -p "$data"
  chmod 700 "$data"
  if [ ! -s "$password_file" ]; then
    (umask 077; openssl rand -hex 16 >"$password_file")
  fi
  local pwfile
  pwfile=$(mktemp)
  cp "$password_file" "$pwfile"
  if [ "$(id -u)" = 0 ]; then
    chown postgres:postgres "$data" "$pwfile"
  fi
  pg_as_owner "$bin/initdb" --pgdata="$data" --username=incubator --pwfile="$pwfile" \
    --auth-host=scram-sha-256 --auth-local=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 >"$data.initdb.log" 2>&1 \
    || { cat "$data.initdb.log" >&2; rm -f "$pwfile"; return 1; }
  rm -f "$pwfile"
}

# pg_start DATA_DIR PORT LOG [EXTRA_OPTIONS]: starts the server on 127.0.0.1:PORT only (no Unix socket) and waits
# until it accepts connections.
pg_start() {
  local data=$1 port=$2 log=$3 extra=${4:-} bin
  bin=$(pg_bin_dir) || return 1
  touch "$log"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$log"
  pg_as_owner "$bin/pg_ctl" --pgdata="$data" --log="$log" --wait --timeout=60 \
    -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories='' -c max_connections=200 $extra" start >/dev/null \
    || { tail -n 20 "$log" >&2; return 1; }
}

pg_stop() {
  local data=$1 bin
  bin=$(pg_bin_dir) || return 1
  [ -f "$data/postmaster.pid" ] || return 0
  pg_as_owner "$bin/pg_ctl" --pgdata="$data" --mode=fast --wait stop >/dev/null 2>&1 || true
}

# pg_connection_string PORT PASSWORD_FILE DATABASE
pg_connection_string() {
  echo "Host=127.0.0.1;Port=$1;Username=incubator;Password=$(cat "$2");Database=$3"
}
