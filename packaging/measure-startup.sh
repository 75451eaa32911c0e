#!/usr/bin/env bash
# Start-up figures: median of N runs of `--exit-after-shown` for each command given, runs interleaved
# so machine load hits all alike. Two figures per command, both from JVM start:
#   first_frame_ms  the window's first frame (a bare window prints only shown_ms: the same moment)
#   shown_ms        the deck list with its decks on screen (what the user waits for); on a first start the
#                   deck list saying the bundled deck is on its way
#   decks_ms        first starts only: the bundled deck's rows on screen (added after the first frame)
# and the CPU milliseconds the process (cpu_ms) and its FX thread (fx_cpu_ms) had used by then, which
# a loaded machine changes much less than wall time (the work to compare when the machine is shared).
# Needs a display: run it under `xvfb-run -a` on a headless machine.
#   packaging/measure-startup.sh 5 "/opt/deckhand/bin/Deckhand" "java -jar target/deckhand.jar"
# FRESH=1 measures first starts instead: every run gets a new, empty data directory (bundled deck import).
set -euo pipefail
runs=$1; shift
fresh=${FRESH:-0}
declare -A first shown decks cpu fxcpu data
trap 'for d in "${data[@]}"; do rm -rf "$d"; done' EXIT
# One collection per command, made by a first (unmeasured) run: measured runs are ordinary starts.
for cmd in "$@"; do
  data[$cmd]=$(mktemp -d)
  $cmd --data-dir "${data[$cmd]}" --exit-after-shown >/dev/null 2>&1 || true
done
for ((i = 1; i <= runs; i++)); do
  for cmd in "$@"; do
    if [[ $fresh == 1 ]]; then rm -rf "${data[$cmd]}"; data[$cmd]=$(mktemp -d); fi
    out=$($cmd --data-dir "${data[$cmd]}" --exit-after-shown 2>/dev/null || true)
    s=$(sed -n 's/^shown_ms=//p' <<<"$out" | tail -1)
    f=$(sed -n 's/^first_frame_ms=//p' <<<"$out" | tail -1)
    k=$(sed -n 's/^decks_ms=//p' <<<"$out" | tail -1)
    decks[$cmd]+="${k:-NaN} "
    shown[$cmd]+="${s:-NaN} "
    c=$(sed -n 's/^cpu_ms=//p' <<<"$out" | tail -1)
    x=$(sed -n 's/^fx_cpu_ms=//p' <<<"$out" | tail -1)
    cpu[$cmd]+="${c:-NaN} "
    fxcpu[$cmd]+="${x:-NaN} "
    first[$cmd]+="${f:-${s:-NaN}} "
  done
done
median() { tr ' ' '\n' <<<"$1" | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for cmd in "$@"; do
  echo "first_frame median $(median "${first[$cmd]}") ms  [${first[$cmd]% }]  $cmd"
  echo "shown       median $(median "${shown[$cmd]}") ms  [${shown[$cmd]% }]  $cmd"
  if grep -q '[0-9]' <<<"${decks[$cmd]}"; then echo "decks       median $(median "${decks[$cmd]}") ms  [${decks[$cmd]% }]  $cmd"; fi
  echo "cpu         median $(median "${cpu[$cmd]}") ms  [${cpu[$cmd]% }]  fx thread $(median "${fxcpu[$cmd]}") ms  $cmd"
done
