# Sourced by Fixtures/build.sh: pipe guests (C over GuestSDK/pipe/pipe.h, Embedded Swift over
# GuestSDK/pipe/Pipe.swift, WAT for malformed meta pages).

# pipe_build_c SRC INCLUDE_DIR: an import-free-except-host C guest, freestanding, no entry.
pipe_build_c() {
    local src="$1" include="$2" tmp; tmp="$(out_for "$src")"
    "$CLANG" --target=wasm32 -O2 "${FEATURES[@]}" -ffreestanding -nostdlib -I"$include" \
        -Wl,--no-entry -Wl,--export-memory -Wl,-z,stack-size=65536 "$src" -o "$tmp"
    install_output "$tmp" "$(dest_for "$src")"
}

# pipe_build_swift SDK SRC EXPORT...: an Embedded Swift guest compiled together with an SDK source;
# rebuilt only when a source is newer (swiftc embeds a per-build hash; --check skips it).
pipe_build_swift() {
    local sdk="$1" src="$2"; shift 2
    local rel="${src#"$HERE"/}" dest; dest="$(dest_for "$src")"
    if [ "$CHECK" = 1 ]; then echo "  skipped    ${rel%.swift}.wasm (per-build module hash)"; return; fi
    if [ -f "$dest" ] && [ "$dest" -nt "$src" ] && [ "$dest" -nt "$sdk" ]; then
        echo "  unchanged  ${rel%.swift}.wasm (sources older)"; return
    fi
    local tmp obj; tmp="$(out_for "$src")"; obj="${tmp%.wasm}.o"
    "$SWIFTC" -target wasm32-unknown-none-wasm -enable-experimental-feature Embedded \
        -enable-experimental-feature Extern -wmo -Osize -parse-as-library \
        -Xfrontend -disable-stack-protector -module-name "$(basename "${src%.swift}")" \
        -c "$sdk" "$src" -o "$obj"
    local exports=() e
    for e in "$@"; do exports+=("--export=$e"); done
    "$WASM_LD" --no-entry --export-memory "${exports[@]}" "$obj" -o "$tmp"
    install_output "$tmp" "$dest"
}

pipe_build_c "$HERE/pipe/pipe_test.c" "$HERE/../GuestSDK/pipe"
for src in "$HERE"/pipe/*.wat; do build_wat "$src"; done
pipe_build_swift "$HERE/../GuestSDK/pipe/Pipe.swift" "$HERE/pipe/echo.swift" __pipe echo addOne
