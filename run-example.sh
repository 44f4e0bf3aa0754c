#!/usr/bin/env bash
# Installs what is missing, builds libcls and runs the 2026 annual evaluation
# of the shipped example contract (in French, the contract's language).
set -euo pipefail

cd "$(dirname "$(readlink -f "$0")")"

./build-aux/install-deps.sh

if [ ! -f build/meson-private/coredata.dat ]; then
  meson setup build
fi
ninja -C build

example=examples/cls-coeur-sud-avesnois-2025-2028.cls.xml
./build/tools/cls-tool validate "$example"
./build/tools/cls-tool evaluate "$example" --period 2026 --lang fr
