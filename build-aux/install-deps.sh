#!/usr/bin/env bash
# Installs the Debian 12 packages needed to build and test libcls.
# Does nothing (and needs no network) when they are all installed already.
set -euo pipefail

export DEBIAN_FRONTEND=noninteractive

packages=(
  build-essential
  meson
  ninja-build
  pkg-config
  libglib2.0-dev
  libxml2-dev
  libxml2-utils
  libjson-glib-dev
  gobject-introspection
  libgirepository1.0-dev
  gir1.2-glib-2.0
  python3-gi
  python3-jsonschema
  gjs
  gi-docgen
  valgrind
  # the report's browser tests (tests/browser): headless Chromium, and a
  # font with the status symbols (✓ ● ▲ ✖ ○)
  chromium
  fonts-dejavu-core
)

missing=()
for package in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)
  if [ "$status" != "installed" ]; then
    missing+=("$package")
  fi
done

if [ "${#missing[@]}" -eq 0 ]; then
  exit 0
fi

echo "Installing missing packages: ${missing[*]}" >&2
if [ "$(id -u)" -ne 0 ]; then
  echo "error: installing packages needs root; run this script as root" >&2
  exit 1
fi

apt-get update
apt-get install -y --no-install-recommends "${packages[@]}"
