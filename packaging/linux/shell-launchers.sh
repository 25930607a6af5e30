#!/bin/sh
# Replaces the jpackage launchers in an app image's bin/ with shell scripts that start the bundled Java runtime with
# exactly the class path, main class and options of their jpackage configuration (lib/app/NAME.cfg).
# Why (docs/install.md, "Launchers"): on Linux the jpackage 17 launcher asks rpm and dpkg which package it belongs to
# at every start (`rpm -qf`, `dpkg -S`, `dpkg -L`), which cost 0.4-0.6 s of CPU per start here, more than the whole
# JVM start of `parallax --version`; and a script can name a class-data sharing archive in the user's cache folder,
# which jpackage's configuration cannot. The script resolves its own folder (through the /usr/bin/parallax link too)
# and execs java, so the program is one process as before.
# Usage: shell-launchers.sh APP_IMAGE_FOLDER
set -eu
image=$1
for cfg in "$image"/lib/app/*.cfg; do
  name=$(basename "$cfg" .cfg)
  launcher="$image/bin/$name"
  [ -f "$launcher" ] || { echo "shell-launchers: no launcher $launcher for $cfg" >&2; exit 1; }
  main=$(sed -n 's/^app\.mainclass=//p' "$cfg")
  classpath=$(sed -n 's/^app\.classpath=//p' "$cfg" | paste -sd: -)
  # The jars are named through $jars: $APPDIR, or in some Java 17 portable copies a folder of links to them (TAIL).
  jars_classpath=$(printf '%s' "$classpath" | sed 's/\$APPDIR/$jars/g')
  [ -n "$main" ] && [ -n "$classpath" ] || { echo "shell-launchers: $cfg names no main class or class path" >&2; exit 1; }
  # How the runtime starts fast (docs/install.md, "Start-up: AOT cache or class-data sharing"): a Java 25 runtime from
  # the AOT cache the build made ($APPDIR/parallax.aot), a Java 17 one from a class-data sharing archive.
  if grep -q '^java-options=-XX:AOTCache=\$APPDIR/parallax.aot$' "$cfg"; then
    sharing=aot
  elif grep -q '^java-options=-XX:SharedArchiveFile=\$APPDIR/parallax.jsa$' "$cfg"; then
    sharing=cds
  else
    echo "shell-launchers: $cfg names neither \$APPDIR/parallax.aot nor \$APPDIR/parallax.jsa" >&2; exit 1
  fi
  # Every value goes into double quotes, where only $APPDIR may expand: refuse anything else the shell would read.
  if sed -n 's/^\(app\.classpath\|java-options\)=//p' "$cfg" | sed 's/\$APPDIR//g' | grep -q '[$`"\\]'; then
    echo "shell-launchers: $cfg has a character the launcher script cannot quote" >&2
    exit 1
  fi
  {
    cat <<'HEAD'
#!/bin/sh
# Parallax launcher, made from its jpackage configuration by packaging/linux/shell-launchers.sh (docs/install.md).
bin=$(dirname "$(readlink -f "$0")")
APPDIR=${bin%/bin}/lib/app
# Two C heap arenas instead of up to eight per core: JavaFX, Mesa, SQLite and the JIT allocate from many threads,
# and each arena keeps what was freed in it (ADR 0014: 16 MiB of the window's RSS). A value the user set stays.
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
# File names are bytes that Java decodes with the locale's character set. Without a locale (C or POSIX: `su -`,
# cron, an SSH session that sets none) that is ASCII: every Cyrillic letter of a path became "?", so a project there
# could not be named, and on Java 17 any command started in such a folder died with a stack trace. The same happens
# with a locale the system does not have (LANG=ru_RU.UTF-8 passed on by SSH to a server with only C.UTF-8): the C
# library then falls back to C for every category. So where the locale's character set (`locale charmap`, a program
# of the C library) is ASCII, Java starts in C.UTF-8, the same locale with UTF-8 file names (where a system lacks it,
# Java falls back to C as before); a working locale the user chose is kept. Without `locale`, by the names alone.
charmap=$(locale charmap 2>/dev/null) || charmap=
case $charmap/${LC_ALL:-${LC_CTYPE:-${LANG:-}}} in
  ANSI_X3.4-1968/*|/|/C|/POSIX) export LC_ALL=C.UTF-8 ;;
esac
# Java 25: the AOT cache the build made, named only when it is there (a training run makes it and must not name it).
aot_cache=
[ ! -f "$APPDIR/parallax.aot" ] || aot_cache=$APPDIR/parallax.aot
# The folder the class path names the jars in: this one, or links to them (some Java 17 portable copies, below).
jars=$APPDIR
# Java 17: the class-data sharing archive: the package's (postinst makes it), else this user's for this program
# folder (a portable copy), which an earlier start made in the background in the cache folder, never the program folder.
archive=$APPDIR/parallax.jsa
launch=exec
# Commands that read a little and print it run with the first JIT compiler only (docs/install.md, "Launcher
# options"): they end before the optimising compiler's code pays for its compile time, which took a quarter of their
# CPU. Not the window, and not commands that import, export, merge or benchmark: C1-only code ran those two to three
# times slower (`parallax bench`, docs/performance.md). They also reflect through the JVM's native accessors: since
# Java 18 a reflective call first builds method-handle classes for its member at run time (the first mapped index
# file, Lucene's VM flag look-up), about 30 ms of a `search`'s main thread, which a process that ends at once never
# gets back (docs/install.md, "Launcher options").
jit=
reflection=
case "${1:-}" in
  docs|segments|codes|coders|memos|tally|timeline|cooccurrence|search|code|uncode|memo|hypotheses|ledger|sample|--version|-V|-h|--help|help)
    jit=-XX:TieredStopAtLevel=1 reflection=-Djdk.reflect.useNativeAccessorOnly=true ;;
esac
java_with_options() {
HEAD
    printf '  $launch "${bin%%/bin}/lib/runtime/bin/java" $jit $reflection'
    sed -n 's/^java-options=//p' "$cfg" | while IFS= read -r option; do
      case $option in
        '-XX:SharedArchiveFile=$APPDIR/parallax.jsa') printf ' \\\n    "-XX:SharedArchiveFile=$archive"' ;;
        '-XX:AOTCache=$APPDIR/parallax.aot') printf ' \\\n    ${aot_cache:+"-XX:AOTCache=$aot_cache"}' ;;
        *) printf ' \\\n    "%s"' "$option" ;;
      esac
    done
    # PARALLAX_JAVA_OPTIONS comes after the options, so it overrides them, e.g. "-Xmx1g" for a very large project
    # (JAVA_TOOL_OPTIONS cannot: the JVM reads it before the command line).
    # lib/addons/* (Java expands the wildcard; an absent folder adds nothing): the optional add-ons' jars, e.g. the
    # assistant's semantic method (parallax-semantic), after the application's, so the class-data sharing archive
    # made without them stays valid with them (docs/assistant.md).
    printf ' \\\n    ${PARALLAX_JAVA_OPTIONS:-} -cp "%s:${bin%%/bin}/lib/addons/*" "$@"\n}\n' "$jars_classpath"
    if [ "$sharing" = cds ]; then cat <<'TAIL'
if [ ! -f "$archive" ] && [ -f "$APPDIR/parallax.classlist" ] && [ -n "${HOME:-}${XDG_CACHE_HOME:-}" ]; then
  cache=${XDG_CACHE_HOME:-$HOME/.cache}/parallax/cds
  folder=$(printf '%s' "$APPDIR" | cksum | cut -d' ' -f1)
  archive=$cache/$folder-$(stat -c %Y "$APPDIR/parallax.classlist").jsa
  # Java 17's dump keeps a class only if its source, the jar's real path as a percent-encoded URL ("x%20y",
  # "%D0%9C..."), equals a class path entry: in a folder with a space or a non-Latin letter none did, and the archive
  # held the JDK's classes only, so the copy started as slowly as without one (a symbolic link does not help: the
  # class loader resolves it). There the jars are named in a folder beside the archive, whose path needs no
  # encoding: hard links to them (copies across file systems), made with the archive, for the dump and every start.
  # Where the cache folder's own path is not plain either (HOME=/home/Вася), no folder of this user's has a plain
  # path: the archive is still made, with the JDK's and JavaFX's classes only, and the log says why once (below).
  plain=
  why_not_plain=
  case $APPDIR in
    *[!a-zA-Z0-9/._-]*) case $cache in
      *[!a-zA-Z0-9/._-]*) why_not_plain="the class-data sharing archive $archive holds no classes of Parallax's jars\
 (so starts stay slower): Java 17 leaves out the classes of jars whose path has a space or a letter outside ASCII,\
 both the program folder $APPDIR and the cache folder $cache have one; unpack Parallax in a folder whose path has\
 none, or set XDG_CACHE_HOME to such a folder, and the next start makes a full archive" ;;
      *) plain=${archive%.jsa}.jars ;;
    esac ;;
  esac
  [ -z "$plain" ] || [ ! -d "$plain" ] || jars=$plain
  if [ ! -f "$archive" ] && mkdir -p "$cache" 2>/dev/null; then
    find "$cache" -maxdepth 1 -name '*.lock' -mmin +15 -exec rmdir {} + 2>/dev/null || true
    if mkdir "$archive.lock" 2>/dev/null; then
      # Made once, after this start has had its CPU (sleep), at the lowest priority, into a temporary file that
      # is renamed when whole; any failure leaves no archive and the next start simply goes without. Once it is
      # there, the archives of this folder's earlier builds (a newer copy unpacked over an older one) are deleted:
      # they can never be used again and are 50 MiB each.
      (target=$archive; archive=$target.$$.tmp; launch="nice -n 19"; sleep 20
       if [ -n "$why_not_plain" ]; then  # in the log the program writes, as its own records look (SimpleFormatter)
         log=${XDG_STATE_HOME:-$HOME/.local/state}/parallax
         mkdir -p "$log" && printf '%s parallax launcher\nINFO: %s\n' "$(LC_ALL=C date '+%b %d, %Y %-I:%M:%S %p')" \
           "$why_not_plain" >> "$log/parallax.log"
       fi
       if [ -n "$plain" ] && [ ! -d "$plain" ]; then
         rm -rf "$plain.$$"; mkdir "$plain.$$" && { cp -l "$APPDIR"/*.jar "$plain.$$/" 2>/dev/null \
           || { rm -rf "$plain.$$" && mkdir "$plain.$$" && cp -p "$APPDIR"/*.jar "$plain.$$/"; }; } \
           && mv -T "$plain.$$" "$plain"
         rm -rf "$plain.$$"
       fi
       [ -z "$plain" ] || [ ! -d "$plain" ] || jars=$plain
       java_with_options -Xshare:dump -XX:SharedClassListFile="$APPDIR/parallax.classlist" \
         && mv -f "$archive" "$target" \
         && for old in "${target%-*}"-*.jsa "${target%-*}"-*.jars; do
              [ "$old" = "$target" ] || [ "$old" = "$plain" ] || rm -rf "$old"; done
       rm -f "$archive"; rmdir "$target.lock") </dev/null >/dev/null 2>&1 &
    fi
  fi
fi
TAIL
    fi
    printf 'java_with_options %s "$@"\n' "$main"
  } > "$launcher.sh"
  chmod 755 "$launcher.sh"
  mv "$launcher.sh" "$launcher"
done
# jpackage's launchers load lib/libapplauncher.so (1.7 MB); the scripts replaced them all, so nothing loads it.
rm -f "$image/lib/libapplauncher.so"
