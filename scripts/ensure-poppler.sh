#!/bin/sh
# Stellt Debians poppler-utils (pdftotext, pdftoppm) für die PDF-Tests bereit / makes sure Debian's
# poppler-utils are installed for the PDF tests (test/cli/bericht-cli.test.ts: the text of the written PDF
# and page 1 as PNG). Idempotent: when pdftotext and pdftoppm exist it only prints the version. Otherwise it
# installs the Debian package (scripts/apt-install.sh).
set -eu

have() { command -v pdftotext >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1; }

if ! have; then
  sh "$(dirname "$0")/apt-install.sh" poppler-utils "pdftotext/pdftoppm"
  if ! have; then
    echo "FEHLER / ERROR: pdftotext/pdftoppm fehlen auch nach der Installation / still missing after the install." >&2
    exit 1
  fi
fi

# pdftotext -v prints its version on stderr
pdftotext -v 2>&1 | head -n 1
