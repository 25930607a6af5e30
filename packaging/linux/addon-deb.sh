#!/bin/sh
# Builds the semantic add-on's Debian package (docs/assistant.md, "The semantic method"): parallax-semantic puts the
# add-on's jars in /opt/parallax/lib/addons/, where the installed launchers look after lib/app, and depends on the same
# version of parallax. It holds jars only: nothing runs at install, and the class-data sharing archive the parallax
# package made stays valid, since the add-on's jars come after every archived entry of the class path.
# Usage: addon-deb.sh ADDONS_FOLDER VERSION OUTPUT_FOLDER
set -eu
addons=$1
version=$2
out=$3
case $(uname -m) in
  x86_64) arch=amd64 ;;
  aarch64) arch=arm64 ;;
  *) echo "addon-deb: no Debian architecture for $(uname -m)" >&2; exit 1 ;;
esac
command -v dpkg-deb >/dev/null 2>&1 || { echo "addon-deb: dpkg-deb not found, no .deb made" >&2; exit 0; }
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
mkdir -p "$root/DEBIAN" "$root/opt/parallax/lib/addons"
cp "$addons"/*.jar "$root/opt/parallax/lib/addons/"
chmod 644 "$root"/opt/parallax/lib/addons/*.jar
size=$(du -sk "$root/opt" | cut -f1)
cat > "$root/DEBIAN/control" <<CONTROL
Package: parallax-semantic
Version: $version-1
Architecture: $arch
Depends: parallax (= $version-1)
Installed-Size: $size
Maintainer: parallax@localhost
Section: text
Priority: optional
Description: Semantic method of the Parallax coding assistant
 Adds the assistant's semantic method to Parallax: a sentence-embedding model
 (all-MiniLM-L6-v2, quantised) run on this computer with ONNX Runtime. English
 documents only; nothing is downloaded and nothing leaves the machine.
CONTROL
# gzip: the jars inside are compressed already, and xz (the default) spends minutes finding that out
dpkg-deb -Zgzip --root-owner-group --build "$root" "$out/parallax-semantic_${version}-1_$arch.deb" >/dev/null
echo "addon-deb: $out/parallax-semantic_${version}-1_$arch.deb"
