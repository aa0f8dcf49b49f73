/*
 * The shared half of our test WATMs: config parsing, the roles of WATM v1 (default) or v0
 * (-DWATM_V0=1), and a poll_oneoff worker loop that propagates half-close. A transport includes this
 * after defining:
 *
 *   static int32_t transport_configure(void);      // after the config is parsed; 0 or -errno
 *   static const uint8_t *transport_encode(uint8_t *in, size_t n, int32_t *out_len);  // source -> remote
 *   static const uint8_t *transport_decode(uint8_t *in, size_t n, int32_t *out_len);  // remote -> source
 *
 * out_len < 0 is a -errno that ends the worker. The remote side (network) is the wrapped one.
 *
 * Config (v1: /conf/watm.cfg, v0: pull_config) is text, one `name=value` per line:
 *   dial=NETWORK ADDRESS   the destination of the fixed-dial role (default `tcp localhost:7700`)
 *   key=BYTES              the XOR key of xorframe
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <wasi/api.h>
#include "../../GuestSDK/water/watm.h"

#ifndef WATM_BUFFER
#define WATM_BUFFER 262144
#endif

static int32_t transport_configure(void);
static const uint8_t *transport_encode(uint8_t *in, size_t n, int32_t *out_len);
static const uint8_t *transport_decode(uint8_t *in, size_t n, int32_t *out_len);

static uint8_t read_buffer[WATM_BUFFER];
static char cfg_network[32] = "tcp";
static char cfg_address[224] = "localhost:7700";
static uint8_t cfg_key[256];
static size_t cfg_key_len;
static int32_t source_fd = -1, remote_fd = -1, ctrl_fd = -1;
static int role_taken, role_done;

static void copy_field(char *dst, size_t cap, const char *src, size_t len) {
    if (len >= cap) len = cap - 1;
    memcpy(dst, src, len);
    dst[len] = 0;
}

static void parse_config(const char *text, size_t len) {
    size_t at = 0;
    while (at < len) {
        size_t end = at;
        while (end < len && text[end] != '\n') end++;
        const char *line = text + at;
        size_t n = end - at;
        if (n > 5 && memcmp(line, "dial=", 5) == 0) {
            const char *space = memchr(line + 5, ' ', n - 5);
            if (space) {
                copy_field(cfg_network, sizeof cfg_network, line + 5, (size_t)(space - line - 5));
                copy_field(cfg_address, sizeof cfg_address, space + 1, (size_t)(line + n - space - 1));
            }
        } else if (n > 4 && memcmp(line, "key=", 4) == 0) {
            cfg_key_len = n - 4 > sizeof cfg_key ? sizeof cfg_key : n - 4;
            memcpy(cfg_key, line + 4, cfg_key_len);
        }
        at = end + 1;
    }
}

/* Reads a whole (small) config fd and parses it; the fd stays open. */
static void read_config_fd(int32_t fd) {
    static char text[4096];
    size_t total = 0;
    while (total < sizeof text) {
        __wasi_iovec_t iov = { (uint8_t *)text + total, sizeof text - total };
        __wasi_size_t n = 0;
        if (__wasi_fd_read(fd, &iov, 1, &n) != 0 || n == 0) break;
        total += n;
    }
    parse_config(text, total);
}

static int32_t set_nonblocking(int32_t fd) {
    __wasi_fdstat_t stat;
    __wasi_errno_t e = __wasi_fd_fdstat_get(fd, &stat);
    if (e) return -(int32_t)e;
    e = __wasi_fd_fdstat_set_flags(fd, stat.fs_flags | __WASI_FDFLAGS_NONBLOCK);
    return e ? -(int32_t)e : 0;
}

static int32_t take_role(void) {
    if (role_taken) return -WATM_EBUSY;
    role_taken = 1;
    return 0;
}

