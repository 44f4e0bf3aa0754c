#!/usr/bin/env bash
# Installs what is missing, builds libcls, and writes report.html: the report
# of the 2026 annual evaluation of the shipped example contract for its
# comité de pilotage (in French, the contract's language), printing its
# summary.
set -euo pipefail

cd "$(dirname "$(readlink -f "$0")")"

./build-aux/install-deps.sh

if [ ! -f build/meson-private/coredata.dat ]; then
  meson setup build
fi
ninja -C build

# The translations as built, without installing them (see po/meson.build)
export CLS_LOCALEDIR="$PWD/build/po"

example=examples/cls-coeur-sud-avesnois-2025-2028.cls.xml
./build/tools/cls-tool validate "$example"
./build/tools/cls-tool report "$example" --period 2026 --lang fr -o report.html
echo "Rapport écrit dans $(pwd)/report.html"
