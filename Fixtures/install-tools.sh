#!/usr/bin/env bash
# Installs the Debian packages that Fixtures/build.sh needs besides the Swift
# toolchain's clang/wasm-ld: wabt (wat2wasm, wasm-objdump), wasi-libc (the
# wasm32-wasi sysroot) and libclang-rt-dev-wasm32 (compiler-rt builtins).
# Idempotent: does nothing when every package is already installed.
#
#   Fixtures/install-tools.sh          the packages above
#   Fixtures/install-tools.sh --rust   also Debian's rustc and its wasm32-wasi std (about 540 MB), for
#                                      Fixtures/wasi-conformance/rust_std.rs (skipped by build.sh without them)
set -euo pipefail

packages=(wabt wasi-libc libclang-rt-dev-wasm32)
if [ "${1:-}" = "--rust" ]; then packages+=(rustc libstd-rust-dev-wasm32); fi
missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-tools: all present (${packages[*]})"
    exit 0
fi

echo "install-tools: installing ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y "${missing[@]}"
