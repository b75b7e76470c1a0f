# Starting, watching and stopping the platform's processes for ./run.sh and deploy/run-cluster.sh: sourced, not run.

# publish_all ROOT: builds the silo and the web client into ROOT/.artifacts/publish (static web assets need publish output).
publish_all() {
  dotnet publish "$1/src/Silo/Incubator.Silo.csproj" -c Release -o "$1/.artifacts/publish/silo" --nologo -v quiet
  dotnet publish "$1/src/Client/Incubator.Client.csproj" -c Release -o "$1/.artifacts/publish/client" --nologo -v quiet
}

# wait_ready URL NAME PID LOG_DIR: polls URL until it answers 2xx; exits with the log's tail if PID dies or 120 s pass.
wait_ready() {
  local url=$1 name=$2 pid=$3 logs=$4 deadline=$((SECONDS + 120))
  until curl -fsS -o /dev/null "$url" 2>/dev/null; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "$name exited; see $logs/$name.log" >&2; tail -n 30 "$logs/$name.log" >&2; exit 1; fi
    if [ $SECONDS -ge $deadline ]; then echo "$name did not become ready; see $logs/$name.log" >&2; exit 1; fi
    sleep 0.5
  done
}

# stop_processes PID…: asks each to stop, then waits for all of them.
stop_processes() {
  local pid
  for pid in "$@"; do kill "$pid" 2>/dev/null || true; done
  for pid in "$@"; do wait "$pid" 2>/dev/null || true; done
}

# Supervision: restarts a process that exits, with backoff, instead of stopping everything.
#   supervise_start NAME LOG FUNCTION [ARG…]   starts FUNCTION ARG… in the background, output to LOG (truncated now,
#                                              appended on restarts); FUNCTION should `exec` the real program so the
#                                              pid we watch is the program's
#   supervise_pid NAME                         the pid running NAME now (empty while it waits to be restarted)
#   supervise_loop SUPERVISOR_LOG              waits; whenever a process exits, logs it (stdout and SUPERVISOR_LOG: time,
#                                              process, exit code, next delay) and restarts it after the delay; never
#                                              returns, so the caller's INT/TERM trap must call supervise_stop and exit
#   supervise_stop                             SIGTERM to every supervised process and pending restart, SIGKILL after
#                                              SUPERVISE_STOP_SECONDS (30); returns when all of them are gone
# Backoff: SUPERVISE_INITIAL_MS (1000), doubled after each quick exit up to SUPERVISE_MAX_MS (30000), back to the
# initial delay once a process has stayed up SUPERVISE_STABLE_SECONDS (60). One shell waits on every process and on
# one timer per pending restart (`wait -n`), so several processes back off independently and a signal interrupts
# the wait at once.
declare -gA _sup_cmd=() _sup_log=() _sup_pid=() _sup_timer=() _sup_delay=() _sup_started=() _sup_restarts=()
declare -ga _sup_names=()

_sup_now_ms() { local t=${EPOCHREALTIME/[.,]/}; echo $((t / 1000)); }

# Milliseconds as the seconds `sleep` takes and people read: 1500 → 1.5.
_sup_seconds() {
  local ms=$1
  if [ $((ms % 1000)) -eq 0 ]; then echo "$((ms / 1000))"; else printf '%d.%03d\n' $((ms / 1000)) $((ms % 1000)) | sed 's/0*$//'; fi
}

_sup_launch() {
  local name=$1
  eval "${_sup_cmd[$name]}" >>"${_sup_log[$name]}" 2>&1 &
  _sup_pid[$name]=$!
  _sup_timer[$name]=""
  _sup_started[$name]=$(_sup_now_ms)
}

supervise_start() {
  local name=$1 log=$2
  shift 2
  _sup_names+=("$name")
  _sup_cmd[$name]=$(printf '%q ' "$@")
  _sup_log[$name]=$log
  _sup_delay[$name]=${SUPERVISE_INITIAL_MS:-1000}
  _sup_restarts[$name]=0
  : >"$log"
  _sup_launch "$name"
}

supervise_pid() { echo "${_sup_pid[$1]:-}"; }

_sup_say() {
  local line
  line="$(date -u +%Y-%m-%dT%H:%M:%S.%3NZ) $*"
  echo "$line"
  echo "$line" >>"$_sup_journal"
}

