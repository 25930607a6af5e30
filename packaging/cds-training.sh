#!/bin/sh
# Class-data sharing, step 1 of 2 (docs/install.md): records the classes Parallax loads while its command line
# works on a copy of the bundled sample and, where xvfb-run can give it a display, while its window opens; the
# list goes into the app image as lib/app/parallax.classlist. The Linux package's postinst turns it into an
# archive for the installed location (step 2), which both launchers map at start.
# Usage: cds-training.sh APP_IMAGE_FOLDER OUTPUT_LIST
set -eu
image=$1
out=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cli="$image/bin/parallax"
# The window's settings and log go to the scratch folder, not the builder's home.
export XDG_CONFIG_HOME="$work/config" XDG_STATE_HOME="$work/state"
n=0
record() {
  n=$((n + 1))
  JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$work/$n.classlist" "$@" >/dev/null 2>&1 || true
}
cp "$image/lib/app/samples/nato-russia.parallax" "$work/sample.parallax"
printf 'NATO and Russia agreed to meet again.\n' > "$work/speech.txt"
record "$cli" --version
record "$cli" docs "$work/sample.parallax"
record "$cli" tally "$work/sample.parallax"
record "$cli" search "$work/sample.parallax" NATO
record "$cli" new "$work/new.parallax" --codebook table1
record "$cli" import "$work/new.parallax" "$work/speech.txt"
record "$cli" code "$work/new.parallax" --doc 1 --start 0 --end 4 --code "Balance of power"
if command -v xvfb-run >/dev/null 2>&1 && command -v timeout >/dev/null 2>&1; then
  # The window has no "close after start" switch; 40 s covers its start on a loaded build machine.
  record timeout 40 xvfb-run -a "$image/bin/Parallax" "$work/sample.parallax"
fi
# One list, each class once, in the order first loaded.
cat "$work"/*.classlist | awk '!seen[$0]++' > "$out"
echo "cds-training: $(wc -l < "$out") classes from $n runs"
