#!/bin/sh
# Class-data sharing of a Java 17 runtime (a Java 25 one gets an AOT cache instead: aot-training.sh), step 1 of 2
# (docs/install.md): records the classes Parallax loads while starting: its command
# line's everyday commands (--version, docs, tally, search, code) on a copy of the bundled sample and, where xvfb-run
# can give it a display, the window up to the moment it is usable with the sample (window-until-usable.sh), not
# beyond. The list goes into the app image as lib/app/parallax.classlist; the Linux
# package's postinst turns it into an archive for the installed location (step 2), which both launchers map at start.
# Usage: cds-training.sh APP_IMAGE_FOLDER OUTPUT_LIST
set -eu
image=$1
out=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cli="$image/bin/parallax"
here=$(dirname "$0")
# The window's settings and log go to the scratch folder, not the builder's home.
export XDG_CONFIG_HOME="$work/config" XDG_STATE_HOME="$work/state" XDG_CACHE_HOME="$work/cache"
n=0
record() {
  n=$((n + 1))
  JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$work/$n.classlist" "$@" >/dev/null 2>&1 || true
}
cp "$image/lib/app/samples/nato-russia.parallax" "$work/sample.parallax"
record "$cli" --version
record "$cli" docs "$work/sample.parallax"
record "$cli" tally "$work/sample.parallax"
record "$cli" search "$work/sample.parallax" NATO
# `code` on the copy of the sample; not `new` or `import`, which run once per project or per batch of documents:
# the 190 classes no other run here loads would add about 1 MB to the archive (issue 13's size budget).
record "$cli" code "$work/sample.parallax" --doc 1 --start 0 --end 4 --code "Balance of power"
if command -v xvfb-run >/dev/null 2>&1; then
  # the window up to the moment it is usable with the sample, then closed (window-until-usable.sh)
  record xvfb-run -a sh "$here/window-until-usable.sh" "$XDG_STATE_HOME/parallax/parallax.log" 120 \
    "$image/bin/Parallax" "$work/sample.parallax"
else
  echo "cds-training: no xvfb-run: the class list covers the command line only" >&2
fi
# One list, each class once, in the order first loaded.
cat "$work"/*.classlist | awk '!seen[$0]++' > "$out"
echo "cds-training: $(wc -l < "$out") classes from $n runs"
