/*
 * rangewatch.h: guest SDK (C) for the pantopic/wazero-range-watch host module, ABI-compatible with
 * the original Go SDK (github.com/pantopic/wazero-range-watch/sdk-go, v0.0.6).
 *
 * Header-only. Define RANGEWATCH_IMPLEMENTATION in exactly one translation unit before including it:
 * that unit gets the buffers, the meta page and the exports `__range_watch` and `__range_watch_recv`.
 * Freestanding: no libc needed.
 *
 *   static int on_notice(const uint8_t *id, uint32_t id_len, uint64_t val) { ...; return 0; }
 *   rw_receive(on_notice);                       // once per instance (e.g. from _initialize)
 *   rw_reserve(id, 8);                           // RW_OK or RW_EXISTS
 *   rw_open(id, 8, from, from_len, to, to_len);  // to_len 0: the single key; to = "\0": every key >= from
 *   rw_start(id, 8);                             // values buffered since open start to arrive
 *   rw_key keys[] = {{key, key_len}};
 *   rw_emit(rev, keys, 1);
 *
 * The host calls the receiver asynchronously with the first value of each burst of flushes that
 * matched the watch (later values of the burst are coalesced). Returning non-zero rejects the notice:
 * the host then closes the watch.
 */
#ifndef WASMHOST_RANGEWATCH_H
#define WASMHOST_RANGEWATCH_H

#include <stdint.h>

#define RW_BUF_CAP 16384u
#define RW_ERR_CAP 1024u

/* Status codes of rw_* calls (the host's texts are kept in rw_err / rw_error()). */
enum {
    RW_OK = 0,
    RW_NOT_FOUND = 1,        /* "Watch not found" */
    RW_EXISTS = 2,           /* "Watch exists" */
    RW_ALREADY_OPEN = 3,     /* "Watch already open" */
    RW_CLOSED = 4,           /* "Watch closed" */
    RW_INVALID_RANGE = 5,    /* "Invalid range" */
    RW_NOT_OPEN = 6,         /* "Watch not open" */
    RW_ERR_OTHER = 7,        /* another host message */
    RW_ERR_TOO_BIG = 8,      /* an argument does not fit the buffer (SDK side, no host call) */
    RW_ERR_REGISTERED = 9,   /* "WatchRecv Already Registered" */
};

typedef struct { const uint8_t *data; uint32_t len; } rw_key;
/* Receives a notice; `id` is valid only during the call. Non-zero rejects it (the watch is closed). */
typedef int (*rw_receiver)(const uint8_t *id, uint32_t id_len, uint64_t val);

#define RW_IMPORT(name) __attribute__((import_module("pantopic/wazero-range-watch"), import_name(#name)))
RW_IMPORT(__range_watch_flush) void __range_watch_flush(void);
RW_IMPORT(__range_watch_reserve) void __range_watch_reserve(void);
RW_IMPORT(__range_watch_open) void __range_watch_open(void);
RW_IMPORT(__range_watch_start) void __range_watch_start(void);
RW_IMPORT(__range_watch_stop) void __range_watch_stop(void);

extern uint8_t rw_buf[RW_BUF_CAP];
extern uint32_t rw_buf_cap, rw_buf_len;
extern uint8_t rw_err[RW_ERR_CAP];
extern uint32_t rw_err_cap, rw_err_len;
extern uint64_t rw_val;
extern rw_receiver rw_handler;

static inline int rw_receive(rw_receiver fn) {
    if (rw_handler) return RW_ERR_REGISTERED;
    rw_handler = fn;
    return RW_OK;
}

/* The host's error text of the last call (not NUL-terminated). */
static inline const uint8_t *rw_error(uint32_t *len) { *len = rw_err_len; return rw_err; }

static inline int rw_equals_(const char *text) {
    uint32_t i = 0;
    for (; text[i]; i++) if (i >= rw_err_len || rw_err[i] != (uint8_t)text[i]) return 0;
    return i == rw_err_len;
}

static inline int rw_status_(void) {
    if (rw_err_len == 0) return RW_OK;
    if (rw_equals_("Watch not found")) return RW_NOT_FOUND;
    if (rw_equals_("Watch exists")) return RW_EXISTS;
    if (rw_equals_("Watch already open")) return RW_ALREADY_OPEN;
    if (rw_equals_("Watch closed")) return RW_CLOSED;
    if (rw_equals_("Invalid range")) return RW_INVALID_RANGE;
    if (rw_equals_("Watch not open")) return RW_NOT_OPEN;
    return RW_ERR_OTHER;
}

static inline void rw_copy_(uint8_t *dst, const uint8_t *src, uint32_t n) {
    volatile uint8_t *d = dst; /* volatile: no memcpy call without libc */
    for (uint32_t i = 0; i < n; i++) d[i] = src[i];
}

