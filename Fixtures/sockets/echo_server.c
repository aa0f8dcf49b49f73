/* A single-threaded echo server: every byte a client sends comes back, for many clients at once,
 * multiplexed with poll() over non-blocking sockets (poll_oneoff in WASI).
 *
 *   wasm-run --listen 127.0.0.1:0 echo_server.wasm [CONNECTIONS]
 *
 * Exits 0 after CONNECTIONS clients have come and gone (0 or none: serve forever). The same source
 * builds natively (see listener.h). */
#ifndef __wasi__
#define _GNU_SOURCE  /* accept4 */
#endif
#include <poll.h>
#include "listener.h"

#define MAX_CLIENTS 256
#define BUFFER_SIZE 16384

struct client {
    int fd;
    int pending;  /* bytes of buf not yet sent back */
    int offset;
    char buf[BUFFER_SIZE];
};

static struct client clients[MAX_CLIENTS];
static struct pollfd fds[MAX_CLIENTS + 1];

int main(int argc, char **argv) {
    long limit = argc > 1 ? atol(argv[1]) : 0;
    long accepted = 0, closed = 0;
    int count = 0;
    int listener = open_listener();
    while (limit == 0 || closed < limit) {
        int n = 0;
        int listening = (limit == 0 || accepted < limit) && count < MAX_CLIENTS;
        if (listening) fds[n++] = (struct pollfd){.fd = listener, .events = POLLIN};
        for (int i = 0; i < count; i++)
            fds[n++] = (struct pollfd){.fd = clients[i].fd, .events = clients[i].pending ? POLLOUT : POLLIN};
        if (poll(fds, (nfds_t)n, -1) < 0) {
            if (errno == EINTR) continue;
            perror("poll");
            return 1;
        }
        int base = listening ? 1 : 0;
        /* Serve the clients first (their slots move when one closes, so walk backwards). */
        for (int i = count - 1; i >= 0; i--) {
            struct client *c = &clients[i];
            short revents = fds[base + i].revents;
            if (!revents) continue;
            int done = 0;
            if (c->pending == 0) {
                ssize_t r = recv(c->fd, c->buf, BUFFER_SIZE, 0);
                if (r > 0) {
                    c->pending = (int)r;
                    c->offset = 0;
                } else if (r == 0 || (errno != EAGAIN && errno != EINTR)) {
                    done = 1;
                }
            }
            while (!done && c->pending > 0) {
                ssize_t w = send(c->fd, c->buf + c->offset, (size_t)c->pending, 0);
                if (w > 0) {
                    c->offset += (int)w;
                    c->pending -= (int)w;
                } else {
                    if (errno != EAGAIN && errno != EINTR) done = 1;
                    break;
                }
            }
            if (done) {
                close(c->fd);
                clients[i] = clients[--count];
                closed++;
            }
        }
        if (listening && (fds[0].revents & POLLIN)) {
            while ((limit == 0 || accepted < limit) && count < MAX_CLIENTS) {
                int fd = accept4(listener, NULL, NULL, SOCK_NONBLOCK);
                if (fd < 0) {
                    if (errno != EAGAIN && errno != EINTR && errno != ECONNABORTED) { perror("accept"); return 1; }
                    break;
                }
                clients[count].fd = fd;
                clients[count].pending = 0;
                count++;
                accepted++;
            }
        }
    }
    return 0;
}
