#!/usr/bin/env bash
# Regenerates the committed icon files from parallax.svg. Run it after changing the SVG; the build uses
# the committed files so Windows and macOS builds need none of these tools.
# Needs (Debian): librsvg2-bin (rsvg-convert), imagemagick (convert), icnsutils (png2icns).
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for size in 16 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" parallax.svg -o "$tmp/$size.png"
done
cp "$tmp/256.png" parallax.png
# Windows: one .ico with the sizes Explorer and the taskbar ask for.
convert "$tmp/16.png" "$tmp/32.png" "$tmp/48.png" "$tmp/64.png" "$tmp/128.png" "$tmp/256.png" parallax.ico
# macOS: png2icns picks the icns slot from each PNG's size.
png2icns parallax.icns "$tmp/16.png" "$tmp/32.png" "$tmp/128.png" "$tmp/256.png" "$tmp/512.png" >/dev/null
ls -l parallax.png parallax.ico parallax.icns
