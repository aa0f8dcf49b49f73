/* A TCP client over the WasmEdge v2 socket ABI: resolves HOST with sock_getaddrinfo, connects,
 * sends MESSAGE, half-closes, and prints what comes back.
 *
 *   wasm-run --allow-dial 127.0.0.1:PORT client.wasm HOST PORT MESSAGE
 *
 * Prints "peer ADDR:PORT", then "reply: TEXT". Exit 0; 2 with "connect: errno N" when the connection
 * is refused or not allowed (N = the WASI errno, 2 = EACCES); 1 on other errors. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <unistd.h>
#include "../../GuestSDK/sockets/wasmedge_socket.h"

int main(int argc, char **argv) {
    if (argc != 4) {
        fprintf(stderr, "usage: client HOST PORT MESSAGE\n");
        return 1;
    }
    /* sock_getaddrinfo fills a list the guest preallocates. */
    static uint8_t data[2][26];
    static we_sockaddr addrs[2];
    static we_addrinfo infos[2];
    for (int i = 0; i < 2; i++) {
        addrs[i] = (we_sockaddr){.data_len = sizeof data[i], .data = data[i]};
        infos[i] = (we_addrinfo){.addr = &addrs[i], .next = i == 0 ? &infos[1] : NULL};
    }
    we_addrinfo hints = {.flags = WE_AI_NUMERICSERV, .family = WE_AF_INET4, .socktype = WE_SOCK_STREAM};
    we_addrinfo *list = &infos[0];
    uint32_t found = 0;
    int32_t err = we_sock_getaddrinfo(argv[1], (uint32_t)strlen(argv[1]), argv[2], (uint32_t)strlen(argv[2]),
                                      &hints, &list, 2, &found);
    if (err != 0 || found == 0) {
        printf("getaddrinfo: errno %d\n", err);
        return 1;
    }
    int port = (data[0][0] << 8) | data[0][1];
    we_address address;
    we_address_ip(&address, data[0] + 2, 4);
    we_address_ref ref = {(uint8_t *)&address, sizeof address};

    int32_t fd;
    if ((err = we_sock_open(WE_AF_INET4, WE_SOCK_STREAM, &fd)) != 0) {
        printf("sock_open: errno %d\n", err);
        return 1;
    }
    int32_t one = 1;
    if ((err = we_sock_setsockopt(fd, WE_SOL_TCP, WE_TCP_NODELAY, &one, 4)) != 0) {
        printf("setsockopt: errno %d\n", err);
        return 1;
    }
    if ((err = we_sock_connect(fd, &ref, port)) != 0) {
        printf("connect: errno %d\n", err);
        return 2;
    }
    we_address peer;
    we_address_ref peer_ref = {(uint8_t *)&peer, sizeof peer};
    uint32_t peer_port = 0;
    char text[64];
    if ((err = we_sock_getpeeraddr(fd, &peer_ref, &peer_port)) != 0) {
        printf("getpeeraddr: errno %d\n", err);
        return 1;
    }
    we_format(&peer, peer_port, text, sizeof text);
    printf("peer %s\n", text);

    const char *message = argv[3];
    size_t length = strlen(message), sent = 0;
    while (sent < length) {
        ssize_t w = send(fd, message + sent, length - sent, 0);
        if (w <= 0) { perror("send"); return 1; }
        sent += (size_t)w;
    }
    shutdown(fd, SHUT_WR);
    static char reply[65536];
    size_t got = 0;
    for (;;) {
        ssize_t r = recv(fd, reply + got, sizeof reply - 1 - got, 0);
        if (r < 0) { perror("recv"); return 1; }
        if (r == 0 || got + (size_t)r >= sizeof reply - 1) { got += (size_t)(r > 0 ? r : 0); break; }
        got += (size_t)r;
    }
    reply[got] = 0;
    printf("reply: %s\n", reply);
    close(fd);
    return 0;
}
