#!/usr/bin/env bash
# Compiles every benchmark workload natively (gcc or cc) and checks that
# run(n) gives the checksum recorded in workloads.txt.
#
#   check-native.sh            native check only
#   check-native.sh --wasmkit  also run each .wasm under the toolchain's
#                              wasmkit CLI, compare its result and print times
#   check-native.sh --large    also check the generated large.c / large.wasm
#                              (slow: gcc takes minutes on it)
#   check-native.sh NAME N     print the native result of run(N) for NAME
#
# The native build uses -ffp-contract=off so floating-point results are
# bit-identical to wasm (no fused multiply-add).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CC="${CC:-$(command -v gcc || command -v cc || true)}"
[ -n "$CC" ] || { echo "check-native.sh: error: no C compiler (gcc/cc) found" >&2; exit 1; }
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT

module_of() {  # module_of NAME: the .wasm of workload NAME (workloads.txt's fourth field, or NAME.wasm)
    local module
    module="$(awk -v name="$1" '$1 == name { print $4 }' "$HERE/workloads.txt")"
    echo "$HERE/${module:-$1.wasm}"
}

native() {  # native NAME: builds $OUT/NAME from the C source beside its module
    if [ "$1" = large ] && [ ! -f "$HERE/large.c" ]; then
        python3 "$HERE/gen_large.py" --output "$HERE/large.c"
    fi
    local module; module="$(module_of "$1")"
    "$CC" -O2 -ffp-contract=off -w -I "$HERE" -o "$OUT/$1" "${module%.wasm}.c" -lm
}

if [ $# -eq 2 ] && [ "${1#--}" = "$1" ]; then
    native "$1"
    "$OUT/$1" "$2"
    exit 0
fi

WASMKIT=""
LARGE=0
for arg in "$@"; do
    case "$arg" in
        --wasmkit)
            WASMKIT="${WASMKIT_BIN:-$(command -v wasmkit || echo /opt/swift/usr/bin/wasmkit)}"
            [ -x "$WASMKIT" ] || { echo "check-native.sh: error: wasmkit not found" >&2; exit 1; } ;;
        --large) LARGE=1 ;;
        *) echo "check-native.sh: unknown option '$arg'" >&2; exit 2 ;;
    esac
done

failures=0
while read -r name n expected _; do
    case "$name" in ''|'#'*) continue ;; esac
    [ "$name" = large ] && [ "$LARGE" = 0 ] && continue
    native "$name"
    got="$("$OUT/$name" "$n")"
    status="ok"
    [ "$got" = "$expected" ] || { status="MISMATCH (native $got)"; failures=$((failures + 1)); }
    line="$(printf '%-8s n=%-8s %-21s native %s' "$name" "$n" "$expected" "$status")"
    if [ -n "$WASMKIT" ]; then
        start=$(date +%s%N)
        raw="$("$WASMKIT" run "$(module_of "$name")" run "i32:$n")"
        end=$(date +%s%N)
        # wasmkit prints e.g. [WasmTypes.Value.i64(15311437928601306035)] (unsigned).
        value="$(echo "$raw" | sed -n 's/.*i64(\([0-9]*\)).*/\1/p')"
        signed="$(python3 -c "v=int('${value:-0}'); print(v - (1 << 64) if v >= 1 << 63 else v)")"
        wstatus="ok"
        [ "$signed" = "$expected" ] || { wstatus="MISMATCH ($raw)"; failures=$((failures + 1)); }
        ms=$(( (end - start) / 1000000 ))
        line="$line, wasmkit $wstatus $(printf '%d.%02ds' $((ms / 1000)) $(((ms % 1000) / 10)))"
    fi
    echo "$line"
done < "$HERE/workloads.txt"

if [ "$failures" -gt 0 ]; then
    echo "check-native.sh: $failures mismatch(es)" >&2
    exit 1
fi
echo "all checksums match"
