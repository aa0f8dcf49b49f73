/* The listening socket of the echo and HTTP fixtures, for both builds of the same source:
 * - WASI (wasm-run --listen ADDR): the first pre-opened socket, found by scanning fds from 3;
 * - native (Benchmarks/sockets.sh, gcc): a socket bound to $LISTEN (default 127.0.0.1:0), whose address
 *   is printed on stderr as "listening on ADDR:PORT", like wasm-run does for port 0.
 * Either way the socket is non-blocking. */
#ifndef FIXTURE_LISTENER_H
#define FIXTURE_LISTENER_H

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#ifdef __wasi__
static int open_listener(void) {
    for (int fd = 3; fd < 64; fd++) {
        struct stat st;
        if (fstat(fd, &st) == 0 && S_ISSOCK(st.st_mode)) return fd;
    }
    fprintf(stderr, "no pre-opened socket (run with --listen ADDR:PORT)\n");
    exit(2);
}
#else
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
static int open_listener(void) {
    const char *spec = getenv("LISTEN");
    char host[64] = "127.0.0.1";
    int port = 0;
    if (spec) {
        const char *colon = strrchr(spec, ':');
        if (!colon || colon - spec >= (long)sizeof host) { fprintf(stderr, "bad LISTEN\n"); exit(2); }
        memcpy(host, spec, (size_t)(colon - spec));
        host[colon - spec] = 0;
        port = atoi(colon + 1);
    }
    struct sockaddr_in a = {0};
    a.sin_family = AF_INET;
    a.sin_port = htons((unsigned short)port);
    if (inet_pton(AF_INET, host, &a.sin_addr) != 1) { fprintf(stderr, "bad LISTEN host\n"); exit(2); }
    int fd = socket(AF_INET, SOCK_STREAM, 0), one = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    socklen_t length = sizeof a;
    if (fd < 0 || bind(fd, (struct sockaddr *)&a, sizeof a) != 0 || listen(fd, 128) != 0 ||
        getsockname(fd, (struct sockaddr *)&a, &length) != 0) {
        perror("listen");
        exit(2);
    }
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
    fprintf(stderr, "listening on %s:%d\n", host, ntohs(a.sin_port));
    return fd;
}
#endif

#endif
