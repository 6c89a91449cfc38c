#!/usr/bin/env bash
# Runs every test (unit, store, engines on the real models in ../shared, architecture, TestFX UI).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$here/scripts/jdk25.sh"
sightline_select_jdk
cd "$here"
exec ./mvnw -B verify "$@"
