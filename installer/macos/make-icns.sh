#!/usr/bin/env bash
# Makes target/installer/sightline.icns from the 256 px PNG with macOS's own sips and iconutil.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
set_dir=target/installer/sightline.iconset
mkdir -p "$set_dir"
for size in 16 32 64 128 256; do
    sips -z "$size" "$size" assets/icons/sightline-256.png --out "$set_dir/icon_${size}x${size}.png" >/dev/null
done
iconutil -c icns "$set_dir" -o target/installer/sightline.icns
