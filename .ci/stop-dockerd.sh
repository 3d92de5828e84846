#!/usr/bin/env bash
# Stops a Docker engine started by start-dockerd.sh, by its pid: TERM, then KILL after 20 s.
set -euo pipefail
pid="${1:?usage: stop-dockerd.sh PID}"
kill -TERM "$pid" 2>/dev/null || exit 0
for _ in $(seq 1 200); do
    kill -0 "$pid" 2>/dev/null || exit 0
    sleep 0.1
done
echo "dockerd $pid did not stop within 20 s; killing it" >&2
kill -KILL "$pid" 2>/dev/null || true
