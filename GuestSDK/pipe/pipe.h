/*
 * pipe.h: guest SDK (C) for the pantopic/wazero-pipe host module, ABI-compatible with the original
 * Go SDK (github.com/pantopic/wazero-pipe/sdk-go).
 *
 * Header-only. Define PIPE_IMPLEMENTATION in exactly one translation unit before including it: that
 * unit gets the buffer, the meta page and the `__pipe` export. Freestanding: no libc needed.
 *
 *   #define PIPE_IMPLEMENTATION
 *   #include "pipe.h"
 *   pipe_send_u64(0, 42);              // blocks until a receiver takes it (rendezvous)
 *   uint64_t v; pipe_recv_u64(0, &v);
 *
 * Wire format (as the Go SDK's encoding/binary): integers little-endian, byte slices raw; there is
 * no type tag, so both ends must agree on the type of each pipe id.
 *
 * Errors: a host-side failure (closed scope, deadline, oversize message on receive...) traps the
 * guest call; the functions below return PIPE_ERR_TOO_BIG only for a send that cannot fit the buffer
 * and PIPE_ERR_SIZE when a received message has the wrong size for the requested type.
 */
#ifndef WASMHOST_PIPE_H
#define WASMHOST_PIPE_H

#include <stdint.h>

#ifndef PIPE_BUF_CAP
/* Buffer capacity in bytes: the original SDK's 2 MiB. Define smaller before including to save memory. */
#define PIPE_BUF_CAP (2u << 20)
#endif

#define PIPE_OK 0
#define PIPE_ERR_TOO_BIG (-1)
#define PIPE_ERR_SIZE (-2)

__attribute__((import_module("pantopic/wazero-pipe"), import_name("__pipe_send")))
void __pipe_send(void);
__attribute__((import_module("pantopic/wazero-pipe"), import_name("__pipe_recv")))
void __pipe_recv(void);

/* The variables the meta page points at (defined by the PIPE_IMPLEMENTATION unit). */
extern uint32_t pipe_id;
extern uint32_t pipe_buf_cap;
extern uint32_t pipe_buf_len;
extern uint8_t pipe_buf[PIPE_BUF_CAP];

static inline void pipe_copy_(uint8_t *dst, const uint8_t *src, uint32_t n) {
    /* volatile keeps clang from turning the loop into a memcpy call (no libc here). */
    volatile uint8_t *d = dst;
    for (uint32_t i = 0; i < n; i++) d[i] = src[i];
}

/* Sends `len` raw bytes on pipe `id`. */
static inline int pipe_send(uint32_t id, const void *data, uint32_t len) {
    if (len > pipe_buf_cap) return PIPE_ERR_TOO_BIG;
    pipe_id = id;
    pipe_copy_(pipe_buf, (const uint8_t *)data, len);
    pipe_buf_len = len;
    __pipe_send();
    return PIPE_OK;
}

/* Sends the bytes already in `pipe_buf[0..<len]` (no copy). */
static inline int pipe_send_buffer(uint32_t id, uint32_t len) {
    if (len > pipe_buf_cap) return PIPE_ERR_TOO_BIG;
    pipe_id = id;
    pipe_buf_len = len;
    __pipe_send();
    return PIPE_OK;
}

/* Receives the next message on pipe `id` into `pipe_buf`; returns its length. The bytes stay valid
 * until the next pipe call. */
static inline uint32_t pipe_recv(uint32_t id) {
    pipe_id = id;
    __pipe_recv();
    return pipe_buf_len;
}

static inline int pipe_send_u64(uint32_t id, uint64_t v) {
    for (int i = 0; i < 8; i++) pipe_buf[i] = (uint8_t)(v >> (8 * i));
    return pipe_send_buffer(id, 8);
}

static inline int pipe_send_u32(uint32_t id, uint32_t v) {
    for (int i = 0; i < 4; i++) pipe_buf[i] = (uint8_t)(v >> (8 * i));
    return pipe_send_buffer(id, 4);
}

static inline int pipe_recv_u64(uint32_t id, uint64_t *out) {
    if (pipe_recv(id) != 8) return PIPE_ERR_SIZE;
    uint64_t v = 0;
    for (int i = 7; i >= 0; i--) v = (v << 8) | pipe_buf[i];
    *out = v;
    return PIPE_OK;
}

static inline int pipe_recv_u32(uint32_t id, uint32_t *out) {
    if (pipe_recv(id) != 4) return PIPE_ERR_SIZE;
    uint32_t v = 0;
    for (int i = 3; i >= 0; i--) v = (v << 8) | pipe_buf[i];
    *out = v;
    return PIPE_OK;
}

#ifdef PIPE_IMPLEMENTATION
uint32_t pipe_id;
uint32_t pipe_buf_cap = PIPE_BUF_CAP;
uint32_t pipe_buf_len;
uint8_t pipe_buf[PIPE_BUF_CAP];
static uint32_t pipe_meta_[4];

/* The meta page: addresses of id, capacity, length and the buffer's first byte. */
__attribute__((export_name("__pipe")))
uint32_t __pipe(void) {
    pipe_meta_[0] = (uint32_t)(uintptr_t)&pipe_id;
    pipe_meta_[1] = (uint32_t)(uintptr_t)&pipe_buf_cap;
    pipe_meta_[2] = (uint32_t)(uintptr_t)&pipe_buf_len;
    pipe_meta_[3] = (uint32_t)(uintptr_t)pipe_buf;
    return (uint32_t)(uintptr_t)pipe_meta_;
}
#endif

#endif /* WASMHOST_PIPE_H */