supervise_loop() {
  _sup_journal=$1
  local initial=${SUPERVISE_INITIAL_MS:-1000} max=${SUPERVISE_MAX_MS:-30000} stable=${SUPERVISE_STABLE_SECONDS:-60}
  local name pids who="" rc up_ms delay how
  mkdir -p "$(dirname "$_sup_journal")"
  for name in "${_sup_names[@]}"; do who+="${who:+, }$name (pid ${_sup_pid[$name]})"; done
  _sup_say "supervisor: watching $who"
  while true; do
    pids=()
    for name in "${_sup_names[@]}"; do
      if [ -n "${_sup_pid[$name]}" ]; then pids+=("${_sup_pid[$name]}"); fi
      if [ -n "${_sup_timer[$name]}" ]; then pids+=("${_sup_timer[$name]}"); fi
    done
    who="" rc=0
    wait -n -p who "${pids[@]}" 2>/dev/null || rc=$? # bash's "Killed" notice: we log our own line
    [ -n "$who" ] || continue # interrupted by a signal whose trap did not exit
    for name in "${_sup_names[@]}"; do
      if [ "${_sup_timer[$name]}" = "$who" ]; then
        _sup_launch "$name"
        _sup_say "supervisor: $name restarted (pid ${_sup_pid[$name]}, restart ${_sup_restarts[$name]})"
      elif [ "${_sup_pid[$name]}" = "$who" ]; then
        up_ms=$(($(_sup_now_ms) - _sup_started[$name]))
        # A process that stayed up a while crashed for a new reason: start over from the shortest delay.
        [ "$up_ms" -ge $((stable * 1000)) ] && _sup_delay[$name]=$initial
        delay=${_sup_delay[$name]}
        _sup_delay[$name]=$((delay * 2 > max ? max : delay * 2))
        _sup_restarts[$name]=$((_sup_restarts[$name] + 1))
        how="code $rc"
        [ "$rc" -gt 128 ] && how="$how (SIG$(kill -l $((rc - 128)) 2>/dev/null || echo '?'))"
        _sup_say "supervisor: $name (pid $who) exited with $how after $(_sup_seconds "$up_ms")s; restarting in $(_sup_seconds "$delay")s; see ${_sup_log[$name]}"
        _sup_pid[$name]=""
        sleep "$(_sup_seconds "$delay")" &
        _sup_timer[$name]=$!
      fi
    done
  done
}

# True while PID runs: an exited child stays a zombie until waited for, so `kill -0` cannot tell.
_sup_running() {
  local stat
  { read -r stat </proc/"$1"/stat; } 2>/dev/null || return 1
  stat=${stat##*) }
  [ "${stat%% *}" != Z ]
}

supervise_stop() {
  local name pid pids=() deadline=$((SECONDS + ${SUPERVISE_STOP_SECONDS:-30}))
  for name in "${_sup_names[@]}"; do
    if [ -n "${_sup_pid[$name]}" ]; then pids+=("${_sup_pid[$name]}"); fi
    if [ -n "${_sup_timer[$name]}" ]; then pids+=("${_sup_timer[$name]}"); fi
    _sup_pid[$name]="" _sup_timer[$name]=""
  done
  [ ${#pids[@]} -gt 0 ] || return 0
  kill "${pids[@]}" 2>/dev/null || true
  # Polled, not `wait -n`: in a trap handler bash may not notice a second child's exit until another one exits.
  for pid in "${pids[@]}"; do
    while _sup_running "$pid"; do
      if [ $SECONDS -ge "$deadline" ]; then kill -KILL "$pid" 2>/dev/null || true; break; fi
      sleep 0.1
    done
  done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
}

# ensure_prerequisites [postgresql]: makes sure what the launch scripts call is installed (curl for health checks,
# openssl for generated passwords, and with `postgresql` the server binaries for a private database). As root it
# installs what is missing with apt-get, as .ci/run does; otherwise it prints the one command to run and fails.
ensure_prerequisites() {
  local missing=() sudo=""
  if ! command -v dotnet >/dev/null; then
    echo "The .NET 10 SDK is missing: install it (https://learn.microsoft.com/dotnet/core/install/linux-debian), then run this again." >&2
    return 1
  fi
  command -v curl >/dev/null || missing+=(curl)
  command -v openssl >/dev/null || missing+=(openssl)
  if [ "${1:-}" = postgresql ] && ! pg_bin_dir >/dev/null 2>&1; then missing+=(postgresql); fi
  [ ${#missing[@]} -gt 0 ] || return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing ${missing[*]} (apt-get)…"
    if DEBIAN_FRONTEND=noninteractive apt-get update -qq \
      && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; then
      return 0
    fi
    echo "apt-get could not install ${missing[*]} (see its message above); install them, then run this again." >&2
    return 1
  fi
  [ "$(id -u)" = 0 ] || sudo="sudo "
  if command -v apt-get >/dev/null; then
    echo "Incubator needs ${missing[*]}, which this machine lacks. Install with:" >&2
    echo >&2
    echo "    ${sudo}apt-get install -y ${missing[*]}" >&2
    echo >&2
    echo "then run this again (or run it as root, and it installs them itself)." >&2
  else
    echo "Incubator needs ${missing[*]} (on Debian: apt-get install -y ${missing[*]}); for postgresql, the server binaries initdb and pg_ctl under /usr/lib/postgresql/<version>/bin. Install them, then run this again." >&2
  fi
  return 1
}
