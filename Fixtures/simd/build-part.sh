# Sourced by Fixtures/build.sh: SIMD fixtures (WebAssembly 2.0 fixed-width SIMD, clang -msimd128).
#   simd_kernels.wasm   a WASI command printing checksums of vectorized kernels; simd_kernels.expected
#                       is the output of the same source built natively (gcc or cc), when one is found
#   simd_bench.wasm     a benchmark workload (run(n) -> i64, like Fixtures/bench) using SIMD
#   values.wasm         v128 through the embedding API (Tests/WasmCoreTests/SIMDValueTests.swift)

SIMD_FEATURES=("${FEATURES[@]}" -msimd128)

# simd_build_wasi SRC: like build_wasi, at -O3 (more auto-vectorization), with SIMD and no FP contraction.
simd_build_wasi() {
    local src="$1" tmp; tmp="$(out_for "$src")"
    "$CLANG" --target=wasm32-wasi --sysroot="$SYSROOT" -O3 "${SIMD_FEATURES[@]}" -ffp-contract=off \
        -nodefaultlibs "$src" -lc "$BUILTINS" -o "$tmp"
    install_output "$tmp" "$(dest_for "$src")"
}

# simd_build_bench SRC: like build_bench, with SIMD.
simd_build_bench() {
    local src="$1" tmp; tmp="$(out_for "$src")"
    "$CLANG" --target=wasm32 -O3 "${SIMD_FEATURES[@]}" -ffp-contract=off -nostdlib "${BENCH_LDFLAGS[@]}" \
        "$src" -o "$tmp"
    install_output "$tmp" "$(dest_for "$src")"
}

# simd_expected SRC: SRC's output when built natively, into SRC's .expected (skipped without a compiler).
simd_expected() {
    local src="$1" cc
    cc="$(command -v gcc || command -v cc || true)"
    if [ -z "$cc" ]; then echo "  skipped    ${src#"$HERE"/} native output (no gcc/cc)"; return; fi
    local exe="$SCRATCH/$(basename "${src%.c}")-native"
    "$cc" -O2 -ffp-contract=off -w "$src" -o "$exe" -lm
    "$exe" > "$SCRATCH/$(basename "${src%.c}").expected"
    install_output "$SCRATCH/$(basename "${src%.c}").expected" "${src%.c}.expected"
}

build_wat "$HERE/simd/values.wat"
simd_build_wasi "$HERE/simd/simd_kernels.c"
simd_expected "$HERE/simd/simd_kernels.c"
simd_build_bench "$HERE/simd/simd_bench.c"
