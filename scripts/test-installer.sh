#!/usr/bin/env bash
# Installer test (not part of scripts/test.sh: packaging takes minutes). Builds the .deb with
# scripts/package.sh (or reuses it with --no-package), unpacks it with dpkg-deb -x (no root needed), then runs
# the installed launcher with an empty HOME and a fresh SIGHTLINE_HOME: command mode (version, a case created,
# filled and opened, engines loaded by `doctor`), and the window under Xvfb, started cold and warm.
# Fails when something is missing, the window does not come up, or a native cache lands in HOME.
# Prints sizes and start times for BENCHMARKS.md. Needs dpkg-deb, xvfb-run, xwininfo (x11-utils).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
package=1 warm_runs=2
while [ $# -gt 0 ]; do
    case "$1" in
        --no-package) package=0 ;;
        --warm-runs) warm_runs=$2; shift ;;
        *) echo "Unknown option $1 (see the comment at the top of $0)" >&2; exit 2 ;;
    esac
    shift
done
for tool in dpkg-deb xvfb-run xwininfo; do
    command -v "$tool" >/dev/null || { echo "test-installer: $tool is missing (apt-get install xvfb x11-utils)" >&2; exit 1; }
done
started=$SECONDS
fail() { echo "FAIL: $*" >&2; exit 1; }
pass() { echo "ok:   $*"; }

if [ "$package" = 1 ]; then
    scripts/package.sh "$@"
fi
deb=$(ls -t target/installer/sightline_*_amd64.deb 2>/dev/null | head -1)
[ -n "$deb" ] || fail "no target/installer/sightline_*_amd64.deb (run scripts/package.sh)"
package_s=$((SECONDS - started))

