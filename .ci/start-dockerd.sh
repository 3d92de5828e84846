#!/usr/bin/env bash
# Starts a private Docker engine for tests and development, separate from any system engine:
# its own socket, data-root and exec-root, no iptables and no bridge.
#
#   eval "$(.ci/start-dockerd.sh [DIR])"    # sets DOCKER_HOST and DOCKERD_PID
#   .ci/stop-dockerd.sh "$DOCKERD_PID"
#
# DIR defaults to a new temporary folder. Progress goes to stderr; stdout carries only the
# shell assignments. The engine log is DIR/dockerd.log.
set -euo pipefail

dir="${1:-$(mktemp -d /tmp/aw-dockerd.XXXXXX)}"
mkdir -p "$dir"
socket="$dir/docker.sock"
deadline_s="${DOCKERD_START_TIMEOUT:-60}"

start() { # $1 = storage driver
    rm -f "$socket"
    # setsid: the engine survives the caller's shell job control; it is stopped by pid.
    setsid dockerd \
        --host "unix://$socket" \
        --data-root "$dir/data" \
        --exec-root "$dir/exec" \
        --pidfile "$dir/dockerd.pid" \
        --iptables=false --ip-masq=false --bridge=none \
        --storage-driver="$1" \
        >>"$dir/dockerd.log" 2>&1 </dev/null &
    echo $!
}

# Waits until the engine answers on its socket; fails if the process dies or time runs out.
wait_ready() { # $1 = pid
    local waited=0
    while (( waited < deadline_s * 10 )); do
        if ! kill -0 "$1" 2>/dev/null; then return 1; fi
        if DOCKER_HOST="unix://$socket" timeout 5 docker version --format '{{.Server.Version}}' >/dev/null 2>&1; then
            return 0
        fi
        sleep 0.1
        waited=$((waited + 1))
    done
    kill "$1" 2>/dev/null || true
    return 1
}

for driver in overlay2 vfs; do
    pid=$(start "$driver")
    if wait_ready "$pid"; then
        echo "dockerd ready: pid $pid, storage driver $driver, socket $socket (log: $dir/dockerd.log)" >&2
        echo "export DOCKER_HOST=unix://$socket"
        echo "export DOCKERD_PID=$pid"
        echo "export DOCKERD_DIR=$dir"
        exit 0
    fi
    wait "$pid" 2>/dev/null || true
    echo "dockerd did not start with storage driver $driver; last log lines:" >&2
    tail -n 5 "$dir/dockerd.log" >&2 || true
done
echo "error: could not start dockerd (log: $dir/dockerd.log)" >&2
exit 1
