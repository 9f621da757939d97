#!/usr/bin/env bash
# Installs what unbind needs and the machine lacks: Go modules, a Chrome or
# Chromium (Debian's chromium package) and xmllint (libxml2-utils), which the
# report tests validate JUnit with. Safe to run again: it installs nothing
# that is already there.
set -euo pipefail

have_browser() {
  [ -n "${UNBIND_CHROME:-}" ] && [ -x "${UNBIND_CHROME}" ] && return 0
  for b in chromium chromium-browser google-chrome google-chrome-stable chrome headless_shell; do
    command -v "$b" >/dev/null 2>&1 && return 0
  done
  [ -x /usr/lib/chromium/chromium ]
}

apt_install() {
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      echo "unbind: need root to install $* (run: apt-get install $*)" >&2; return 1
    fi
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "unbind: no apt-get here; install $* with your package manager" >&2; return 1
  fi
  echo "unbind: installing $* from Debian's packages" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

missing=()
have_browser || missing+=(chromium)
command -v xmllint >/dev/null 2>&1 || missing+=(libxml2-utils)
if [ ${#missing[@]} -gt 0 ]; then
  apt_install "${missing[@]}"
fi

go mod download
