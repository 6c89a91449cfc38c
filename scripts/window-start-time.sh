#!/usr/bin/env bash
# Starts LAUNCHER (no arguments: the desktop window) on the current X display, polls `xwininfo -root -tree`
# every 0.1 s until a window named "Sightline..." of at least 100x100 is mapped (GTK's 10x10 leader window
# of the same name does not count), prints the seconds it took, then closes the app.
# Usage (inside an X session, e.g. under xvfb-run):
#   scripts/window-start-time.sh LAUNCHER [TIMEOUT_S] [LOG] [TITLE_PREFIX] [LAUNCHER ARGS...]
# TITLE_PREFIX (default "Sightline") is how the window's title must start: "<case name>" once a case is open.
set -euo pipefail
launcher=$1 timeout_s=${2:-180} log=${3:-/dev/null} title=${4:-Sightline}
shift $(( $# < 4 ? $# : 4 ))
window="\"${title}[^\"]*\": .* [0-9]{3,}x[0-9]{3,}\\+"
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
start=$(now_ms)
"$launcher" "$@" >"$log" 2>&1 &
pid=$!
while :; do
    if xwininfo -root -tree 2>/dev/null | grep -Eq "$window"; then
        elapsed_ms=$(( $(now_ms) - start ))
        xwininfo -root -tree | grep -E "$window" | head -1 | sed 's/^ */window: /' >&2
        break
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
        echo "The application exited before showing its window; its output:" >&2
        cat "$log" >&2
        exit 1
    fi
    if [ $(( $(now_ms) - start )) -gt $(( timeout_s * 1000 )) ]; then
        echo "No Sightline window after ${timeout_s}s; the application's output:" >&2
        cat "$log" >&2
        kill "$pid" 2>/dev/null || true
        exit 1
    fi
    sleep 0.1
done
sleep 2   # let the first frame settle, so shutdown does not race startup work
kill "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
printf '%d.%02d\n' $(( elapsed_ms / 1000 )) $(( elapsed_ms % 1000 / 10 ))
