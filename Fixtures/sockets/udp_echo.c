/* A UDP echo server over the WasmEdge v2 socket ABI: binds HOST:PORT (port 0: any), prints
 * "bound ADDR:PORT", then sends COUNT datagrams back to their senders and exits 0.
 *
 *   wasm-run --allow-bind 127.0.0.1:0 --allow-dial 127.0.0.1:* udp_echo.wasm 127.0.0.1 0 COUNT */
#include <stdio.h>
#include <stdlib.h>
#include "../../GuestSDK/sockets/wasmedge_socket.h"

int main(int argc, char **argv) {
    if (argc != 4) {
        fprintf(stderr, "usage: udp_echo HOST PORT COUNT\n");
        return 1;
    }
    we_address address;
    uint8_t ip[4];
    if (we_parse_ipv4(argv[1], ip) != 0) { fprintf(stderr, "bad address\n"); return 1; }
    we_address_ip(&address, ip, 4);
    we_address_ref ref = {(uint8_t *)&address, sizeof address};
    int32_t fd, err;
    if ((err = we_sock_open(WE_AF_INET4, WE_SOCK_DGRAM, &fd)) != 0) { printf("sock_open: errno %d\n", err); return 1; }
    if ((err = we_sock_bind(fd, &ref, atoi(argv[2]))) != 0) { printf("bind: errno %d\n", err); return 2; }
    uint32_t port = 0;
    if ((err = we_sock_getlocaladdr(fd, &ref, &port)) != 0) { printf("getlocaladdr: errno %d\n", err); return 1; }
    char text[64];
    we_format(&address, port, text, sizeof text);
    printf("bound %s\n", text);
    fflush(stdout);

    long count = atol(argv[3]);
    static uint8_t buffer[65536];
    for (long i = 0; i < count; i++) {
        we_address from;
        we_address_ref from_ref = {(uint8_t *)&from, sizeof from};
        __wasi_iovec_t in = {buffer, sizeof buffer};
        uint32_t from_port = 0, received = 0;
        uint16_t flags = 0;
        if ((err = we_sock_recv_from(fd, &in, 1, &from_ref, 0, &from_port, &received, &flags)) != 0) {
            printf("recv_from: errno %d\n", err);
            return 1;
        }
        __wasi_ciovec_t out = {buffer, received};
        uint32_t sent = 0;
        if ((err = we_sock_send_to(fd, &out, 1, &from_ref, (int32_t)from_port, 0, &sent)) != 0) {
            printf("send_to: errno %d\n", err);
            return 2;
        }
    }
    return 0;
}
