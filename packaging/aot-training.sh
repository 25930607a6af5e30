#!/bin/sh
# The AOT cache of a Java 25 runtime (docs/install.md, "Start-up: AOT cache or class-data sharing"): one training run
# of the app image's window on a copy of the bundled sample, up to the moment it is usable (plus two seconds for that
# layout), then closed as the desktop closes it; at exit the JVM writes the cache of the classes it loaded and linked,
# the heap objects it archived and the methods' profiles, which goes into the image as lib/app/parallax.aot and serves
# both launchers (the command line's short commands load a subset of the window's classes: docs/performance.md).
# The cache is one JVM process's training (-XX:AOTCacheOutput); the window is the start the issue times (13) and the
# one that loads the most. Without xvfb-run the training runs the command line's `docs` instead (a smaller cache).
# Usage: aot-training.sh APP_IMAGE_FOLDER
set -eu
image=$1
out=$image/lib/app/parallax.aot
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The window's settings and log go to the scratch folder, not the builder's home.
export XDG_CONFIG_HOME="$work/config" XDG_STATE_HOME="$work/state" XDG_CACHE_HOME="$work/cache"
cp "$image/lib/app/samples/nato-russia.parallax" "$work/sample.parallax"
rm -f "$out"  # the launcher names the cache only when it exists, which a training run must not (one or the other)
# PARALLAX_JAVA_OPTIONS comes after the launcher's options (packaging/linux/shell-launchers.sh).
export PARALLAX_JAVA_OPTIONS="-XX:AOTCacheOutput=$work/parallax.aot"
if command -v xvfb-run >/dev/null 2>&1; then
  # The window has no "close once open" switch: wait (at most 300 s) until it is usable — its log says so once the
  # sample's documents are listed and drawn (.ci/usable-window) — let it finish that layout, then close it (SIGTERM):
  # the JVM writes the cache as it exits, and `wait` returns once it is written.
  xvfb-run -a sh -c '
    "$1" "$2" & pid=$!
    i=0
    while [ $i -lt 3000 ] && kill -0 $pid 2>/dev/null; do
      if grep -q "start-up: usable after" "$3" 2>/dev/null; then sleep 2; break; fi
      sleep 0.1; i=$((i + 1))
    done
    grep -q "start-up: usable after" "$3" || echo "aot-training: the window was not usable after 300 s" >&2
    kill $pid; wait $pid' sh "$image/bin/Parallax" "$work/sample.parallax" "$XDG_STATE_HOME/parallax/parallax.log" \
    >"$work/training.out" 2>&1 || true
else
  echo "aot-training: no xvfb-run: the cache is trained on the command line's docs only" >&2
  "$image/bin/parallax" docs "$work/sample.parallax" >"$work/training.out" 2>&1 || true
fi
[ -s "$work/parallax.aot" ] || { cat "$work/training.out" >&2; echo "aot-training: the training run made no cache" >&2; exit 1; }
mv "$work/parallax.aot" "$out"
echo "aot-training: $(du -h "$out" | cut -f1) cache $out"