/* Writes everything, waiting for writability on EAGAIN. */
static int32_t write_all(int32_t fd, const uint8_t *data, size_t len) {
    while (len > 0) {
        __wasi_ciovec_t iov = { data, len };
        __wasi_size_t n = 0;
        __wasi_errno_t e = __wasi_fd_write(fd, &iov, 1, &n);
        if (e == __WASI_ERRNO_AGAIN) {
            __wasi_subscription_t sub = { .userdata = 0, .u = { .tag = __WASI_EVENTTYPE_FD_WRITE } };
            sub.u.u.fd_write.file_descriptor = fd;
            __wasi_event_t ev;
            __wasi_size_t ready;
            e = __wasi_poll_oneoff(&sub, &ev, 1, &ready);
            if (e) return -(int32_t)e;
            continue;
        }
        if (e == __WASI_ERRNO_PIPE || e == __WASI_ERRNO_CONNRESET) return -WATM_EPIPE;
        if (e) return -(int32_t)e;
        if (n == 0) return -WATM_EIO;
        data += n;
        len -= n;
    }
    return 0;
}

/* Moves what is readable from `from` to `to` through `xform`: 0 when drained, 1 at EOF, < 0 on error. */
static int32_t pump(int32_t from, int32_t to, const uint8_t *(*xform)(uint8_t *, size_t, int32_t *)) {
    for (int turn = 0; turn < 16; turn++) {
        __wasi_iovec_t iov = { read_buffer, sizeof read_buffer };
        __wasi_size_t n = 0;
        __wasi_errno_t e = __wasi_fd_read(from, &iov, 1, &n);
        if (e == __WASI_ERRNO_AGAIN) return 0;
        if (e == __WASI_ERRNO_CONNRESET) return 1;
        if (e) return -(int32_t)e;
        if (n == 0) return 1;
        int32_t out_len = 0;
        const uint8_t *out = xform(read_buffer, n, &out_len);
        if (out_len < 0) return out_len;
        int32_t r = write_all(to, out, (size_t)out_len);
        if (r < 0) return r;
    }
    return 0;
}

static void subscribe(__wasi_subscription_t *sub, int32_t fd, uint64_t tag) {
    memset(sub, 0, sizeof *sub);
    sub->userdata = tag;
    sub->u.tag = __WASI_EVENTTYPE_FD_READ;
    sub->u.u.fd_read.file_descriptor = fd;
}

/* The worker loop: returns -ECANCELED on a control byte (or control EOF), 0 once both directions ended,
   -EPIPE when a peer went away, another -errno on failure. */
static int32_t worker(void) {
    if (!role_done) return -WATM_ENOTCONN;
    int source_eof = 0, remote_eof = 0;
    for (;;) {
        __wasi_subscription_t subs[3];
        __wasi_event_t events[3];
        __wasi_size_t count = 0, ready = 0;
        if (ctrl_fd >= 0) subscribe(&subs[count++], ctrl_fd, 0);
        if (!source_eof) subscribe(&subs[count++], source_fd, 1);
        if (!remote_eof) subscribe(&subs[count++], remote_fd, 2);
        __wasi_errno_t e = __wasi_poll_oneoff(subs, events, count, &ready);
        if (e) return -(int32_t)e;
        int ctrl_ready = 0, source_ready = 0, remote_ready = 0;
        for (__wasi_size_t i = 0; i < ready; i++) {
            if (events[i].userdata == 0) ctrl_ready = 1;
            if (events[i].userdata == 1) source_ready = 1;
            if (events[i].userdata == 2) remote_ready = 1;
        }
        if (ctrl_ready) {
            uint8_t byte;
            __wasi_iovec_t iov = { &byte, 1 };
            __wasi_size_t n = 0;
            e = __wasi_fd_read(ctrl_fd, &iov, 1, &n);
            if (e == 0) return -WATM_ECANCELED;          /* a byte or EOF */
            if (e != __WASI_ERRNO_AGAIN) return -WATM_EIO;
        }
        if (source_ready) {
            int32_t r = pump(source_fd, remote_fd, transport_encode);
            if (r < 0) return r;
            if (r == 1) {
                source_eof = 1;
                (void)__wasi_sock_shutdown(remote_fd, __WASI_SDFLAGS_WR);
            }
        }
        if (remote_ready) {
            int32_t r = pump(remote_fd, source_fd, transport_decode);
            if (r < 0) return r;
            if (r == 1) {
                remote_eof = 1;
                (void)__wasi_sock_shutdown(source_fd, __WASI_SDFLAGS_WR);
            }
        }
        if (source_eof && remote_eof) return 0;
    }
}

