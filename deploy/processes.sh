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