work=$(mktemp -d "${TMPDIR:-/tmp}/sightline-installer.XXXXXX")
trap 'rm -rf "$work"' EXIT
dpkg-deb -x "$deb" "$work/root"
app="$work/root/opt/sightline"
launcher="$app/bin/Sightline"
[ -x "$launcher" ] || fail "the package has no launcher at /opt/sightline/bin/Sightline"
pass "unpacked $deb"
dpkg-deb -f "$deb" Depends | grep -q libgtk-3-0 || fail "the package does not depend on GTK 3"
[ -f "$app/lib/app/models/catalog.json" ] || fail "bundled models/catalog.json missing in /opt/sightline/lib/app/models"
desktop=$(ls "$app"/lib/*.desktop 2>/dev/null | head -1)
[ -n "$desktop" ] || fail "no desktop entry in /opt/sightline/lib"
grep -q '^Exec=/opt/sightline/bin/Sightline' "$desktop" || fail "desktop entry does not start /opt/sightline/bin/Sightline"
grep -q '^Categories=AudioVideo;Video;Graphics;' "$desktop" || fail "desktop entry lacks its categories"
if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$desktop" || fail "desktop entry is invalid"; fi
grep -q '^Icon=/opt/sightline/lib/Sightline.png' "$desktop" && [ -f "$app/lib/Sightline.png" ] \
    || fail "desktop entry icon missing"
pass "package holds launcher, bundled models, desktop entry ($(basename "$desktop")) and icon"

export HOME="$work/home" SIGHTLINE_HOME="$work/appdata"
unset XDG_DATA_HOME XDG_CACHE_HOME XDG_CONFIG_HOME SIGHTLINE_MODEL_MIRROR SIGHTLINE_JAVA_OPTS
mkdir -p "$HOME" "$work/javatmp"
# Java takes user.home from the password database, not from $HOME, so it is passed explicitly; java.io.tmpdir
# gets a folder of its own only to list what the libraries extract there.
java_opts() { echo "-Duser.home=$HOME -Djava.io.tmpdir=$work/javatmp"; }
run() { JAVA_TOOL_OPTIONS=$(java_opts) "$launcher" "$@" 2> >(grep -v '^Picked up JAVA_TOOL_OPTIONS' >&2); }

run --version | grep -q '^Sightline ' || fail "launcher --version"
pass "installed launcher runs commands: $(run --version)"
run case create "$work/case" --name "Installer check" >/dev/null || fail "case create"
frames=$(find "${here}/../shared/data" -mindepth 2 -maxdepth 3 -type d -name img1 2>/dev/null | head -1)
if [ -z "$frames" ]; then frames="$work/frames"; mkdir -p "$frames"; fi
run case add "$work/case" "$frames" >/dev/null || fail "case add $frames"
info=$(run case info "$work/case") || fail "case info"
grep -q 'Integrity: ok' <<<"$info" && grep -q 'Sources:   1' <<<"$info" || fail "case info printed: $info"
pass "a case is created, given a source and opened (case info: Integrity ok, 1 source)"
run models list | grep -q "Bundled models: $app/lib/app/models" || fail "models list does not show the bundled models folder"
pass "models list searches the bundled models folder"
video=$(find "${here}/../shared/data/video" -maxdepth 1 -type f 2>/dev/null | head -1)
doctor=$(run doctor ${video:+--video "$video"}) || { echo "$doctor"; fail "doctor: an engine does not load on the jlinked runtime"; }
echo "$doctor" | sed 's/^/      /'
pass "doctor: engines load on the jlinked runtime${video:+ and FFmpeg decodes $(basename "$video")}"
# A search from the installed launcher: a gallery of real crops is ingested (re-ID and description
# embeddings) and searched by description. The third-party models come from the mirror; the
# description model is the one bundled in the package.
mirror="${here}/../shared/models" crops="${here}/../shared/data/market-dev/images"
if [ -d "$mirror" ] && [ -d "$crops" ]; then
    mkdir -p "$work/gallery"
    mapfile -t picks < <(find "$crops" -maxdepth 1 -name '*.jpg' | sort)
    cp "${picks[@]:0:24}" "$work/gallery/"
    SIGHTLINE_MODEL_MIRROR="$mirror" run ingest "$work/search-case" "$work/gallery" --create --gallery >/dev/null \
        || fail "ingest of a crop gallery with the installed launcher"
    found=$(SIGHTLINE_MODEL_MIRROR="$mirror" run search "$work/search-case" "a person in a red top" --top 3) \
        || { echo "$found"; fail "search"; }
    grep -Eq '^ +1 +[0-9.]+' <<<"$found" || { echo "$found"; fail "search printed no ranked result"; }
    pass "a description search runs on the installed launcher: $(grep -Eo '^[0-9]+ results? for .*' <<<"$found" | head -1)"
else
    echo "SKIP: search: needs ../shared/models and ../shared/data/market-dev beside the checkout"
fi

# The window runs get a SIGHTLINE_HOME of their own, so the first start is cold (no native library unpacked).
xvfb() { JAVA_TOOL_OPTIONS=$(java_opts) SIGHTLINE_HOME="$work/appdata-window" xvfb-run -a -s "-screen 0 1600x1000x24" "$@"; }
cold=$(xvfb scripts/window-start-time.sh "$launcher" 240 "$work/window-cold.log") || fail "the window did not come up"
pass "window 'Sightline' came up under Xvfb, cold (fresh SIGHTLINE_HOME): ${cold}s"
warm=()
for _ in $(seq "$warm_runs"); do
    warm+=("$(xvfb scripts/window-start-time.sh "$launcher" 240 "$work/window-warm.log")") || fail "warm start"
done
pass "window came up warm: ${warm[*]} s"
opened=$(xvfb scripts/window-start-time.sh "$launcher" 240 "$work/window-case.log" "Installer check" open "$work/case") \
    || fail "sightline open: the window did not come up with the case open"
pass "sightline open <case>: the window came up titled with the open case after ${opened}s"

# GTK's dconf keeps its settings cache in ~/.cache/dconf whatever the application does; it is not ours.
leaks=$(cd "$HOME" && find . -mindepth 1 -maxdepth 3 | { grep -Ev '^\./\.cache$|^\./\.cache/dconf' || true; } | sort)
for cache in .javacpp .djl.ai .openjfx; do
    [ ! -e "$HOME/$cache" ] || fail "$cache appeared in HOME"
done
if [ -n "$leaks" ]; then
    echo "HOME after the runs (should be empty):"; echo "$leaks" | sed 's/^/      /'
    fail "files appeared in HOME"
fi
pass "HOME holds nothing of Sightline's (only GTK's .cache/dconf); the app's files are in SIGHTLINE_HOME:"
(cd "$work/appdata-window" && find . -mindepth 1 -maxdepth 2 | sort | sed 's/^/      /')
echo "java.io.tmpdir after the runs (what the libraries extract there):"
(cd "$work/javatmp" && find . -mindepth 1 -maxdepth 2 | sort | sed 's/^/      /')

# Without SIGHTLINE_HOME the app-data folder is ~/.local/share/sightline: nothing else may appear in HOME.
home_only="$work/home-only"
mkdir -p "$home_only"
HOME="$home_only" SIGHTLINE_HOME= run doctor >/dev/null 2>&1 || fail "doctor with only HOME set"
others=$(cd "$home_only" && find . -mindepth 1 -maxdepth 3 | { grep -Ev '^\./\.local$|^\./\.local/share$|^\./\.local/share/sightline' || true; } \
    | { grep -Ev '^\./\.cache$|^\./\.cache/dconf' || true; } | sort)
[ -z "$others" ] || { echo "$others"; fail "with only HOME set, files appeared outside ~/.local/share/sightline"; }
[ -d "$home_only/.local/share/sightline/cache/djl-engines" ] || fail "engine caches not in ~/.local/share/sightline/cache"
pass "with only HOME set, everything goes to ~/.local/share/sightline"

echo
echo "Figures (machine load: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores):"
echo "  .deb size:        $(stat -c %s "$deb") bytes ($(du -h "$deb" | cut -f1))"
echo "  app image:        $(du -sh target/installer/image/Sightline 2>/dev/null | cut -f1)"
echo "  installed size:   $(du -sh "$app" | cut -f1) (/opt/sightline), Installed-Size $(dpkg-deb -f "$deb" Installed-Size) KiB"
echo "  window cold:      ${cold}s   warm: ${warm[*]} s"
echo "  packaging:        ${package_s}s   whole test: $((SECONDS - started))s"
