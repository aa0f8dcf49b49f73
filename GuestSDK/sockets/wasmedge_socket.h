/*
 * wasmedge_socket.h: the WasmEdge socket extension (version 2) for C guests built with
 * clang --target=wasm32-wasi and wasi-libc. Every function is imported from
 * "wasi_snapshot_preview1" and returns a WASI errno (0 = success); WasmHost's WASIModule provides them
 * (wasm-run detects them from the imports, or use --sockets wasmedgev2). Also declares path_open
 * sockets (`--sockets path_open`) through we_path_open_socket().
 *
 * Addresses (v2): a 128-byte buffer {u16 family; address bytes or NUL-terminated unix path}, passed
 * by a {buffer, length} reference; ports are separate host-order integers.
 */
#ifndef WASMEDGE_SOCKET_H
#define WASMEDGE_SOCKET_H

#include <stdint.h>
#include <string.h>
#include <wasi/api.h>

#define WE_IMPORT(name) __attribute__((import_module("wasi_snapshot_preview1"), import_name(name)))

/* address_family, sock_type, protocol, socket options */
enum { WE_AF_UNSPEC = 0, WE_AF_INET4 = 1, WE_AF_INET6 = 2, WE_AF_UNIX = 3 };
enum { WE_SOCK_ANY = 0, WE_SOCK_DGRAM = 1, WE_SOCK_STREAM = 2 };
enum { WE_PROTO_IP = 0, WE_PROTO_TCP = 1, WE_PROTO_UDP = 2 };
enum { WE_SOL_SOCKET = 0, WE_SOL_TCP = 6 };
enum {
    WE_SO_REUSEADDR = 0, WE_SO_TYPE = 1, WE_SO_ERROR = 2, WE_SO_DONTROUTE = 3, WE_SO_BROADCAST = 4,
    WE_SO_SNDBUF = 5, WE_SO_RCVBUF = 6, WE_SO_KEEPALIVE = 7, WE_SO_OOBINLINE = 8, WE_SO_LINGER = 9,
    WE_SO_RCVLOWAT = 10, WE_SO_RCVTIMEO = 11, WE_SO_SNDTIMEO = 12, WE_SO_ACCEPTCONN = 13,
    WE_SO_BINDTODEVICE = 14, WE_TCP_NODELAY = 15 /* level WE_SOL_TCP */
};
enum { WE_AI_PASSIVE = 1, WE_AI_CANONNAME = 2, WE_AI_NUMERICHOST = 4, WE_AI_NUMERICSERV = 8 };

/* A v2 address buffer: exactly 128 bytes. */
typedef struct we_address {
    uint16_t family;
    uint8_t data[126];
} we_address;

/* What the address parameters point at. */
typedef struct we_address_ref {
    uint8_t *buf;
    uint32_t buf_len;
} we_address_ref;

/* sock_getaddrinfo: the guest preallocates the list (linked through `next`) and the sockaddrs. */
typedef struct we_sockaddr {
    uint8_t family;     /* WE_AF_INET4 / WE_AF_INET6 */
    uint32_t data_len;  /* at least 18: a big-endian port, then the 4 or 16 address bytes */
    uint8_t *data;
} we_sockaddr;

typedef struct we_addrinfo {
    uint16_t flags;
    uint8_t family;
    uint8_t socktype;
    uint32_t protocol;
    uint32_t addrlen;
    we_sockaddr *addr;
    char *canonname;
    uint32_t canonnamelen;
    struct we_addrinfo *next;
} we_addrinfo;

int32_t we_sock_open(int32_t family, int32_t type, int32_t *fd) WE_IMPORT("sock_open");
int32_t we_sock_bind(int32_t fd, we_address_ref *addr, int32_t port) WE_IMPORT("sock_bind");
int32_t we_sock_connect(int32_t fd, we_address_ref *addr, int32_t port) WE_IMPORT("sock_connect");
int32_t we_sock_listen(int32_t fd, int32_t backlog) WE_IMPORT("sock_listen");
int32_t we_sock_send_to(int32_t fd, const __wasi_ciovec_t *iovs, int32_t iovs_len, we_address_ref *addr,
                        int32_t port, int32_t flags, uint32_t *sent) WE_IMPORT("sock_send_to");
