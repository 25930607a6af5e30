#!/bin/sh
# The AOT cache of a Java 25 runtime (docs/install.md, "Start-up: AOT cache or class-data sharing"): one training
# process runs the command line's everyday commands (--version, docs, tally, search, code) on a copy of the bundled
# sample, then opens the app image's window on it up to the moment it is usable (window-until-usable.sh), and is
# closed as the desktop closes it; at exit the JVM writes the cache of the classes it loaded and linked, the heap
# objects it archived (no method profiles, below), which goes into the image as lib/app/parallax.aot and serves both
# launchers. A JVM writes one cache per training process (-XX:AOTCacheOutput), hence one process for both:
# org.parallax.StartupTraining, started by a copy of the window launcher (same runtime, options and class path, which
# the cache requires of the starts it serves) with that main class. Without xvfb-run the training runs the command
# line's `docs` only (a smaller cache that serves the window less).
# Usage: aot-training.sh APP_IMAGE_FOLDER
set -eu
image=$1
here=$(dirname "$0")
out=$image/lib/app/parallax.aot
work=$(mktemp -d)
trainer=$image/bin/.parallax-training
trap 'rm -rf "$work" "$trainer"' EXIT
# The window's settings and log go to the scratch folder, not the builder's home.
export XDG_CONFIG_HOME="$work/config" XDG_STATE_HOME="$work/state" XDG_CACHE_HOME="$work/cache"
rm -f "$out"  # the launcher names the cache only when it exists, which a training run must not (one or the other)
cp "$image/lib/app/samples/nato-russia.parallax" "$work/sample.parallax"
# The sample's search index made before, not in the training: a project is indexed once, and the index writer's
# classes (2.6 MiB of cache) would load at every start.
"$image/bin/parallax" search "$work/sample.parallax" NATO >/dev/null
# The cache records its jars' modification times once the training ran the command line (the window's alone did
# not), and a start with other times ignores the cache. Hence a fixed time, 2000-01-01 00:00 UTC, which the portable
# archive keeps and the .deb's postinst sets again (jpackage copies the files with new times).
find "$image/lib/app" -name '*.jar' -exec touch -d @946684800 {} +
# PARALLAX_JAVA_OPTIONS comes after the launcher's options (packaging/linux/shell-launchers.sh). No method profiles in
# the cache (-AOTRecordTraining): 3.7 MiB less, and neither the window nor the short commands started slower without.
export PARALLAX_JAVA_OPTIONS="-XX:AOTCacheOutput=$work/parallax.aot -XX:+UnlockDiagnosticVMOptions -XX:-AOTRecordTraining"
if command -v xvfb-run >/dev/null 2>&1; then
  sed 's/^java_with_options org\.parallax\.Main /java_with_options org.parallax.StartupTraining /' "$image/bin/Parallax" > "$trainer"
  grep -q '^java_with_options org.parallax.StartupTraining ' "$trainer" \
    || { echo "aot-training: $image/bin/Parallax does not start org.parallax.Main as expected" >&2; exit 1; }
  chmod 755 "$trainer"
  # `code` on the copy, not `new` or `import`, which run once per project or per batch of documents.
  xvfb-run -a sh "$here/window-until-usable.sh" "$XDG_STATE_HOME/parallax/parallax.log" 300 \
    "$trainer" "$work/sample.parallax" --version \; docs @ \; tally @ \; search @ NATO \
    \; code @ --doc 1 --start 0 --end 4 --code "Balance of power" >"$work/training.out" 2>&1 \
    || { cat "$work/training.out" >&2; echo "aot-training: the training run failed" >&2; exit 1; }
else
  echo "aot-training: no xvfb-run: the cache is trained on the command line's docs only" >&2
  "$image/bin/parallax" docs "$work/sample.parallax" >"$work/training.out" 2>&1 || true
fi
[ -s "$work/parallax.aot" ] || { cat "$work/training.out" >&2; echo "aot-training: the training run made no cache" >&2; exit 1; }
mv "$work/parallax.aot" "$out"
echo "aot-training: $(du -h "$out" | cut -f1) cache $out"
