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
  # Translations (msgfmt, xgettext), and the French locale of their tests
  gettext
  locales
  # The manual page of cls-tool (rst2man), and its check (groff)
  python3-docutils
  groff-base
)

# The tests run cls-tool under fr_FR.UTF-8 too (they fall back to C.UTF-8
# with LANGUAGE=fr without it). Generated once, only when missing.
ensure_french_locale() {
  if locale -a 2>/dev/null | grep -qix 'fr_FR\.utf-\?8'; then
    return 0
  fi
  if [ "$(id -u)" -ne 0 ]; then
    echo "warning: the fr_FR.UTF-8 locale is missing; generating it needs root" >&2
    return 0
  fi
  echo "Generating the fr_FR.UTF-8 locale" >&2
  if [ -f /etc/locale.gen ] && grep -q '^# *fr_FR.UTF-8 UTF-8' /etc/locale.gen; then
    sed -i 's/^# *\(fr_FR.UTF-8 UTF-8\)/\1/' /etc/locale.gen
  elif ! grep -q '^fr_FR.UTF-8 UTF-8' /etc/locale.gen 2>/dev/null; then
    echo 'fr_FR.UTF-8 UTF-8' >> /etc/locale.gen
  fi
  locale-gen
}

missing=()
for package in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)
  if [ "$status" != "installed" ]; then
    missing+=("$package")
  fi
done

if [ "${#missing[@]}" -eq 0 ]; then
  ensure_french_locale
  exit 0
fi

echo "Installing missing packages: ${missing[*]}" >&2
if [ "$(id -u)" -ne 0 ]; then
  echo "error: installing packages needs root; run this script as root" >&2
  exit 1
fi

apt-get update
apt-get install -y --no-install-recommends "${packages[@]}"
ensure_french_locale
