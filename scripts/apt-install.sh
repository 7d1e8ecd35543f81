#!/bin/sh
# Installiert ein Debian-Paket für die Tests / installs a Debian package the tests need (used by
# ensure-chromium.sh and ensure-poppler.sh): apt-get, no recommends; as root directly, else through sudo
# when it works without a password. Usage: sh scripts/apt-install.sh <paket> <was es bereitstellt / what it provides>
set -eu

PKG="$1"
WHAT="$2"

if ! command -v apt-get >/dev/null 2>&1; then
  echo "FEHLER / ERROR: $WHAT fehlt und apt-get ist nicht vorhanden / is missing and there is no apt-get." >&2
  echo "  Bitte $PKG installieren / please install $PKG." >&2
  exit 1
fi
SUDO=""
if [ "$(id -u)" != "0" ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO="sudo -n"
  else
    echo "FEHLER / ERROR: $WHAT fehlt; zum Installieren braucht es root oder sudo / is missing; installing needs root or sudo:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends $PKG" >&2
    exit 1
  fi
fi
echo "Installiere $PKG (Debian-Paket) / installing $PKG (Debian package) …"
start=$(date +%s)
if ! $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq; then
  echo "FEHLER / ERROR: apt-get update ist fehlgeschlagen / failed." >&2
  exit 1
fi
if ! $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$PKG" >/dev/null; then
  echo "FEHLER / ERROR: apt-get install $PKG ist fehlgeschlagen / failed." >&2
  exit 1
fi
echo "$PKG installiert in / installed in $(( $(date +%s) - start )) s."
