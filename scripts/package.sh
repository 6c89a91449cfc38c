#!/usr/bin/env bash
# Builds the installable application with JDK 25's jpackage from the configuration in installer/:
#   target/installer/image/Sightline/       app image (jlinked runtime, jars, bundled models/, launcher)
#   target/installer/sightline_<v>_amd64.deb  Debian/Ubuntu package (installs to /opt/sightline)
# Usage: scripts/package.sh [--skip-build] [--image-only] [-- extra Maven arguments, e.g. -o]
# Windows (.msi) and macOS (.dmg) use installer/windows and installer/macos on those systems
# (installer/README.md); jpackage cannot cross-build them.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$here/scripts/jdk25.sh"
sightline_select_jdk
cd "$here"

build=1 deb=1 maven_args=()
while [ $# -gt 0 ]; do
    case "$1" in
        --skip-build) build=0 ;;
        --image-only) deb=0 ;;
        --) shift; maven_args=("$@"); break ;;
        *) echo "Unknown option $1 (see the comment at the top of $0)" >&2; exit 2 ;;
    esac
    shift
done

out="$here/target/installer"
input="$out/input"
started=$SECONDS
step() { echo "[package $((SECONDS - started))s] $*" >&2; }

if [ "$build" = 1 ] || [ ! -f target/sightline.jar ]; then
    step "Building target/sightline.jar and target/lib/ (tests skipped: run scripts/test.sh for them)"
    ./mvnw -B -q package -DskipTests "${maven_args[@]}"
fi
version=$(sed -n 's:^  <version>\([0-9.]*\).*</version>:\1:p' pom.xml | head -1)
[ -n "$version" ] || { echo "Cannot read the project version from pom.xml" >&2; exit 1; }

step "Staging jars and the bundled models/ in $input"
rm -rf "$out"
mkdir -p "$input"
cp target/sightline.jar "$input/"
cp -r target/lib "$input/lib"
cp -r models "$input/models"

step "Finding the JDK modules the jars use (jdeps)"
classes="$out/jdeps-classes"
for jar in target/lib/*.jar; do
    # Unpacked without module-info so jdeps reads every jar as classpath code, as the app runs it.
    mkdir -p "$classes/$(basename "$jar" .jar)"
    unzip -q -o "$jar" '*.class' -x 'module-info.class' '*/module-info.class' -d "$classes/$(basename "$jar" .jar)" \
        2>/dev/null || [ $? = 11 ]  # 11: the jar holds no classes (native-only jars)
done
found=$("$JAVA_HOME/bin/jdeps" --multi-release 25 --ignore-missing-deps --print-module-deps \
    target/classes $(find "$classes" -mindepth 1 -maxdepth 1 -type d ! -empty) | tail -1)
extra=$(sed 's/#.*//' installer/jlink/extra-modules.txt | tr -s ' \n' '\n' | grep -v '^$' | paste -sd, -)
modules="$found,$extra"
echo "$modules" | tr ',' '\n' | sort -u > "$out/modules.txt"
rm -rf "$classes"
step "Runtime modules: $(paste -sd, "$out/modules.txt")"

step "Linking the runtime (jlink)"
"$JAVA_HOME/bin/jlink" --add-modules "$(paste -sd, "$out/modules.txt")" --output "$out/runtime" \
    --strip-debug --no-header-files --no-man-pages

step "Checking that the app starts on that runtime"
"$out/runtime/bin/java" --enable-native-access=ALL-UNNAMED -Dsightline.home="$out/check-home" \
    -cp "$input/sightline.jar" org.sightline.app.Main --version
rm -rf "$out/check-home"

step "Making the app image (jpackage)"
"$JAVA_HOME/bin/jpackage" @installer/jpackage/app-image.txt @installer/linux/app-image.txt \
    --type app-image --input "$input" --runtime-image "$out/runtime" --app-version "$version" --dest "$out/image"
image="$out/image/Sightline"

if [ "$deb" = 1 ]; then
    step "Making the Debian package (jpackage)"
    # The jars inside are already deflated, so xz (dpkg's default) saves little and takes many minutes;
    # gzip is fast and every dpkg reads it. Set DPKG_DEB_COMPRESSOR_TYPE=xz for the smallest file.
    export DPKG_DEB_COMPRESSOR_TYPE=${DPKG_DEB_COMPRESSOR_TYPE:-gzip}
    "$JAVA_HOME/bin/jpackage" @installer/linux/deb.txt --app-image "$image" --app-version "$version" --dest "$out"
fi

step "Done"
du -sh "$image" | sed 's/^/app image: /'
ls -l "$out"/*.deb 2>/dev/null | awk '{print "package:   " $5 " bytes  " $9}'
