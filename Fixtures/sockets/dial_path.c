/* A TCP client over path_open sockets (wasm-run --sockets path_open): opens "tcp+dial://HOST:PORT",
 * which returns at once with the connection in progress, waits for it with poll(), sends MESSAGE,
 * half-closes and prints "reply: TEXT". Exit 2 with "dial: errno N" when path_open fails. */
#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <sys/socket.h>
#include <unistd.h>
#include "../../GuestSDK/sockets/wasmedge_socket.h"

int main(int argc, char **argv) {
    if (argc != 4) {
        fprintf(stderr, "usage: dial_path HOST PORT MESSAGE\n");
        return 1;
    }
    char url[256];
    snprintf(url, sizeof url, "tcp+dial://%s:%s", argv[1], argv[2]);
    int32_t fd;
    int32_t err = we_path_open_socket(url, &fd);
    if (err != 0) {
        printf("dial: errno %d\n", err);
        return 2;
    }
    struct pollfd p = {.fd = fd, .events = POLLOUT};
    if (poll(&p, 1, -1) != 1) { perror("poll"); return 1; }
    const char *message = argv[3];
    size_t length = strlen(message), sent = 0;
    while (sent < length) {
        ssize_t w = send(fd, message + sent, length - sent, 0);
        if (w < 0 && errno == EAGAIN) { poll(&p, 1, -1); continue; }
        if (w <= 0) { perror("send"); return 1; }
        sent += (size_t)w;
    }
    shutdown(fd, SHUT_WR);
    static char reply[4096];
    size_t got = 0;
    for (;;) {
        ssize_t r = recv(fd, reply + got, sizeof reply - 1 - got, 0);
        if (r < 0 && errno == EAGAIN) {
            p.events = POLLIN;
            poll(&p, 1, -1);
            continue;
        }
        if (r < 0) { perror("recv"); return 1; }
        if (r == 0) break;
        got += (size_t)r;
        if (got == sizeof reply - 1) break;
    }
    reply[got] = 0;
    printf("reply: %s\n", reply);
    close(fd);
    return 0;
}
