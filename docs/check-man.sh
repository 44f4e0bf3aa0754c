#!/bin/sh
# check-man.sh PAGE: renders a manual page as man(1) would and fails on any
# warning of groff (unknown macros, bad escapes, characters it cannot
# render, lines it cannot break).
#
# SPDX-License-Identifier: LGPL-2.1-or-later
set -eu

page=$1
warnings=$(mktemp)
trap 'rm -f "$warnings"' EXIT

export LC_ALL=C.UTF-8 MANWIDTH=80
if command -v man >/dev/null 2>&1; then
  man --warnings=all -E UTF-8 -l "$page" >/dev/null 2>"$warnings"
else
  groff -k -man -Tutf8 -wall -z "$page" 2>"$warnings"
fi

if [ -s "$warnings" ]; then
  cat "$warnings" >&2
  exit 1
fi
echo "$page: rendered without warnings"
