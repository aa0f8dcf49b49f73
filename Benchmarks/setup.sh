#!/usr/bin/env bash
# Installs what the benchmark suite needs besides Swift: pywasm3 (wasm3's Python binding, built from
# source with the C compiler) for the wasm3 column. Safe to run again; the Swift runner skips the
# wasm3 column with a note when pywasm3 is missing.
set -euo pipefail

PYTHON="${PYTHON:-$(command -v python3 || true)}"
[ -n "$PYTHON" ] || { echo "setup.sh: python3 not found; the wasm3 column will be skipped" >&2; exit 0; }

if "$PYTHON" -c 'import wasm3' 2>/dev/null; then
    echo "setup.sh: pywasm3 already installed"
else
    echo "setup.sh: installing pywasm3 (builds wasm3 from source; needs a C compiler)"
    "$PYTHON" -m pip install --quiet pywasm3
fi
"$PYTHON" -c 'import wasm3; print("setup.sh: pywasm3 ok, wasm3", getattr(wasm3, "M3_VERSION", "?"))'
