# Sourced by Fixtures/build.sh: the WASI conformance programs (NAME.c with wasi-libc, NAME.wat for the
# AssemblyScript-style ones, NAME.rs with Rust's std), each next to its NAME.json. See README.md.
for src in "$HERE"/wasi-conformance/*.c; do build_wasi "$src"; done
for src in "$HERE"/wasi-conformance/*.wat; do build_wat "$src"; done

# build_rust_wasi SRC: a Rust std command for wasm32-wasi, with Debian's rustc and its wasm32 std
# (apt-get install rustc libstd-rust-dev-wasm32; RUSTC overrides). Linked by the toolchain's wasm-ld
# through a wrapper that drops --fatal-warnings (newer wasm-ld warns about the rlibs' metadata members).
# Skipped, keeping the committed .wasm, when that compiler is not installed.
build_rust_wasi() {
    local src="$1" rel="${1#"$HERE"/}" rustc="${RUSTC:-/usr/bin/rustc}"
    if [ ! -x "$rustc" ] || [ ! -d "$("$rustc" --print sysroot 2>/dev/null)/lib/rustlib/wasm32-wasi" ]; then
        echo "  skipped    ${rel%.rs}.wasm (no rustc with the wasm32-wasi std)"
        return
    fi
    local tmp linker; tmp="$(out_for "$src")"; linker="$SCRATCH/wasm-ld-keep-warnings"
    printf '#!/bin/sh\nfor a; do shift; [ "$a" = --fatal-warnings ] || set -- "$@" "$a"; done\nexec "%s" "$@"\n' \
        "${WASM_LD:-$(command -v wasm-ld || echo /opt/swift/usr/bin/wasm-ld)}" > "$linker"
    chmod +x "$linker"
    "$rustc" --target wasm32-wasi --edition 2021 -C opt-level=2 -C strip=debuginfo -C linker="$linker" \
        --remap-path-prefix="$HERE=Fixtures" "$src" -o "$tmp" 2> "$SCRATCH/rustc.log" \
        || { cat "$SCRATCH/rustc.log" >&2; die "rustc failed on $rel"; }
    install_output "$tmp" "$(dest_for "$src")"
}
for src in "$HERE"/wasi-conformance/*.rs; do build_rust_wasi "$src"; done
