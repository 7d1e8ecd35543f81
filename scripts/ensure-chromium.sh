#!/bin/sh
# Stellt Debians Chromium für die Browser-Tests bereit / makes sure Debian's chromium is installed
# for the browser tests (npm run test:e2e). Idempotent: when /usr/bin/chromium exists it only prints
# the version. Otherwise it installs the Debian package (apt-get, no recommends); as root directly,
# else through sudo when available. No browser download by playwright, ever.
# Override the binary with BUDGET_CHROMIUM=/path/to/chromium (then nothing is installed).
set -eu

CHROMIUM="${BUDGET_CHROMIUM:-/usr/bin/chromium}"

if [ ! -x "$CHROMIUM" ]; then
  if [ -n "${BUDGET_CHROMIUM:-}" ]; then
    echo "FEHLER / ERROR: BUDGET_CHROMIUM=$CHROMIUM ist nicht ausführbar / is not executable." >&2
    exit 1
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "FEHLER / ERROR: $CHROMIUM fehlt und apt-get ist nicht vorhanden / is missing and there is no apt-get." >&2
    echo "  Chromium installieren oder BUDGET_CHROMIUM=/pfad/zu/chromium setzen / install chromium or set BUDGET_CHROMIUM." >&2
    exit 1
  fi
  SUDO=""
  if [ "$(id -u)" != "0" ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      SUDO="sudo -n"
    else
      echo "FEHLER / ERROR: $CHROMIUM fehlt; zum Installieren braucht es root oder sudo / is missing; installing needs root or sudo:" >&2
      echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium" >&2
      exit 1
    fi
  fi
  echo "Installiere Chromium (Debian-Paket) / installing chromium (Debian package) …"
  start=$(date +%s)
  export DEBIAN_FRONTEND=noninteractive
  if ! $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq; then
    echo "FEHLER / ERROR: apt-get update ist fehlgeschlagen / failed." >&2
    exit 1
  fi
  if ! $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null; then
    echo "FEHLER / ERROR: apt-get install chromium ist fehlgeschlagen / failed." >&2
    exit 1
  fi
  echo "Chromium installiert in / installed in $(( $(date +%s) - start )) s."
  if [ ! -x "$CHROMIUM" ]; then
    echo "FEHLER / ERROR: $CHROMIUM fehlt auch nach der Installation / still missing after the install." >&2
    exit 1
  fi
fi

# (Debian's /usr/bin/chromium wrapper may print a harmless shell warning about /dev/shm on stderr)
version=$("$CHROMIUM" --version 2>/dev/null || true)
if [ -z "$version" ]; then
  echo "FEHLER / ERROR: $CHROMIUM --version liefert nichts / prints nothing; Chromium ist unbrauchbar / is unusable." >&2
  "$CHROMIUM" --version >&2 || true
  exit 1
fi
echo "$version"
