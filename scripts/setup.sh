#!/usr/bin/env bash
# Idempotent set-up on a fresh Debian machine: system packages, .venv, the project and its tests.
# Usage: scripts/setup.sh   (make run / make test call it; it does nothing when all is in place)
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES="poppler-utils tesseract-ocr tesseract-ocr-eng
 libegl1 libgl1 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0 libxkbcommon0
 libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1
 xvfb xauth imagemagick fonts-dejavu-core qpdf"

missing=""
for p in $APT_PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
    echo "setup: please install these Debian packages (as root: apt-get install$missing), then rerun." >&2
    exit 1
  fi
  echo "setup: installing Debian packages:$missing"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

pick_python() {
  # Prefer Python >= 3.12 (PySide6 6.12 + 3.11 crashes; pyproject also pins <6.12 on 3.11).
  for v in 3.13 3.12; do
    if command -v pyenv >/dev/null; then
      for full in $(pyenv versions --bare 2>/dev/null | grep -E "^$v\.[0-9]+$" | sort -V -r); do
        p="$(pyenv root)/versions/$full/bin/python$v"; [ -x "$p" ] && { echo "$p"; return; }
      done
    fi
    p=$(command -v "python$v" 2>/dev/null || true)
    [ -n "$p" ] && "$p" -c "import venv" 2>/dev/null && { echo "$p"; return; }
  done
  command -v python3
}

if [ ! -x .venv/bin/python ]; then
  py=$(pick_python)
  echo "setup: creating .venv with $("$py" --version)"
  "$py" -m venv .venv
fi
stamp=.venv/.installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  echo "setup: installing the project into .venv"
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".[test]"
  touch "$stamp"
fi