/* Records a finished role: both ends become non-blocking. */
static int32_t finish_role(int32_t source, int32_t remote) {
    if (source < 0) return source;
    if (remote < 0) return remote;
    int32_t r = set_nonblocking(source);
    if (r == 0) r = set_nonblocking(remote);
    if (r < 0) return -WATM_EPROTO;
    source_fd = source;
    remote_fd = remote;
    role_done = 1;
    return 0;
}

static int32_t set_ctrl(int32_t fd) {
    ctrl_fd = fd;
    return set_nonblocking(fd) < 0 ? -WATM_EBADF : 0;
}

#if WATM_V0

WATM_EXPORT(_water_v0) void water_v0(void) {}

WATM_EXPORT(_water_init) int32_t water_init(void) {
    int32_t fd = pull_config();
    if (fd >= 0) {
        read_config_fd(fd);
        (void)__wasi_fd_close(fd);
    }
    return transport_configure();
}

WATM_EXPORT(_water_dial) int32_t water_dial_role(int32_t internal) {
    int32_t r = take_role();
    if (r) return r;
    int32_t net = host_dial();
    r = finish_role(internal, net);
    return r < 0 ? r : net;
}

WATM_EXPORT(_water_accept) int32_t water_accept_role(int32_t internal) {
    int32_t r = take_role();
    if (r) return r;
    int32_t net = host_accept();
    r = finish_role(internal, net);
    return r < 0 ? r : net;
}

WATM_EXPORT(_water_associate) int32_t water_associate_role(void) {
    int32_t r = take_role();
    if (r) return r;
    int32_t source = host_accept();
    if (source < 0) return source;
    return finish_role(source, host_dial());
}

WATM_EXPORT(_water_cancel_with) int32_t water_cancel_with(int32_t fd) { return set_ctrl(fd); }

WATM_EXPORT(_water_worker) int32_t water_worker(void) {
    int32_t r = worker();
    host_defer();
    return r;
}

#else

WATM_EXPORT(watm_init_v1) int32_t watm_init_v1(void) {
    __wasi_fd_t fd;
    /* The config is preopened as /conf: find that preopen and open watm.cfg beneath it. */
    for (__wasi_fd_t dir = 3; dir < 64; dir++) {
        __wasi_prestat_t prestat;
        if (__wasi_fd_prestat_get(dir, &prestat) != 0) break;
        char name[16];
        if (prestat.u.dir.pr_name_len != 5 || __wasi_fd_prestat_dir_name(dir, (uint8_t *)name, 5) != 0) continue;
        if (memcmp(name, "/conf", 5) != 0) continue;
        if (__wasi_path_open(dir, 0, "watm.cfg", 0, __WASI_RIGHTS_FD_READ, 0, 0, &fd) == 0) {
            read_config_fd((int32_t)fd);
            (void)__wasi_fd_close(fd);
        }
        break;
    }
    return transport_configure();
}

WATM_EXPORT(watm_dial_v1) int32_t watm_dial_v1(int32_t internal) {
    int32_t r = take_role();
    if (r) return r;
    int32_t net = water_dial_fixed();
    r = finish_role(internal, net);
    return r < 0 ? r : net;
}

WATM_EXPORT(watm_dial_fixed_v1) int32_t watm_dial_fixed_v1(int32_t internal) {
    int32_t r = take_role();
    if (r) return r;
    watm_iovec_t network = { cfg_network, (uint32_t)strlen(cfg_network) };
    watm_iovec_t address = { cfg_address, (uint32_t)strlen(cfg_address) };
    int32_t net = water_dial(&network, 1, &address, 1);
    r = finish_role(internal, net);
    return r < 0 ? r : net;
}

WATM_EXPORT(watm_accept_v1) int32_t watm_accept_v1(int32_t internal) {
    int32_t r = take_role();
    if (r) return r;
    int32_t net = water_accept();
    r = finish_role(internal, net);
    return r < 0 ? r : net;
}

WATM_EXPORT(watm_associate_v1) int32_t watm_associate_v1(void) {
    int32_t r = take_role();
    if (r) return r;
    int32_t source = water_accept();
    if (source < 0) return source;
    return finish_role(source, water_dial_fixed());
}

WATM_EXPORT(watm_ctrlpipe_v1) int32_t watm_ctrlpipe_v1(int32_t fd) { return set_ctrl(fd); }

WATM_EXPORT(watm_start_v1) int32_t watm_start_v1(void) { return worker(); }

#endif
