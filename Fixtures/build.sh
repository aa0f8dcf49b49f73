#!/usr/bin/env bash
# Rebuilds every fixture .wasm next to its source.
#
#   Fixtures/build.sh            build everything (core, wasi, bench, large)
#   Fixtures/build.sh --no-large skip the generated compile-speed module
#   Fixtures/build.sh --check    build into a scratch folder and fail if any
#                                committed .wasm differs from a fresh build
#
# Tools (found via the named environment variable, then PATH, then
# /opt/swift/usr/bin): clang + wasm-ld (CLANG), wat2wasm (WAT2WASM), python3
# (PYTHON) for bench/gen_large.py. The wasm32-wasi sysroot (WASI_SYSROOT) and
# the compiler-rt builtins archive (WASM_BUILTINS) come from Debian's
# wasi-libc and libclang-rt-dev-wasm32 (see install-tools.sh).
#
# Output is deterministic: running twice yields identical bytes, and a file
# whose bytes do not change is left untouched.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BUILD_LARGE=1
CHECK=0
for arg in "$@"; do
    case "$arg" in
        --no-large) BUILD_LARGE=0 ;;
        --check) CHECK=1 ;;
        -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
        *) echo "build.sh: unknown option '$arg'" >&2; exit 2 ;;
    esac
done

die() { echo "build.sh: error: $*" >&2; exit 1; }

# find_tool VAR NAME: prints $VAR if set, else NAME from PATH, else from
# /opt/swift/usr/bin.
find_tool() {
    local var="$1" name="$2" override
    override="${!var:-}"
    if [ -n "$override" ]; then
        [ -x "$override" ] || die "$var=$override is not executable"
        echo "$override"; return
    fi
    if command -v "$name" >/dev/null 2>&1; then command -v "$name"; return; fi
    if [ -x "/opt/swift/usr/bin/$name" ]; then echo "/opt/swift/usr/bin/$name"; return; fi
    return 1
}

CLANG="$(find_tool CLANG clang)" \
    || die "clang not found (set CLANG, add it to PATH, or install the Swift toolchain at /opt/swift)"
WAT2WASM="$(find_tool WAT2WASM wat2wasm)" \
    || die "wat2wasm not found (run Fixtures/install-tools.sh: apt-get install wabt)"
# clang runs wasm-ld from its own folder or PATH.
if [ ! -x "$(dirname "$CLANG")/wasm-ld" ] && ! command -v wasm-ld >/dev/null 2>&1; then
    die "wasm-ld not found next to $CLANG or on PATH"
fi

find_sysroot() {
    if [ -n "${WASI_SYSROOT:-}" ]; then
        [ -d "$WASI_SYSROOT" ] || die "WASI_SYSROOT=$WASI_SYSROOT is not a folder"
        echo "$WASI_SYSROOT"; return
    fi
    local candidate
    for candidate in /usr /usr/share/wasi-sysroot /opt/wasi-sdk/share/wasi-sysroot; do
        if [ -f "$candidate/lib/wasm32-wasi/libc.a" ]; then echo "$candidate"; return; fi
    done
    return 1
}

find_builtins() {
    if [ -n "${WASM_BUILTINS:-}" ]; then
        [ -f "$WASM_BUILTINS" ] || die "WASM_BUILTINS=$WASM_BUILTINS does not exist"
        echo "$WASM_BUILTINS"; return
    fi
    local own
    own="$("$CLANG" --target=wasm32-wasi -print-libgcc-file-name 2>/dev/null || true)"
    if [ -n "$own" ] && [ -f "$own" ]; then echo "$own"; return; fi
    local found
    found="$(ls -1 /usr/lib/llvm-*/lib/clang/*/lib/wasi/libclang_rt.builtins-wasm32.a \
                   /usr/lib/llvm-*/lib/clang/*/lib/wasm32-unknown-wasi/libclang_rt.builtins.a \
                   2>/dev/null | sort -V | tail -n 1 || true)"
    if [ -n "$found" ]; then echo "$found"; return; fi
    return 1
}

# Wasm 1.0 plus the universally supported sign-extension, mutable-global and
# saturating-conversion extensions: no bulk memory or reference types, so the
# modules also run on MVP-era engines (wasm3) and call_indirect keeps its
# one-byte table index.
FEATURES=(-mcpu=mvp -msign-ext -mmutable-globals -mnontrapping-fptoint)
BENCH_LDFLAGS=(-Wl,--no-entry -Wl,--export=run -Wl,--export-memory -Wl,-z,stack-size=1048576)
# The generated compile-speed module: a lower level keeps clang's time down and
# the functions distinct (little inlining).
LARGE_OPT=-O1

SCRATCH="$(mktemp -d)"
trap 'rm -rf "$SCRATCH"' EXIT
CHANGED=0
STALE=()

# install BUILT DEST: moves a freshly built file into place unless identical.
install_output() {
    local built="$1" dest="$2" rel="${2#"$HERE"/}"
    if [ -f "$dest" ] && cmp -s "$built" "$dest"; then
        echo "  unchanged  $rel"
        return
    fi
    if [ "$CHECK" = 1 ]; then
        STALE+=("$rel")
        echo "  STALE      $rel"
        return
    fi
    mv "$built" "$dest"
    CHANGED=$((CHANGED + 1))
    echo "  built      $rel"
}

# Each builder writes to $SCRATCH/<name>.wasm first: wasm-ld records the
# output's file name in the name section, so the scratch name must match.
out_for() { local src="$1"; echo "$SCRATCH/$(basename "${src%.*}").wasm"; }
dest_for() { local src="$1"; echo "${src%.*}.wasm"; }

