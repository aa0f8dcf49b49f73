/* Exercises the WasmEdge v1 ABI (detected from the 2-parameter sock_accept and 4-parameter
 * sock_getlocaladdr imports): binds 127.0.0.1:0 through a raw 4-byte address, listens, reads the
 * local address back, and tries a non-blocking accept. Prints "v1 type 4 addr 127.0.0.1 port>0 1",
 * then "accept: errno 6" (EAGAIN). Needs --allow-bind 127.0.0.1:0. */
#include <fcntl.h>
#include <stdio.h>
#include <stdint.h>
#include <wasi/api.h>

#define V1(name) __attribute__((import_module("wasi_snapshot_preview1"), import_name(name)))
typedef struct { uint8_t *buf; uint32_t len; } address_ref;
int32_t v1_sock_open(int32_t family, int32_t type, int32_t *fd) V1("sock_open");
int32_t v1_sock_bind(int32_t fd, address_ref *addr, int32_t port) V1("sock_bind");
int32_t v1_sock_listen(int32_t fd, int32_t backlog) V1("sock_listen");
int32_t v1_sock_accept(int32_t fd, int32_t *new_fd) V1("sock_accept");
int32_t v1_sock_getlocaladdr(int32_t fd, address_ref *addr, uint32_t *type, uint32_t *port) V1("sock_getlocaladdr");

int main(void) {
    int32_t fd, err;
    uint8_t ip[4] = {127, 0, 0, 1};
    address_ref ref = {ip, 4};
    if ((err = v1_sock_open(1, 2, &fd)) != 0) { printf("sock_open: errno %d\n", err); return 1; }
    if ((err = v1_sock_bind(fd, &ref, 0)) != 0) { printf("bind: errno %d\n", err); return 2; }
    if ((err = v1_sock_listen(fd, 4)) != 0) { printf("listen: errno %d\n", err); return 1; }
    uint8_t out[16] = {0};
    address_ref out_ref = {out, sizeof out};
    uint32_t type = 0, port = 0;
    if ((err = v1_sock_getlocaladdr(fd, &out_ref, &type, &port)) != 0) { printf("getlocaladdr: errno %d\n", err); return 1; }
    printf("v1 type %u addr %u.%u.%u.%u port>0 %d\n", type, out[0], out[1], out[2], out[3], port > 0);
    if (__wasi_fd_fdstat_set_flags((__wasi_fd_t)fd, __WASI_FDFLAGS_NONBLOCK) != 0) { printf("set flags failed\n"); return 1; }
    int32_t new_fd = -1;
    printf("accept: errno %d\n", v1_sock_accept(fd, &new_fd));
    return 0;
}
