#!/usr/bin/env bash
# Start-up benchmark: the wizard's --smoke against a bare JavaFX "hello" window, started the same way
# (same JVM, same class path, same toolkit), alternating runs. Prints the medians and their ratio.
# Usage: bench/startup.sh [runs]            (Monocle headless, no display needed)
#        DISPLAY=:99 bench/startup.sh --xvfb [runs]   (a real window under Xvfb)
set -euo pipefail
cd "$(dirname "$0")/.."
mode=monocle
if [ "${1:-}" = "--xvfb" ]; then mode=xvfb; shift; fi
runs=${1:-7}

./mvnw -q -B -DskipTests package test-compile >/dev/null
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test >/dev/null
cp="target/astro-upgrade-wizard.jar:target/test-classes:$(cat target/test-classpath.txt)"

flags=()
if [ "$mode" = monocle ]; then
  flags=(-Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dtestfx.headless=true)
fi

measure() {
  local out
  out=$(java "${flags[@]}" -cp "$cp" "$@" 2>/tmp/startup-bench.err) || { echo "failed: $* (see /tmp/startup-bench.err)" >&2; exit 1; }
  sed -n 's/^startup_ms=//p' <<<"$out"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

hello=(); wizard=()
measure 'io.astroupgrade.bench.HelloFx$Launcher' >/dev/null   # warm the file cache once
for i in $(seq "$runs"); do
  hello+=("$(measure io.astroupgrade.bench.HelloFx\$Launcher)")
  wizard+=("$(measure io.astroupgrade.app.Launcher --smoke)")
done
h=$(printf '%s\n' "${hello[@]}" | median)
w=$(printf '%s\n' "${wizard[@]}" | median)
echo "mode=$mode runs=$runs"
echo "hello_ms:  ${hello[*]}  median=$h"
echo "wizard_ms: ${wizard[*]}  median=$w"
awk -v w="$w" -v h="$h" 'BEGIN {printf "ratio=%.2f (goal <= 1.50)\n", w / h}'