build_wat() {
    local src="$1" tmp; tmp="$(out_for "$src")"
    "$WAT2WASM" "$src" -o "$tmp"
    install_output "$tmp" "$(dest_for "$src")"
}

# build_wasi SRC: a WASI command linked against wasi-libc.
build_wasi() {
    local src="$1" tmp; tmp="$(out_for "$src")"
    "$CLANG" --target=wasm32-wasi --sysroot="$SYSROOT" -O2 "${FEATURES[@]}" \
        -nodefaultlibs "$src" -lc "$BUILTINS" -o "$tmp"
    install_output "$tmp" "$(dest_for "$src")"
}

# build_pure SRC OPT EXPORT...: an import-free module with the given exports.
build_pure() {
    local src="$1" opt="$2"; shift 2
    local tmp; tmp="$(out_for "$src")"
    local exports=() e
    for e in "$@"; do exports+=("-Wl,--export=$e"); done
    "$CLANG" --target=wasm32 "$opt" "${FEATURES[@]}" -nostdlib -Wl,--no-entry \
        "${exports[@]}" "$src" -o "$tmp"
    install_output "$tmp" "$(dest_for "$src")"
}

# build_bench SRC [OPT]: a benchmark workload exporting run and memory.
build_bench() {
    local src="$1" opt="${2:--O3}" tmp; tmp="$(out_for "$src")"
    "$CLANG" --target=wasm32 "$opt" "${FEATURES[@]}" -nostdlib "${BENCH_LDFLAGS[@]}" \
        "$src" -o "$tmp"
    install_output "$tmp" "$(dest_for "$src")"
}

# build_swift SRC EXPORT...: an Embedded Swift module (no imports) with the given exports.
# swiftc embeds a per-build module hash (a 16-byte .swift_modhash data segment), so the bytes differ
# from build to build: the module is rebuilt only when its source is newer, and --check skips it.
build_swift() {
    local src="$1"; shift
    local rel="${src#"$HERE"/}"
    if [ "$CHECK" = 1 ]; then echo "  skipped    ${rel%.swift}.wasm (per-build module hash)"; return; fi
    if [ -f "$(dest_for "$src")" ] && [ "$(dest_for "$src")" -nt "$src" ]; then
        echo "  unchanged  ${rel%.swift}.wasm (source older)"; return
    fi
    local tmp obj; tmp="$(out_for "$src")"; obj="${tmp%.wasm}.o"
    "$SWIFTC" -target wasm32-unknown-none-wasm -enable-experimental-feature Embedded -wmo -Osize \
        -parse-as-library -Xfrontend -disable-stack-protector -c "$src" -o "$obj"
    local exports=() e
    for e in "$@"; do exports+=("--export=$e"); done
    "$WASM_LD" --no-entry "${exports[@]}" "$obj" -o "$tmp"
    install_output "$tmp" "$(dest_for "$src")"
}

echo "clang:    $CLANG"
echo "wat2wasm: $WAT2WASM"

echo "core (WAT):"
for src in "$HERE"/core/*.wat; do build_wat "$src"; done

echo "core (C):"
SYSROOT="$(find_sysroot)" \
    || die "wasm32-wasi sysroot not found (set WASI_SYSROOT, or run Fixtures/install-tools.sh: apt-get install wasi-libc)"
BUILTINS="$(find_builtins)" \
    || die "libclang_rt.builtins for wasm32 not found (set WASM_BUILTINS, or run Fixtures/install-tools.sh: apt-get install libclang-rt-dev-wasm32)"
build_wasi "$HERE/core/hello.c"
build_pure "$HERE/core/sum.c" -O2 sum

echo "core (Embedded Swift):"
SWIFTC="$(find_tool SWIFTC swiftc)" || die "swiftc not found (the Swift toolchain)"
WASM_LD="$(find_tool WASM_LD wasm-ld)" || die "wasm-ld not found (the Swift toolchain's, beside swiftc)"
build_swift "$HERE/core/counter.swift" increment checksum

echo "wasi:"
# WASI commands for Tests/WasmHostWASITests (see wasi/README.md).
for src in "$HERE"/wasi/*.wat; do build_wat "$src"; done
for src in "$HERE"/wasi/*.c; do build_wasi "$src"; done

# Host-module fixtures and guest SDKs: each folder with a build-part.sh adds its own steps, using the
# builders above (build_wat, build_wasi, build_pure, build_swift, install_output, out_for, dest_for).
for part in "$HERE"/*/build-part.sh; do
    [ -f "$part" ] || continue
    echo "$(basename "$(dirname "$part")"):"
    # shellcheck source=/dev/null
    source "$part"
done

echo "bench:"
for src in "$HERE"/bench/*.c; do
    [ "$(basename "$src")" = large.c ] && continue
    build_bench "$src"
done

if [ "$BUILD_LARGE" = 1 ]; then
    echo "bench (large, generated):"
    PYTHON="$(find_tool PYTHON python3)" || die "python3 not found (needed by bench/gen_large.py)"
    # bench/large.c is generated (and git-ignored); large.wasm is committed.
    "$PYTHON" "$HERE/bench/gen_large.py" --output "$HERE/bench/large.c"
    build_bench "$HERE/bench/large.c" "$LARGE_OPT"
fi

if [ "$CHECK" = 1 ]; then
    if [ ${#STALE[@]} -gt 0 ]; then
        die "${#STALE[@]} fixture(s) differ from a fresh build: ${STALE[*]} (run Fixtures/build.sh)"
    fi
    echo "check: all fixtures match their sources"
else
    echo "done: $CHANGED file(s) written"
fi
