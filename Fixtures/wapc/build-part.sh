# waPC guests (sourced by Fixtures/build.sh): guest_c.wasm from the C SDK as a WASI reactor
# (wasi-libc), guest_swift.wasm from the Embedded Swift SDK.

# build_wapc_c SRC: a wasi-libc reactor exporting wapc_init and __guest_call.
build_wapc_c() {
    local src="$1" tmp; tmp="$(out_for "$src")"
    "$CLANG" --target=wasm32-wasi --sysroot="$SYSROOT" -O2 "${FEATURES[@]}" -mexec-model=reactor \
        -nodefaultlibs "$src" -lc "$BUILTINS" -o "$tmp"
    install_output "$tmp" "$(dest_for "$src")"
}

# build_wapc_swift SRC: Embedded Swift guest (GuestSDK/wapc/Wapc.swift + SRC), malloc from wasi-libc.
build_wapc_swift() {
    local src="$1" rel="${1#"$HERE"/}" sdk="$HERE/../GuestSDK/wapc/Wapc.swift"
    if [ "$CHECK" = 1 ]; then echo "  skipped    ${rel%.swift}.wasm (per-build module hash)"; return; fi
    local dest; dest="$(dest_for "$src")"
    if [ -f "$dest" ] && [ "$dest" -nt "$src" ] && [ "$dest" -nt "$sdk" ]; then
        echo "  unchanged  ${rel%.swift}.wasm (sources older)"; return
    fi
    local tmp obj; tmp="$(out_for "$src")"; obj="${tmp%.wasm}.o"
    "$SWIFTC" -target wasm32-unknown-none-wasm -enable-experimental-feature Embedded \
        -enable-experimental-feature Extern -wmo -Osize -parse-as-library \
        -Xfrontend -disable-stack-protector -module-name Guest -c "$sdk" "$src" -o "$obj"
    "$WASM_LD" --no-entry --export=__guest_call --export=wapc_init "$obj" \
        "$SYSROOT/lib/wasm32-wasi/libc.a" "$BUILTINS" -o "$tmp"
    install_output "$tmp" "$dest"
}

build_wapc_c "$HERE/wapc/guest_c.c"
build_wapc_swift "$HERE/wapc/guest_swift.swift"
