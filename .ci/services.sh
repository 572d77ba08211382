#!/usr/bin/env bash
# What the store contract suite and the browser tests drive for real, from Debian packages:
# Virtuoso (virtuoso-t, isql-vt: a second SPARQL server), headless Chromium (query page, maps) and a
# CJK font. The Oxigraph server comes from PyPI (the `oxigraph` dev extra). The tests start their own
# server instances on free loopback ports; the Debian Virtuoso service is not used, so stop it if
# the package's postinst started it.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
SUDO=""
if [[ $(id -u) -ne 0 ]] && command -v sudo >/dev/null; then SUDO="sudo -E"; fi
$SUDO apt-get update -qq
# Another apt may hold the lock for a while on a fresh machine; retry instead of failing.
for attempt in 1 2 3 4 5 6; do
  if $SUDO apt-get install -y -qq -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
       virtuoso-opensource chromium fonts-noto-cjk >/dev/null; then
    break
  fi
  [[ $attempt -eq 6 ]] && exit 1
  sleep 15
done
$SUDO service virtuoso-opensource-7 stop >/dev/null 2>&1 || true
command -v virtuoso-t >/dev/null
command -v isql-vt >/dev/null
test -x /usr/bin/chromium
