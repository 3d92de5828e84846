#!/usr/bin/env bash
# Times a package listing on the real engine: the docker CLI, our service cold, our service from the cache.
# Needs an engine: DOCKER_HOST, or the default socket (for a private one: eval "$(.ci/start-dockerd.sh)").
# Usage: bench/freeze-benchmark.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
exec java -Dshared.dir="$PWD/../shared" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    io.astroupgrade.docker.FreezeBenchmark "$@"
