#!/bin/sh
# Stellt Debians Chromium für die Browser-Tests bereit / makes sure Debian's chromium is installed
# for the browser tests (npm run test:e2e). Idempotent: when /usr/bin/chromium exists it only prints
# the version. Otherwise it installs the Debian package (scripts/apt-install.sh). No browser download by playwright, ever.
# Override the binary with BUDGET_CHROMIUM=/path/to/chromium (then nothing is installed).
set -eu

CHROMIUM="${BUDGET_CHROMIUM:-/usr/bin/chromium}"

if [ ! -x "$CHROMIUM" ]; then
  if [ -n "${BUDGET_CHROMIUM:-}" ]; then
    echo "FEHLER / ERROR: BUDGET_CHROMIUM=$CHROMIUM ist nicht ausführbar / is not executable." >&2
    exit 1
  fi
  sh "$(dirname "$0")/apt-install.sh" chromium "$CHROMIUM"
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
