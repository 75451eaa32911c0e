#!/usr/bin/env bash
# Installs the Linux package the way a user would and checks it, then removes it (called by .ci/run):
#   build the .deb -> dpkg -i -> `deckhand --version` from the PATH -> a headless start of the installed
#   app that opens the main window and exits 0 -> dpkg -r -> nothing left in /opt or on the PATH.
# Needs root (dpkg -i), dpkg-deb, fakeroot, xvfb-run and GTK 3: .ci/run installs them.
# The package is compressed with gzip -1 here (a quick check); release builds keep dpkg-deb's xz.
# DECKHAND_DEB=path checks a package built before instead.
set -euo pipefail
cd "$(dirname "$0")/.."

start=$(date +%s)
if [ -n "${DECKHAND_DEB:-}" ]; then
  deb=$DECKHAND_DEB # already built (the release workflow checks what it uploads)
else
  export DPKG_DEB_COMPRESSOR_TYPE=${DPKG_DEB_COMPRESSOR_TYPE:-gzip} DPKG_DEB_COMPRESSOR_LEVEL=${DPKG_DEB_COMPRESSOR_LEVEL:-1}
  mvn -B -q -Pinstaller -Dmaven.test.skip=true -Dinstaller.skipAppCds=true package
  deb=$(ls target/installer/dist/deckhand_*.deb)
  echo "check-installer: built $(basename "$deb") ($(( $(stat -c %s "$deb") / 1024 / 1024 )) MB, gzip -1) in $(( $(date +%s) - start )) s"
fi

if dpkg -s deckhand 2>/dev/null | grep -q "^Status: install ok installed"; then dpkg -r deckhand >/dev/null; fi
dpkg -i "$deb" >/dev/null
# A double-clicked deck reaches the app: the menu entry passes files (%F) and names the deck types.
grep -q '^Exec=.* %F' /opt/deckhand/lib/deckhand-Deckhand.desktop || { echo "check-installer: the desktop entry does not pass files" >&2; exit 1; }
grep -q 'application/x-apkg' /opt/deckhand/lib/deckhand-Deckhand.desktop || { echo "check-installer: no .apkg association" >&2; exit 1; }
echo "check-installer: installed, $(du -sm /opt/deckhand | cut -f1) MB in /opt/deckhand"

data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
version=$(deckhand --version)
echo "check-installer: deckhand --version -> $version"
# The installed app opens its window on an empty collection (first start: the bundled deck) and exits.
out=$(xvfb-run -a deckhand --data-dir "$data" --exit-after-shown 2>&1) || {
  echo "$out" >&2
  echo "check-installer: the installed app did not start" >&2
  exit 1
}
echo "check-installer: window shown ($(echo "$out" | grep -o 'shown_ms=[0-9]*' || echo 'no shown_ms'))"
deckhand decks --data-dir "$data" | grep -q . || { echo "check-installer: no decks after the first start" >&2; exit 1; }

dpkg -r deckhand >/dev/null
left=$( { ls -A /opt/deckhand 2>/dev/null; ls /usr/bin/deckhand 2>/dev/null; } || true)
if [ -n "$left" ]; then
  echo "check-installer: left behind after dpkg -r: $left" >&2
  exit 1
fi
echo "check-installer: removed cleanly; $(( $(date +%s) - start )) s in all"
