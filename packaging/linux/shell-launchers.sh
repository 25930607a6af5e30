#!/bin/sh
# Replaces the jpackage launchers in an app image's bin/ with shell scripts that start the bundled Java runtime with
# exactly the class path, main class and options of their jpackage configuration (lib/app/NAME.cfg).
# Why (docs/install.md, "Launchers"): on Linux the jpackage 17 launcher asks rpm and dpkg which package it belongs to
# at every start (`rpm -qf`, `dpkg -S`, `dpkg -L`), which cost 0.4-0.6 s of CPU per start here, more than the whole
# JVM start of `parallax --version`. The script resolves its own folder (through the /usr/bin/parallax link too)
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
  [ -n "$main" ] && [ -n "$classpath" ] || { echo "shell-launchers: $cfg names no main class or class path" >&2; exit 1; }
  # Every value goes into double quotes, where only $APPDIR may expand: refuse anything else the shell would read.
  if sed -n 's/^\(app\.classpath\|java-options\)=//p' "$cfg" | sed 's/\$APPDIR//g' | grep -q '[$`"\\]'; then
    echo "shell-launchers: $cfg has a character the launcher script cannot quote" >&2
    exit 1
  fi
  {
    echo '#!/bin/sh'
    echo "# Parallax launcher ($name), made from lib/app/$name.cfg by packaging/linux/shell-launchers.sh."
    echo 'bin=$(dirname "$(readlink -f "$0")")'
    echo 'APPDIR=${bin%/bin}/lib/app'
    printf 'exec "${bin%%/bin}/lib/runtime/bin/java"'
    sed -n 's/^java-options=//p' "$cfg" | while IFS= read -r option; do printf ' \\\n  "%s"' "$option"; done
    printf ' \\\n  -cp "%s" \\\n  %s "$@"\n' "$classpath" "$main"
  } > "$launcher.sh"
  chmod 755 "$launcher.sh"
  mv "$launcher.sh" "$launcher"
done