/* Appends {u16be len, bytes} at rw_buf_len; 0 when it does not fit. */
static inline int rw_append_key_(const uint8_t *data, uint32_t len) {
    if (len > 0xFFFF || len + 2 > rw_buf_cap - rw_buf_len) return 0;
    rw_buf[rw_buf_len] = (uint8_t)(len >> 8);
    rw_buf[rw_buf_len + 1] = (uint8_t)len;
    rw_copy_(rw_buf + rw_buf_len + 2, data, len);
    rw_buf_len += len + 2;
    return 1;
}

static inline int rw_id_call_(const uint8_t *id, uint32_t len, void (*call)(void)) {
    if (len > rw_buf_cap) return RW_ERR_TOO_BIG;
    rw_copy_(rw_buf, id, len);
    rw_buf_len = len;
    rw_err_len = 0;
    call();
    return rw_status_();
}

static inline int rw_reserve(const uint8_t *id, uint32_t len) { return rw_id_call_(id, len, __range_watch_reserve); }
static inline int rw_start(const uint8_t *id, uint32_t len) { return rw_id_call_(id, len, __range_watch_start); }
static inline int rw_stop(const uint8_t *id, uint32_t len) { return rw_id_call_(id, len, __range_watch_stop); }

/* Opens watch `id` on [from, to); reserves it first if needed. */
static inline int rw_open(const uint8_t *id, uint32_t id_len, const uint8_t *from, uint32_t from_len,
                          const uint8_t *to, uint32_t to_len) {
    rw_buf_len = 0;
    if (!rw_append_key_(id, id_len) || !rw_append_key_(from, from_len) || !rw_append_key_(to, to_len))
        return RW_ERR_TOO_BIG;
    rw_err_len = 0;
    __range_watch_open();
    return rw_status_();
}

/* Emits `val` to every watch matching any key. Splits into several flushes when the keys exceed the
 * buffer (a watch may then see `val` more than once, as with the Go SDK). A key that cannot fit an
 * empty buffer returns RW_ERR_TOO_BIG (the Go SDK drops it silently); keys before it were flushed. */
static inline int rw_emit(uint64_t val, const rw_key *keys, uint32_t count) {
    rw_val = val;
    rw_buf_len = 0;
    for (uint32_t i = 0; i < count; i++) {
        if (rw_append_key_(keys[i].data, keys[i].len)) continue;
        if (rw_buf_len > 0) {
            __range_watch_flush();
            rw_buf_len = 0;
            rw_val = val;
        }
        if (!rw_append_key_(keys[i].data, keys[i].len)) return RW_ERR_TOO_BIG;
    }
    if (rw_buf_len > 0) __range_watch_flush();
    return RW_OK;
}

#ifdef RANGEWATCH_IMPLEMENTATION
uint8_t rw_buf[RW_BUF_CAP];
uint32_t rw_buf_cap = RW_BUF_CAP, rw_buf_len;
uint8_t rw_err[RW_ERR_CAP];
uint32_t rw_err_cap = RW_ERR_CAP, rw_err_len;
uint64_t rw_val;
rw_receiver rw_handler;
static uint32_t rw_meta_[7];

/* The meta page: buffer, its capacity and length, error, its capacity and length, value. */
__attribute__((export_name("__range_watch")))
uint32_t __range_watch(void) {
    rw_meta_[0] = (uint32_t)(uintptr_t)rw_buf;
    rw_meta_[1] = (uint32_t)(uintptr_t)&rw_buf_cap;
    rw_meta_[2] = (uint32_t)(uintptr_t)&rw_buf_len;
    rw_meta_[3] = (uint32_t)(uintptr_t)rw_err;
    rw_meta_[4] = (uint32_t)(uintptr_t)&rw_err_cap;
    rw_meta_[5] = (uint32_t)(uintptr_t)&rw_err_len;
    rw_meta_[6] = (uint32_t)(uintptr_t)&rw_val;
    return (uint32_t)(uintptr_t)rw_meta_;
}

/* Called by the host for each notice: id in rw_buf[0..<rw_buf_len], value in rw_val. */
__attribute__((export_name("__range_watch_recv")))
void __range_watch_recv(void) {
    if (!rw_handler) __builtin_trap(); /* the original calls a nil function */
    static const char rejected[] = "rejected";
    if (rw_handler(rw_buf, rw_buf_len, rw_val) != 0) {
        for (uint32_t i = 0; i < sizeof rejected - 1; i++) rw_err[i] = (uint8_t)rejected[i];
        rw_err_len = sizeof rejected - 1;
    }
}
#endif

#endif /* WASMHOST_RANGEWATCH_H */
