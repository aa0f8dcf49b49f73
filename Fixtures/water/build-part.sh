# W.A.T.E.R. fixtures (sourced by Fixtures/build.sh): each transport (plain, reverse, xorframe) is built as
# a WATM v1 reactor (v1/NAME.wasm) and a WATM v0 reactor (v0/NAME.wasm, -DWATM_V0=1) from the same
# source and watm_common.h, against GuestSDK/water/watm.h.
build_watm() {
    local src="$1" version="$2" name tmp
    name="$(basename "${src%.c}")"
    mkdir -p "$HERE/water/$version" "$SCRATCH/water-$version"
    tmp="$SCRATCH/water-$version/$name.wasm"
    local defines=()
    [ "$version" = v0 ] && defines=(-DWATM_V0=1)
    "$CLANG" --target=wasm32-wasi --sysroot="$SYSROOT" -O2 "${FEATURES[@]}" -mexec-model=reactor \
        "${defines[@]}" -nodefaultlibs "$src" -lc "$BUILTINS" -o "$tmp"
    install_output "$tmp" "$HERE/water/$version/$name.wasm"
}
for src in "$HERE"/water/plain.c "$HERE"/water/reverse.c "$HERE"/water/xorframe.c; do
    build_watm "$src" v1
    build_watm "$src" v0
done
# Hand-written WATMs for the cancellation and signature tests.
build_wat "$HERE/water/stubborn.wat"
build_wat "$HERE/water/badsig.wat"
