#!/bin/sh
# The training runs' window (aot-training.sh, cds-training.sh): starts COMMAND, which opens the window on a project,
# waits until the window is usable — its log says so once the project's documents are listed and drawn
# (.ci/usable-window) — lets it finish that layout (two seconds), then closes it as the desktop would (SIGTERM) and
# returns once the process has ended, i.e. once the JVM has written what it writes at exit. The window has no "close
# once open" switch, and its title alone comes earlier, before the classes that list and draw the project have loaded.
# Classes loaded later in a session would make the cache or archive larger for every start and save nothing there.
# Usage (under a display, e.g. xvfb-run): window-until-usable.sh LOG TIMEOUT_SECONDS COMMAND [ARGS...]
# Fails when the window was not usable within TIMEOUT_SECONDS or the process ended before.
set -u
log=$1 timeout=$2
shift 2
"$@" &
pid=$!
i=0
while [ $i -lt $((timeout * 10)) ] && kill -0 $pid 2>/dev/null; do
  if grep -q "start-up: usable after" "$log" 2>/dev/null; then sleep 2; break; fi
  sleep 0.1
  i=$((i + 1))
done
usable=0
grep -q "start-up: usable after" "$log" 2>/dev/null || { usable=1; echo "window-until-usable: the window was not usable after $timeout s" >&2; }
kill $pid 2>/dev/null
wait $pid
exit $usable
