#!/bin/sh
# man-page.sh TEMPLATE HELP VERSION OUT: the manual page parallax.1.gz from packaging/linux/parallax.1.in, with the
# COMMANDS section made from HELP, the output of `parallax --help` one command a line (-Dpicocli.usage.width), so
# the page lists every command the program has with the words of its own help.
set -eu
template=$1 help=$2 version=$3 out=$4
commands=$(mktemp)
trap 'rm -f "$commands"' EXIT
# "  name   Description." after the "Commands:" line becomes ".TP/.B name/Description." with roff's special
# characters escaped: backslashes, and a line-leading dot or quote (the description is one line, never leading).
sed -n '/^Commands:/,$p' "$help" | sed -n 's/^  \([a-z][a-z0-9-]*\)  *\(.*\)$/\1\t\2/p' \
  | sed 's/\\/\\e/g; s/-/\\-/g' \
  | awk -F '\t' '{ print ".TP"; print ".B " $1; print $2 }' > "$commands"
[ -s "$commands" ] || { echo "man-page.sh: no commands in $help" >&2; exit 1; }
mkdir -p "$(dirname "$out")"
awk -v version="$version" -v commands="$commands" '
  /^@COMMANDS@$/ { while ((getline line < commands) > 0) print line; next }
  { gsub(/@VERSION@/, version); print }' "$template" | gzip -9n > "$out.tmp"
mv "$out.tmp" "$out"
