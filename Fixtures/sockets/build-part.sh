# Socket fixtures (sourced by Fixtures/build.sh): WASI commands linked with wasi-libc; those using the
# WasmEdge ABI include GuestSDK/sockets/wasmedge_socket.h. echo_server.c and http_server.c also build
# natively (Benchmarks/sockets.sh).
for src in "$HERE"/sockets/*.c; do build_wasi "$src"; done
for src in "$HERE"/sockets/*.wat; do build_wat "$src"; done
