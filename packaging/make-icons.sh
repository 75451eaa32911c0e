#!/usr/bin/env bash
# Regenerates the installer icons from deckhand.svg (the icons are committed; run this only after
# editing the SVG). Needs rsvg-convert (librsvg2-bin), ImageMagick's convert and png2icns (icnsutils).
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for s in 16 32 48 64 128 256 512; do
  rsvg-convert -w "$s" -h "$s" deckhand.svg -o "$tmp/$s.png"
done
cp "$tmp/256.png" deckhand.png          # Linux (.deb menu icon)
cp "$tmp/512.png" deckhand-512.png      # README, stores
convert "$tmp"/{16,32,48,64,128,256}.png deckhand.ico                        # Windows
png2icns deckhand.icns "$tmp"/{16,32,48,128,256,512}.png >/dev/null          # macOS
