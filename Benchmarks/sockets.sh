#!/usr/bin/env bash
# Socket benchmark: the HTTP/1.0 responder and the echo server of Fixtures/sockets, run as WebAssembly
# under a release `wasm-run --listen 127.0.0.1:0` and as the same C source compiled natively with gcc,
# on loopback. Reports requests/s under wrk, echo throughput in MB/s over one connection, and the
# wasm/native ratios.
#
#   bash Benchmarks/sockets.sh            (DURATION=10s CONNECTIONS=16 ECHO_MB=256 to change the load)
#
# Installs wrk with apt-get when it is missing. Needs gcc and the Swift toolchain.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DURATION="${DURATION:-10s}"
CONNECTIONS="${CONNECTIONS:-16}"
ECHO_MB="${ECHO_MB:-256}"
WORK="$(mktemp -d)"
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$WORK"
}
trap cleanup EXIT

if ! command -v wrk >/dev/null 2>&1; then
    echo "installing wrk..." >&2
    apt-get install -y wrk >/dev/null || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
fi
command -v gcc >/dev/null || { echo "sockets.sh: gcc not found" >&2; exit 1; }

echo "building release wasm-run and the native servers..." >&2
if ! swift build -c release --package-path "$ROOT" --scratch-path "$ROOT/.build-sockets-bench" --product wasm-run \
        >"$WORK/build.log" 2>&1; then
    cat "$WORK/build.log" >&2
    exit 1
fi
WASM_RUN="$ROOT/.build-sockets-bench/release/wasm-run"
for name in http_server echo_server; do
    gcc -O2 -o "$WORK/$name" "$ROOT/Fixtures/sockets/$name.c"
done

# The echo load generator: one connection, a sender thread streaming ECHO_MB MiB while the main
# thread reads the echo back; prints MB/s (MiB per second) of echoed data.
cat > "$WORK/echo_load.c" <<'C'
#include <arpa/inet.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>
static int fd;
static long total;
static void *sender(void *arg) {
    (void)arg;
    static char buf[65536];
    memset(buf, 'x', sizeof buf);
    for (long sent = 0; sent < total;) {
        ssize_t n = send(fd, buf, sizeof buf < (size_t)(total - sent) ? sizeof buf : (size_t)(total - sent), 0);
        if (n <= 0) { perror("send"); exit(1); }
        sent += n;
    }
    shutdown(fd, SHUT_WR);
    return NULL;
}
int main(int argc, char **argv) {
    total = atol(argv[2]) << 20;
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons((unsigned short)atoi(argv[1]))};
    inet_pton(AF_INET, "127.0.0.1", &a.sin_addr);
    fd = socket(AF_INET, SOCK_STREAM, 0);
    if (connect(fd, (struct sockaddr *)&a, sizeof a) != 0) { perror("connect"); return 1; }
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    pthread_t thread;
    pthread_create(&thread, NULL, sender, NULL);
    static char buf[65536];
    long got = 0;
    for (;;) {
        ssize_t n = recv(fd, buf, sizeof buf, 0);
        if (n <= 0) break;
        got += n;
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    pthread_join(thread, NULL);
    double seconds = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    if (got != total) { fprintf(stderr, "echoed %ld of %ld bytes\n", got, total); return 1; }
    printf("%.1f\n", (double)got / 1048576.0 / seconds);
    return 0;
}
C
gcc -O2 -pthread -o "$WORK/echo_load" "$WORK/echo_load.c"

# start NAME COMMAND...: runs a server, waits for its "listening on ADDR:PORT" line, sets PORT.
start() {
    local log="$WORK/$1.log"; shift
    "$@" 2>"$log" &
    PIDS+=($!)
    for _ in $(seq 1 200); do
        PORT="$(sed -n 's/.*listening on 127\.0\.0\.1:\([0-9]*\).*/\1/p' "$log" | head -n 1)"
        [ -n "$PORT" ] && return
        sleep 0.05
    done
    echo "sockets.sh: server did not start: $(cat "$log")" >&2
    exit 1
}
stop() { kill "${PIDS[-1]}" 2>/dev/null || true; wait "${PIDS[-1]}" 2>/dev/null || true; unset 'PIDS[-1]'; }

rps() {  # rps PORT: requests/s reported by wrk
    wrk -t 2 -c "$CONNECTIONS" -d "$DURATION" "http://127.0.0.1:$1/" | awk '/Requests\/sec/ {print $2}'
}

start native-http env LISTEN=127.0.0.1:0 "$WORK/http_server"
NATIVE_RPS="$(rps "$PORT")"; stop
start wasm-http "$WASM_RUN" --listen 127.0.0.1:0 "$ROOT/Fixtures/sockets/http_server.wasm"
WASM_RPS="$(rps "$PORT")"; stop

start native-echo env LISTEN=127.0.0.1:0 "$WORK/echo_server"
NATIVE_MBS="$("$WORK/echo_load" "$PORT" "$ECHO_MB")"; stop
start wasm-echo "$WASM_RUN" --listen 127.0.0.1:0 "$ROOT/Fixtures/sockets/echo_server.wasm"
WASM_MBS="$("$WORK/echo_load" "$PORT" "$ECHO_MB")"; stop

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
echo "workload | native (gcc -O2) | wasm-run (release) | wasm/native"
echo "HTTP/1.0 requests/s (wrk -t2 -c$CONNECTIONS -d$DURATION) | $NATIVE_RPS | $WASM_RPS | $(ratio "$WASM_RPS" "$NATIVE_RPS")"
echo "echo MB/s (1 connection, $ECHO_MB MiB) | $NATIVE_MBS | $WASM_MBS | $(ratio "$WASM_MBS" "$NATIVE_MBS")"
