#!/usr/bin/env bash
# Set up everything and run the dashboard (`./dev.sh run`) or the whole test suite (`./dev.sh test`);
# `./dev.sh translations` refreshes the translation catalog after a text changed in the code.
# Works on a fresh Debian machine with Python 3.11+: installs the Debian packages it needs (as root or with
# sudo), a virtual environment in .venv with the project and its test dependencies, builds the data store.
set -euo pipefail
cd "$(dirname "$0")"

PYTHON=${PYTHON:-python3}
VENV=.venv
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO=sudo; fi

need_debs=()
"$PYTHON" -c 'import sys; assert sys.version_info >= (3, 11), sys.version' \
  || { echo "Python 3.11+ is required (found $("$PYTHON" --version 2>&1))" >&2; exit 1; }
"$PYTHON" -c 'import venv, ensurepip' 2>/dev/null || need_debs+=(python3-venv)
if [ "${1:-}" = test ]; then
  command -v chromium >/dev/null || need_debs+=(chromium)
  command -v soffice >/dev/null || need_debs+=(libreoffice-calc-nogui)  # tests/test_spreadsheets.py
  command -v npm >/dev/null || need_debs+=(npm)  # axe-core for tests/e2e/test_accessibility.py
fi
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need_debs+=(fonts-dejavu-core)
if [ ${#need_debs[@]} -gt 0 ]; then
  echo "installing Debian packages: ${need_debs[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_debs[@]}" >/dev/null
fi

stamp="$VENV/.installed-$(sha256sum pyproject.toml | cut -c1-16)"
if [ ! -f "$stamp" ]; then
  "$PYTHON" -m venv "$VENV"
  "$VENV/bin/python" -m pip install -q --upgrade pip
  "$VENV/bin/python" -m pip install -q -e ".[test]"
  rm -f "$VENV"/.installed-*
  touch "$stamp"
fi

"$VENV/bin/python" -m indicators build --no-force
if [ "${1:-}" = test ]; then
  npm ci --prefix tests/e2e --no-audit --no-fund --silent  # axe-core, pinned in tests/e2e/package-lock.json
fi

case "${1:-}" in
  translations) exec "$VENV/bin/python" -m indicators translations ;;  # after a text changed in the code
  run) exec "$VENV/bin/streamlit" run streamlit_app.py "${@:2}" ;;
  test) exec "$VENV/bin/python" -m pytest "${@:2}" ;;
  *) echo "usage: ./dev.sh run|test|translations [extra arguments]" >&2; exit 2 ;;
esac
