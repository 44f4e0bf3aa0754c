#!/usr/bin/env bash
# Installs what is missing, builds libcls with warnings as errors and runs
# every test suite, then the C tests again under valgrind.
set -euo pipefail

cd "$(dirname "$(readlink -f "$0")")"

./build-aux/install-deps.sh

if [ -f build-tests/meson-private/coredata.dat ]; then
  meson setup --reconfigure build-tests -Dwerror=true
else
  meson setup build-tests -Dwerror=true
fi
ninja -C build-tests

meson test -C build-tests --print-errorlogs
meson test -C build-tests --setup=valgrind --suite=c --print-errorlogs
