#!/usr/bin/env bash
# Start-up figures: median of N runs of `--exit-after-shown` (JVM start to first frame, shown_ms=...)
# for each command given, runs interleaved so machine load hits all alike. Needs a display: run it
# under `xvfb-run -a` on a headless machine.
#   packaging/measure-startup.sh 5 "/opt/deckhand/bin/Deckhand" "java -jar target/deckhand.jar"
set -euo pipefail
runs=$1; shift
declare -A samples data
trap 'for d in "${data[@]}"; do rm -rf "$d"; done' EXIT
# One collection per command, made by a first (unmeasured) run: measured runs are ordinary starts.
for cmd in "$@"; do
  data[$cmd]=$(mktemp -d)
  $cmd --data-dir "${data[$cmd]}" --exit-after-shown >/dev/null 2>&1 || true
done
for ((i = 1; i <= runs; i++)); do
  for cmd in "$@"; do
    ms=$($cmd --data-dir "${data[$cmd]}" --exit-after-shown 2>/dev/null | sed -n 's/^shown_ms=//p' | tail -1)
    samples[$cmd]+="${ms:-NaN} "
  done
done
for cmd in "$@"; do
  median=$(tr ' ' '\n' <<<"${samples[$cmd]}" | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  echo "median ${median} ms  [${samples[$cmd]% }]  $cmd"
done