int32_t we_sock_recv_from(int32_t fd, const __wasi_iovec_t *iovs, int32_t iovs_len, we_address_ref *addr,
                          int32_t flags, uint32_t *port, uint32_t *received, uint16_t *out_flags) WE_IMPORT("sock_recv_from");
int32_t we_sock_getsockopt(int32_t fd, int32_t level, int32_t name, int32_t *value, int32_t value_len) WE_IMPORT("sock_getsockopt");
int32_t we_sock_setsockopt(int32_t fd, int32_t level, int32_t name, const int32_t *value, int32_t value_len) WE_IMPORT("sock_setsockopt");
int32_t we_sock_getlocaladdr(int32_t fd, we_address_ref *addr, uint32_t *port) WE_IMPORT("sock_getlocaladdr");
int32_t we_sock_getpeeraddr(int32_t fd, we_address_ref *addr, uint32_t *port) WE_IMPORT("sock_getpeeraddr");
int32_t we_sock_getaddrinfo(const char *node, uint32_t node_len, const char *service, uint32_t service_len,
                            const we_addrinfo *hints, we_addrinfo **res, uint32_t max_res_len,
                            uint32_t *res_len) WE_IMPORT("sock_getaddrinfo");

/* Fills a v2 address from 4 (IPv4) or 16 (IPv6) network-order bytes. */
static inline void we_address_ip(we_address *a, const uint8_t *bytes, int length) {
    memset(a, 0, sizeof *a);
    a->family = length == 4 ? WE_AF_INET4 : WE_AF_INET6;
    memcpy(a->data, bytes, (size_t)length);
}

/* Parses a dotted IPv4 address into 4 bytes; 0 on success. */
static inline int we_parse_ipv4(const char *text, uint8_t out[4]) {
    for (int i = 0; i < 4; i++) {
        unsigned value = 0;
        int digits = 0;
        while (*text >= '0' && *text <= '9' && digits < 3) value = value * 10 + (unsigned)(*text++ - '0'), digits++;
        if (digits == 0 || value > 255 || (i < 3 && *text++ != '.')) return -1;
        out[i] = (uint8_t)value;
    }
    return *text == 0 ? 0 : -1;
}

/* Formats a v2 address and port as "A.B.C.D:PORT" (IPv4) or "unix:PATH"; other families as "?". */
static inline void we_format(const we_address *a, uint32_t port, char *out, size_t size) {
    if (a->family == WE_AF_INET4) {
        const uint8_t *d = a->data;
        int n = 0;
        char tmp[32];
        unsigned parts[5] = {d[0], d[1], d[2], d[3], port};
        for (int i = 0; i < 5; i++) {
            char digits[12];
            int k = 0;
            unsigned v = parts[i];
            do digits[k++] = (char)('0' + v % 10), v /= 10; while (v);
            while (k) tmp[n++] = digits[--k];
            if (i < 4) tmp[n++] = i < 3 ? '.' : ':';
        }
        tmp[n] = 0;
        strncpy(out, tmp, size - 1);
        out[size - 1] = 0;
    } else if (a->family == WE_AF_UNIX) {
        strncpy(out, "unix:", size - 1);
        strncat(out, (const char *)a->data, size - strlen(out) - 1);
    } else {
        strncpy(out, "?", size);
    }
}

/* Opens a path_open socket ("tcp+listen://127.0.0.1:8080?backlog=16", "tcp+dial://127.0.0.1:80");
 * needs --sockets path_open. A dial is non-blocking by default: poll for writing before sending. */
static inline int32_t we_path_open_socket(const char *url, int32_t *fd) {
    __wasi_fd_t out = 0;
    __wasi_rights_t rights = __WASI_RIGHTS_FD_READ | __WASI_RIGHTS_FD_WRITE | __WASI_RIGHTS_POLL_FD_READWRITE |
                             __WASI_RIGHTS_SOCK_SHUTDOWN | __WASI_RIGHTS_SOCK_ACCEPT;
    int32_t err = __wasi_path_open((__wasi_fd_t)-1, 0, url, 0, rights, rights, 0, &out);
    *fd = (int32_t)out;
    return err;
}

#endif
