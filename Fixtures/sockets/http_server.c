/* A minimal HTTP/1.0 responder: reads a request up to its blank line, answers "Hello, WasmHost!\n"
 * with Connection: close, and closes. Single-threaded, poll()-multiplexed, non-blocking.
 *
 *   wasm-run --listen 127.0.0.1:8080 http_server.wasm [REQUESTS]
 *
 * Exits 0 after REQUESTS connections (0 or none: serve forever). The same source builds natively
 * (see listener.h). */
#ifndef __wasi__
#define _GNU_SOURCE  /* accept4 */
#endif
#include <poll.h>
#include "listener.h"

#define MAX_CLIENTS 256
#define REQUEST_SIZE 4096

static const char response[] =
    "HTTP/1.0 200 OK\r\n"
    "Content-Type: text/plain\r\n"
    "Content-Length: 17\r\n"
    "Connection: close\r\n"
    "\r\n"
    "Hello, WasmHost!\n";

struct client {
    int fd;
    int length;
    char request[REQUEST_SIZE];
};

static struct client clients[MAX_CLIENTS];
static struct pollfd fds[MAX_CLIENTS + 1];

/* Whether the request holds its terminating blank line. */
static int complete(const struct client *c) {
    for (int i = 3; i < c->length; i++)
        if (c->request[i - 3] == '\r' && c->request[i - 2] == '\n' && c->request[i - 1] == '\r' && c->request[i] == '\n')
            return 1;
    return 0;
}

int main(int argc, char **argv) {
    long limit = argc > 1 ? atol(argv[1]) : 0;
    long accepted = 0, closed = 0;
    int count = 0;
    int listener = open_listener();
    while (limit == 0 || closed < limit) {
        int n = 0;
        int listening = (limit == 0 || accepted < limit) && count < MAX_CLIENTS;
        if (listening) fds[n++] = (struct pollfd){.fd = listener, .events = POLLIN};
        for (int i = 0; i < count; i++) fds[n++] = (struct pollfd){.fd = clients[i].fd, .events = POLLIN};
        if (poll(fds, (nfds_t)n, -1) < 0) {
            if (errno == EINTR) continue;
            perror("poll");
            return 1;
        }
        int base = listening ? 1 : 0;
        for (int i = count - 1; i >= 0; i--) {
            struct client *c = &clients[i];
            if (!fds[base + i].revents) continue;
            int done = 0;
            ssize_t r = recv(c->fd, c->request + c->length, (size_t)(REQUEST_SIZE - c->length), 0);
            if (r > 0) {
                c->length += (int)r;
                if (complete(c)) {
                    /* The answer is far below a socket buffer: one send writes it all. */
                    (void)send(c->fd, response, sizeof response - 1, 0);
                    done = 1;
                } else if (c->length == REQUEST_SIZE) {
                    done = 1;
                }
            } else if (r == 0 || (errno != EAGAIN && errno != EINTR)) {
                done = 1;
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
                clients[count].length = 0;
                count++;
                accepted++;
            }
        }
    }
    return 0;
}
