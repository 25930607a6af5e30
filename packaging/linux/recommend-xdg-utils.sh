#!/bin/sh
# Moves xdg-utils from the .deb's Depends: to its Recommends: (docs/install.md, "What the Linux package installs").
# jpackage makes every package with a menu entry depend on xdg-utils, which postinst uses to register the menu entry
# and the file types; Parallax itself never runs it. With it required, `dpkg -i` on a desktop without it left the
# package unconfigured ("dependency problems"), the program unusable until `apt-get -f install`. postinst registers
# the menu entry when xdg-utils is there and says how to add it when it is not. Only the small control member of
# the .deb is rewritten, in place: the program's files (data.tar) are not unpacked or compressed again.
# Usage: recommend-xdg-utils.sh DIST_FOLDER VERSION (the .deb jpackage made there for this machine's architecture)
set -eu
deb=$(readlink -f "$1/parallax_$2-1_$(dpkg --print-architecture).deb")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
member=$(ar t "$deb" | grep '^control\.tar')
ar x "$deb" "$member"
mkdir control
tar -xf "$member" -C control
grep -q '^Depends:.*xdg-utils' control/control || { echo "$deb: no xdg-utils in Depends: to move" >&2; exit 1; }
# ", xdg-utils" within the list, or "xdg-utils, " at its start; then onto the Recommends: line (made if absent)
sed -i -e '/^Depends:/{s/, *xdg-utils\([ ,]\|$\)/\1/;s/: *xdg-utils, */: /}' control/control
if grep -q '^Recommends:' control/control; then
  sed -i 's/^Recommends: */Recommends: xdg-utils, /' control/control
else
  sed -i '/^Depends:/a Recommends: xdg-utils' control/control
fi
! grep -q '^Depends:.*xdg-utils' control/control || { echo "$deb: xdg-utils still in Depends:" >&2; exit 1; }
rm "$member"
case $member in
  *.xz) compress=-J ;;
  *.gz) compress=-z ;;
  *.zst) compress=--zstd ;;
  *) compress= ;;
esac
(cd control && tar --owner=0 --group=0 --numeric-owner $compress -cf "../$member" .)
# `ar r` replaces the member where it is: dpkg reads debian-binary, then control, then data
ar r "$deb" "$member"
dpkg-deb -f "$deb" Depends Recommends >/dev/null
