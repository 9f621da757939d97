#!/usr/bin/env bash
# Installs what unbind needs and the machine lacks: Go modules, a Chrome or
# Chromium (Debian's chromium package), Chromium's headless shell (Debian's
# chromium-headless-shell, which headless runs use: about twice as fast as
# the full browser), xmllint (libxml2-utils), which the report tests
# validate JUnit with, and what the containment tests use to run the
# browser in a network namespace of their own and trace it: unshare
# (util-linux), ip (iproute2) and strace; and fonts with the articles'
# scripts (fonts-noto-core: Devanagari, Cyrillic, Latin). Safe to run again: it installs
# nothing that is already there.
set -euo pipefail

have_browser() {
  [ -n "${UNBIND_CHROME:-}" ] && [ -x "${UNBIND_CHROME}" ] && return 0
  for b in chromium chromium-browser google-chrome google-chrome-stable chrome headless_shell; do
    command -v "$b" >/dev/null 2>&1 && return 0
  done
  [ -x /usr/lib/chromium/chromium ]
}

# have_headless_shell: a headless shell is there, or $UNBIND_CHROME chose
# the browser for every run.
have_headless_shell() {
  [ -n "${UNBIND_CHROME:-}" ] && return 0
  for b in chrome-headless-shell chromium-headless-shell headless_shell; do
    command -v "$b" >/dev/null 2>&1 && return 0
  done
  [ -x /usr/lib/chromium/chromium-headless-shell ]
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
have_headless_shell || missing+=(chromium-headless-shell)
command -v xmllint >/dev/null 2>&1 || missing+=(libxml2-utils)
command -v unshare >/dev/null 2>&1 || missing+=(util-linux)
command -v ip >/dev/null 2>&1 || [ -x /usr/sbin/ip ] || [ -x /sbin/ip ] || missing+=(iproute2)
command -v strace >/dev/null 2>&1 || missing+=(strace)
# Fonts for the articles' scripts: the report and the screenshots draw
# Hindi (Devanagari), Russian (Cyrillic) and Latin text as letters, not boxes.
have_font_for() { command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list ":lang=$1" family)" ]; }
have_font_for hi && have_font_for ru || missing+=(fonts-noto-core fontconfig)
if [ ${#missing[@]} -gt 0 ] && ! apt_install "${missing[@]}"; then
  # Without the headless shell the full browser runs headless: slower, but
  # it works. Anything else missing is fatal.
  if [ "${missing[*]}" != chromium-headless-shell ]; then exit 1; fi
  echo "unbind: going on without chromium-headless-shell; runs use the full browser and take about twice as long" >&2
fi

go mod download
(cd examples/gomodule && go mod download)
