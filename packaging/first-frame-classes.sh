#!/usr/bin/env bash
# Records which classes the FX thread loads from jars before the deck list is on screen, into the list
# ClassPreload loads ahead on a second thread (src/main/resources/io/deckhand/ui/common/first-frame-classes.txt).
# Run after changing what the first frame builds:
#   mvn -o -q -DskipTests package && xvfb-run -a packaging/first-frame-classes.sh
set -euo pipefail
cd "$(dirname "$0")/.."
out=src/main/resources/io/deckhand/ui/common/first-frame-classes.txt
data=$(mktemp -d); log=$(mktemp)
trap 'rm -rf "$data" "$log"' EXIT
java -jar target/deckhand.jar --data-dir "$data" --exit-after-shown >/dev/null 2>&1 # first start: makes the collection
java -Xlog:class+load:file="$log":tid -jar target/deckhand.jar --data-dir "$data" --exit-after-shown >/dev/null 2>&1
fx=$(grep ' io.deckhand.ui.shell.MainWindow ' "$log" | sed -E 's/^\[([0-9]+)\].*/\1/')
{
  echo "# Classes the FX thread loads from jars for the first frame, in order (ClassPreload); regenerate with packaging/first-frame-classes.sh"
  grep "^\[$fx\]" "$log" | grep -v 'shared objects file' | grep -v -E 'Lambda|/0x' | sed -E 's/^\[[0-9]+\] ([^ ]+) source: .*/\1/'
} >"$out"
echo "$(($(wc -l <"$out") - 1)) classes in $out"
